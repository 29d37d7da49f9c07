import { describe, expect, it } from 'vitest';
import { Geodesic } from 'geographiclib-geodesic';
import { destination, EARTH_RADIUS_KM, greatCircleKm, kmToDegrees } from '../../../src/lib/geo/distance.ts';
import { lonLat } from '../../../tools/places.ts';

/** The reference: geodesic distance on the WGS84 ellipsoid (GeographicLib), in km. */
function ellipsoidKm(a: [number, number], b: [number, number]): number {
  return Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12! / 1000;
}

describe('greatCircleKm', () => {
  it.each([
    ['kyiv', 'kharkiv'],
    ['pyongyang', 'seoul'],
    ['pyongyang', 'tokyo'],
    ['belgorod', 'lviv'],
  ])('%s to %s agrees with the WGS84 ellipsoid within 0.5 %%', (from, to) => {
    const reference = ellipsoidKm(lonLat(from), lonLat(to));
    expect(Math.abs(greatCircleKm(lonLat(from), lonLat(to)) - reference) / reference).toBeLessThan(0.005);
  });

  it('matches the fact sheet’s figures (d3 geoDistance on GeoNames points)', () => {
    expect(greatCircleKm(lonLat('pyongyang'), lonLat('seoul'))).toBeCloseTo(195, -1);
    expect(greatCircleKm(lonLat('pyongyang'), lonLat('tokyo'))).toBeCloseTo(1285, -1);
    expect(greatCircleKm(lonLat('belgorod'), lonLat('lviv'))).toBeCloseTo(896, -1);
  });

  it('is zero from a point to itself, and the same both ways to within the ellipsoid’s tolerance', () => {
    expect(greatCircleKm([30, 50], [30, 50])).toBe(0);
    const there = greatCircleKm(lonLat('kyiv'), lonLat('odesa'));
    expect(Math.abs(there - greatCircleKm(lonLat('odesa'), lonLat('kyiv'))) / there).toBeLessThan(0.001);
  });

  it('stays within 0.5 % of the ellipsoid at every latitude, bearing and distance from 50 to 19,900 km', () => {
    let worst = 0;
    for (let lat = -89; lat <= 89; lat += 8) {
      for (const km of [50, 120, 900, 2000, 4000, 5800, 8000, 10008, 12000, 15000, 17500, 19900]) {
        for (let bearing = 0; bearing < 360; bearing += 30) {
          const to = destination([178, lat], bearing, km);
          worst = Math.max(worst, Math.abs(ellipsoidKm([178, lat], to as [number, number]) - km) / km);
        }
      }
    }
    expect(worst).toBeLessThan(0.005);
  });
});

describe('kmToDegrees', () => {
  it('measures short lines on the sphere that fits the latitude: a degree of arc is fewer km near the equator than near a pole', () => {
    expect(kmToDegrees(900, 0)).toBeGreaterThan(kmToDegrees(900, 80));
    expect(kmToDegrees(900, 50.6)).toBeCloseTo(8.08, 2);
  });

  it('measures lines across the globe on the mean-radius sphere', () => {
    expect(kmToDegrees(Math.PI * EARTH_RADIUS_KM, 0)).toBeCloseTo(180, 9);
    expect(kmToDegrees(15000, 39)).toBeCloseTo(kmToDegrees(15000, -80), 9);
  });
});

describe('destination', () => {
  it.each([0, 45, 90, 180, 270])('lands the given distance away at bearing %i°', (bearing) => {
    const start = lonLat('belgorod');
    expect(greatCircleKm(start, destination(start, bearing, 10))).toBeCloseTo(10, 6);
    expect(greatCircleKm(start, destination(start, bearing, 900))).toBeCloseTo(900, 6);
  });

  it('goes north along the meridian and wraps across the antimeridian', () => {
    const north = destination([36.58, 50.611], 0, 111.2);
    expect(north[0]).toBeCloseTo(36.58, 9);
    expect(north[1]).toBeCloseTo(51.611, 2);
    expect(destination([179.9, 0], 90, 50)[0]).toBeLessThan(-179);
  });
});
