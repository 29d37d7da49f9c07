import { describe, expect, it } from 'vitest';
import { geodesicRing } from '../../../src/lib/geo/ring.ts';
import { greatCircleKm, kmToDegrees, type LonLat } from '../../../src/lib/geo/distance.ts';
import { geoArea } from 'd3-geo';
import { Geodesic } from 'geographiclib-geodesic';
import { lonLat } from '../../../tools/places.ts';

const centres: [string, LonLat][] = [
  ['Belgorod', lonLat('belgorod')],
  ['Pyongyang', lonLat('pyongyang')],
  ['a point near the antimeridian and the pole', [179.5, 80]],
];

describe('geodesicRing', () => {
  it.each(centres)('puts every vertex 900 ± 1 km from %s', (_, centre) => {
    const ring = geodesicRing(centre, 900).coordinates[0]!;
    expect(ring.length).toBeGreaterThan(100);
    for (const vertex of ring) expect(Math.abs(greatCircleKm(centre, vertex as [number, number]) - 900)).toBeLessThan(1);
  });

  it('is a closed ring', () => {
    const ring = geodesicRing(lonLat('belgorod'), 900).coordinates[0]!;
    expect(ring.at(-1)).toEqual(ring[0]);
  });

  it('is a circle on the sphere, not on the flat map: it spans more longitude than latitude at 50° N', () => {
    const ring = geodesicRing(lonLat('belgorod'), 900).coordinates[0]!;
    const lons = ring.map(([lon]) => lon!);
    const lats = ring.map(([, lat]) => lat!);
    const lonSpan = Math.max(...lons) - Math.min(...lons);
    const latSpan = Math.max(...lats) - Math.min(...lats);
    expect(latSpan).toBeCloseTo(2 * 8.094, 0);
    expect(lonSpan / latSpan).toBeGreaterThan(1.5);
  });

  it.each([0, -900, Number.NaN])('refuses a range of %s km', (km) => {
    expect(() => geodesicRing(lonLat('belgorod'), km)).toThrow(/positive number of kilometres/);
  });
});

describe('geodesicRing at every size, against the ellipsoid (GeographicLib)', () => {
  const wgs84 = Geodesic.WGS84;
  const cases: [string, LonLat, number][] = [
    ['Pyongyang, 50 km', lonLat('pyongyang'), 50],
    ['Pyongyang, 5,500 km', lonLat('pyongyang'), 5500],
    ['Pyongyang, 15,000 km (beyond a hemisphere)', lonLat('pyongyang'), 15000],
    ['Pyongyang, 19,500 km (near the antipode)', lonLat('pyongyang'), 19500],
    ['Petropavlovsk-Kamchatsky, 3,000 km (across 180°)', [158.65, 53.05], 3000],
    ['Suva, 4,000 km (across 180°, near the equator)', [178.44, -18.14], 4000],
    ['near the South Pole, 2,000 km', [0, -88], 2000],
  ];

  it.each(cases)('puts every vertex of the ring around %s within half a per cent of its range', (_, centre, km) => {
    for (const [lon, lat] of geodesicRing(centre, km).coordinates[0]!) {
      const { s12 } = wgs84.Inverse(centre[1], centre[0], lat!, lon!);
      expect(Math.abs(s12! / 1000 - km) / km).toBeLessThan(0.005);
    }
  });

  it.each(cases)('encloses the cap around %s, not its complement', (_, centre, km) => {
    const cap = 2 * Math.PI * (1 - Math.cos((kmToDegrees(km, centre[1]) * Math.PI) / 180));
    expect(geoArea(geodesicRing(centre, km)) / cap).toBeCloseTo(1, 2);
  });
});
