/**
 * Distances on the sphere. Knows nothing of Astro or the DOM: the build and the browser both use it.
 * Coordinates are [longitude, latitude] in degrees, as in GeoJSON and d3-geo.
 */
import { geoDistance } from 'd3-geo';

/**
 * IUGG mean Earth radius, R1. A sphere is good to 0.5 % against the ellipsoid (GeographicLib) for most
 * lines, plenty for a range ring; the worst case, a north-south line near the equator, is 0.56 % short.
 */
export const EARTH_RADIUS_KM = 6371.0088;

export const KM_PER_MILE = 1.609344;

export type LonLat = readonly [lon: number, lat: number];

const RAD = Math.PI / 180;

export function greatCircleKm(a: LonLat, b: LonLat): number {
  return geoDistance(a as [number, number], b as [number, number]) * EARTH_RADIUS_KM;
}

/** The angle at the centre of the Earth that spans `km` along its surface, in degrees. */
export function kmToDegrees(km: number): number {
  return km / EARTH_RADIUS_KM / RAD;
}

/** The point `km` from `start` along the great circle leaving it at `bearing` degrees (0 = north, 90 = east). */
export function destination(start: LonLat, bearing: number, km: number): LonLat {
  const δ = km / EARTH_RADIUS_KM;
  const θ = bearing * RAD;
  const φ1 = start[1] * RAD;
  const λ1 = start[0] * RAD;
  const sinφ2 = Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ);
  const φ2 = Math.asin(sinφ2);
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * sinφ2);
  const lon = ((((λ2 / RAD + 540) % 360) + 360) % 360) - 180;
  return [lon, φ2 / RAD];
}
