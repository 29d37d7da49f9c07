/** How much of a country lies within range: the number behind "almost all of Ukraine". */
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { greatCircleKm, type LonLat } from './distance.ts';

type Country = Feature<Polygon | MultiPolygon>;

interface Sample {
  point: LonLat;
  /** cos(latitude): the sample's share of true area on the sphere. */
  weight: number;
}

/**
 * Grid points inside a country, with their area weights. The point-in-polygon tests are the costly part
 * and depend only on the country and the step, so each grid is computed once per build and reused by
 * every map that reports on that country.
 */
const grids = new WeakMap<Country, Map<number, Sample[]>>();

function samplesInside(country: Country, stepDegrees: number): Sample[] {
  const byStep = grids.get(country) ?? new Map<number, Sample[]>();
  grids.set(country, byStep);
  const cached = byStep.get(stepDegrees);
  if (cached) return cached;
  const [[west, south], [east, north]] = geoBounds(country);
  const samples: Sample[] = [];
  for (let lat = south + stepDegrees / 2; lat < north; lat += stepDegrees) {
    const weight = Math.cos((lat * Math.PI) / 180);
    for (let lon = west + stepDegrees / 2; lon < east; lon += stepDegrees) {
      if (geoContains(country, [lon, lat])) samples.push({ point: [lon, lat], weight });
    }
  }
  byStep.set(stepDegrees, samples);
  return samples;
}

/**
 * The share (0 to 1) of a country's area within `km` of `center`, from a grid of sample points
 * weighted by cos(latitude), so each sample stands for its true area on the sphere.
 * With the default 0.1° step the answer is good to about one percentage point for a country
 * the size of Ukraine.
 */
export function shareOfAreaWithinRange(country: Country, center: LonLat, km: number, stepDegrees = 0.1): number {
  const samples = samplesInside(country, stepDegrees);
  if (samples.length === 0) throw new Error('the country has no area at this sampling step');
  let total = 0;
  let inside = 0;
  for (const { point, weight } of samples) {
    total += weight;
    if (greatCircleKm(center, point) <= km) inside += weight;
  }
  return inside / total;
}
