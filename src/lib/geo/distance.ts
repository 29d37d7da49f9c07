/**
 * Distances on a sphere fitted to the Earth around the point they are measured from. Knows nothing of
 * Astro or the DOM: the build and the browser both use it. Coordinates are [longitude, latitude] in
 * degrees, as in GeoJSON and d3-geo.
 *
 * One sphere for the whole Earth (the mean radius) is up to 0.56 % off the WGS84 ellipsoid: too long
 * along meridians near the equator, too short near the poles. So each measurement uses the sphere that
 * fits where it starts: for short lines the ellipsoid's Gaussian radius of curvature at that latitude,
 * blending into the mean radius as lines reach across the globe and cross every latitude. Against
 * GeographicLib's geodesics this keeps every distance from 50 to 19,900 km, at any latitude and bearing,
 * within 0.47 %. Rings, flags, shares and the distance table all use it, so they agree with each other.
 */
import { geoDistance } from 'd3-geo';

const RAD = Math.PI / 180;

/** IUGG mean Earth radius, R1: the sphere that fits lines that cross the globe. */
export const EARTH_RADIUS_KM = 6371.0088;

/** WGS84: equatorial radius and first eccentricity squared. */
const WGS84_A_KM = 6378.137;
const WGS84_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

/** Lines at least this long use the mean radius; shorter ones blend towards the local radius. */
const LOCAL_FIT_KM = 10_000;

/** The ellipsoid's Gaussian radius of curvature, √(MN), at a latitude in degrees. */
function gaussianRadiusKm(lat: number): number {
  const sin = Math.sin(lat * RAD);
  return (WGS84_A_KM * Math.sqrt(1 - WGS84_E2)) / (1 - WGS84_E2 * sin * sin);
}

/** The radius of the sphere on which a line of `km` starting at latitude `lat` is measured. */
export function earthRadiusKm(lat: number, km: number): number {
  const local = Math.max(0, 1 - km / LOCAL_FIT_KM);
  return EARTH_RADIUS_KM + (gaussianRadiusKm(lat) - EARTH_RADIUS_KM) * local;
}

/** The length of a line from latitude `lat` that spans `angle` radians at the centre: earthRadiusKm's inverse. */
function kmForAngle(angle: number, lat: number): number {
  const offset = gaussianRadiusKm(lat) - EARTH_RADIUS_KM;
  // km = angle · (R₁ + offset · (1 − km / L)), solved for km; lines of L or more use R₁ alone.
  const km = (angle * (EARTH_RADIUS_KM + offset)) / (1 + (angle * offset) / LOCAL_FIT_KM);
  return km < LOCAL_FIT_KM ? km : angle * EARTH_RADIUS_KM;
}

export const KM_PER_MILE = 1.609344;

export type LonLat = readonly [lon: number, lat: number];

/** The distance from `from` to `to` along the great circle of the sphere fitted at `from`. */
export function greatCircleKm(from: LonLat, to: LonLat): number {
  return kmForAngle(geoDistance(from as [number, number], to as [number, number]), from[1]);
}

/** The angle at the centre of the Earth that spans `km` from latitude `lat`, in degrees. */
export function kmToDegrees(km: number, lat: number): number {
  return km / earthRadiusKm(lat, km) / RAD;
}

/** The point `km` from `start` along the great circle leaving it at `bearing` degrees (0 = north, 90 = east). */
export function destination(start: LonLat, bearing: number, km: number): LonLat {
  const δ = kmToDegrees(km, start[1]) * RAD;
  const θ = bearing * RAD;
  const φ1 = start[1] * RAD;
  const λ1 = start[0] * RAD;
  const sinφ2 = Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ);
  const φ2 = Math.asin(sinφ2);
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * sinφ2);
  const lon = ((((λ2 / RAD + 540) % 360) + 360) % 360) - 180;
  return [lon, φ2 / RAD];
}
