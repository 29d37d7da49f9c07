/** A scale bar in kilometres and miles, true at the point where it is measured. */
import type { GeoProjection } from 'd3-geo';
import { destination, KM_PER_MILE, type LonLat } from './distance.ts';

export interface ScaleBar {
  km: number;
  kmPx: number;
  miles: number;
  milesPx: number;
}

const NICE = [1, 2, 5, 10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000, 2000, 5000];

export function niceAtMost(value: number): number {
  return [...NICE].reverse().find((n) => n <= value) ?? NICE[0]!;
}

/** Screen pixels per kilometre at `at`, along `bearing`; NaN where the projection cannot say. */
export function pxPerKm(projection: GeoProjection, at: LonLat, bearing = 90, probeKm = 10): number {
  const a = projection(at as [number, number]);
  const b = projection(destination(at, bearing, probeKm) as [number, number]);
  return a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) / probeKm : Number.NaN;
}

/** Round lengths no longer than `maxPx` on screen, measured east-west at `at`. */
export function scaleBar(projection: GeoProjection, at: LonLat, maxPx: number): ScaleBar {
  const perKm = pxPerKm(projection, at);
  if (!(perKm > 0)) throw new Error('the scale bar point is outside the map');
  const km = niceAtMost(maxPx / perKm);
  const miles = niceAtMost(maxPx / perKm / KM_PER_MILE);
  return { km, kmPx: km * perKm, miles, milesPx: miles * KM_PER_MILE * perKm };
}

/** A bar is drawn only if the scale varies by less than this across the frame, in every direction. */
const MAX_SCALE_VARIATION = 0.05;

/**
 * Whether one scale bar tells the truth everywhere on the map: the scale, measured east-west and
 * north-south at the centre and near each corner, stays within 5 % of itself. True for a region,
 * false for a continent or the globe.
 */
export function scaleBarIsTrue(projection: GeoProjection, width: number, height: number): boolean {
  const probes: [number, number][] = [0.5, 0.02, 0.98].flatMap((fx) => [0.5, 0.02, 0.98].map((fy) => [width * fx, height * fy] as [number, number]));
  const scales: number[] = [];
  for (const probe of probes) {
    const at = projection.invert?.(probe);
    if (!at || !Number.isFinite(at[0])) return false;
    scales.push(pxPerKm(projection, at, 90), pxPerKm(projection, at, 0));
  }
  if (scales.some((s) => !(s > 0))) return false;
  return Math.max(...scales) / Math.min(...scales) <= 1 + MAX_SCALE_VARIATION;
}
