/** How much of a country lies within range: the number behind "almost all of Ukraine". */
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { greatCircleKm, type LonLat } from './distance.ts';

/**
 * The share (0 to 1) of a country's area within `km` of `center`, from a grid of sample points
 * weighted by cos(latitude), so each sample stands for its true area on the sphere.
 * With the default 0.1° step the answer is good to about one percentage point for a country
 * the size of Ukraine.
 */
export function shareOfAreaWithinRange(country: Feature<Polygon | MultiPolygon>, center: LonLat, km: number, stepDegrees = 0.1): number {
  const [[west, south], [east, north]] = geoBounds(country);
  let total = 0;
  let inside = 0;
  for (let lat = south + stepDegrees / 2; lat < north; lat += stepDegrees) {
    const weight = Math.cos((lat * Math.PI) / 180);
    for (let lon = west + stepDegrees / 2; lon < east; lon += stepDegrees) {
      if (!geoContains(country, [lon, lat])) continue;
      total += weight;
      if (greatCircleKm(center, [lon, lat]) <= km) inside += weight;
    }
  }
  if (total === 0) throw new Error('the country has no area at this sampling step');
  return inside / total;
}
