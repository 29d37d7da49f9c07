import { describe, expect, it } from 'vitest';
import { geodesicRing } from '../../../src/lib/geo/ring.ts';
import { greatCircleKm, type LonLat } from '../../../src/lib/geo/distance.ts';
import { lonLat } from '../../helpers/places.ts';

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
