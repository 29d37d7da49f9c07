import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3-geo';
import type { Position } from 'geojson';
import { shareOfAreaWithinRange } from '../../../src/lib/geo/coverage.ts';
import { countryByIso3, type Country } from '../../../src/lib/geo/world.ts';
import { greatCircleKm, type LonLat } from '../../../src/lib/geo/distance.ts';
import { lonLat } from '../../../tools/places.ts';

/**
 * The reference: a fine grid over the country's bounding box (unwrapped across 180° where it crosses),
 * each point weighted by cos(latitude), its true share of area on the sphere. Inside-ness comes from a
 * scanline over the border's vertices in longitude-latitude, good enough at 1:110m, where edges are short.
 */
function gridShare(country: Country, center: LonLat, km: number, step: number): number {
  const [[west, south], [east, north]] = geoBounds(country);
  const unwrap = (lon: number) => (west > east && lon < west ? lon + 360 : lon);
  const polygons = country.geometry.type === 'MultiPolygon' ? country.geometry.coordinates : [country.geometry.coordinates];
  const edges = polygons.flat().flatMap((ring) => ring.slice(1).map((b, i) => [ring[i]!, b] as const));
  let total = 0;
  let inside = 0;
  for (let lat = south + step / 2; lat < north; lat += step) {
    const crossings = edges
      .filter(([a, b]) => a[1]! > lat !== b[1]! > lat)
      .map(([a, b]) => {
        const [ax, bx] = [unwrap(a[0]!), unwrap(b[0]!)];
        return ax + ((lat - a[1]!) / (b[1]! - a[1]!)) * (bx - ax);
      })
      .sort((x, y) => x - y);
    const weight = Math.cos((lat * Math.PI) / 180);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      for (let lon = Math.ceil((crossings[k]! - west) / step - 0.5) * step + step / 2 + west; lon < crossings[k + 1]!; lon += step) {
        total += weight;
        if (greatCircleKm(center, [lon, lat]) <= km) inside += weight;
      }
    }
  }
  return inside / total;
}

describe('shareOfAreaWithinRange', () => {
  const ukraine = countryByIso3('UKR')!;

  it('is 0 for a ring far away and 1 for a ring that holds the whole country', () => {
    expect(shareOfAreaWithinRange(ukraine, lonLat('tokyo'), 900)).toBe(0);
    expect(shareOfAreaWithinRange(ukraine, lonLat('kyiv'), 2000)).toBe(1);
  });

  it('backs the map title: almost all of Ukraine (over 90 %) lies within 900 km of Belgorod', () => {
    const share = shareOfAreaWithinRange(ukraine, lonLat('belgorod'), 900);
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(1); // the far west (Zakarpattia) is out of range
  });

  it('backs the Korea map title: all of South Korea lies within 900 km of Pyongyang', () => {
    expect(shareOfAreaWithinRange(countryByIso3('KOR')!, lonLat('pyongyang'), 900)).toBe(1);
  });

  it('grows with the range', () => {
    const at = (km: number) => shareOfAreaWithinRange(ukraine, lonLat('belgorod'), km);
    expect(at(300)).toBeLessThan(at(600));
    expect(at(600)).toBeLessThan(at(900));
  });

  it('is the share of a cap larger than a hemisphere too', () => {
    // 15,000 km from Pyongyang holds all of the United States and Australia
    expect(shareOfAreaWithinRange(countryByIso3('USA')!, lonLat('pyongyang'), 15000)).toBe(1);
    expect(shareOfAreaWithinRange(countryByIso3('AUS')!, lonLat('pyongyang'), 15000)).toBe(1);
  });

  it.each([
    ['UKR', 'Belgorod, 900 km', [36.58, 50.611], 900],
    ['USA', 'Pyongyang, 10,000 km', [125.754, 39.034], 10000],
    ['RUS', 'Pyongyang, 5,500 km', [125.754, 39.034], 5500],
    ['FJI', 'Suva, 120 km', [178.441, -18.142], 120],
    ['NZL', 'Wellington, 500 km', [174.776, -41.287], 500],
    ['CAN', 'Ottawa, 2,000 km', [-75.698, 45.411], 2000],
    ['BRA', 'Pyongyang, 17,000 km (beyond a hemisphere)', [125.754, 39.034], 17000],
  ] as const)('agrees with a fine grid within 1 point for %s from %s (countries across 180° included)', (iso3, _, center, km) => {
    const country = countryByIso3(iso3, '110m')!;
    const exact = shareOfAreaWithinRange(country, center as LonLat, km);
    expect(exact).toBeGreaterThan(0);
    expect(Math.abs(exact - gridShare(country, center as LonLat, km, 0.1))).toBeLessThan(0.01);
  });

  it('counts whole islands for Kiribati, whose islands straddle 180°', () => {
    const kiribati = countryByIso3('KIR')!;
    const tarawa: LonLat = [173.0, 1.4];
    // 1,000 km from Tarawa holds the Gilbert Islands whole and none of the Phoenix or Line Islands
    const polygons = kiribati.geometry.type === 'MultiPolygon' ? kiribati.geometry.coordinates : [kiribati.geometry.coordinates];
    const near = (ring: Position[]) => ring.every((p) => greatCircleKm(tarawa, [p[0]!, p[1]!]) <= 1000);
    const far = (ring: Position[]) => ring.every((p) => greatCircleKm(tarawa, [p[0]!, p[1]!]) > 1000);
    expect(polygons.every((polygon) => near(polygon[0]!) || far(polygon[0]!))).toBe(true);
    const expected =
      polygons.filter((polygon) => near(polygon[0]!)).reduce((sum, coordinates) => sum + geoArea({ type: 'Polygon', coordinates }), 0) / geoArea(kiribati);
    expect(expected).toBeGreaterThan(0);
    expect(shareOfAreaWithinRange(kiribati, tarawa, 1000)).toBeCloseTo(expected, 4);
  });
});
