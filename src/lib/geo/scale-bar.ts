/** A scale bar in kilometres and miles, true at the point where it is measured. */
import type { GeoProjection } from 'd3-geo';
import { destination, KM_PER_MILE, type LonLat } from './distance.ts';

export interface ScaleBar {
  km: number;
  kmPx: number;
  miles: number;
  milesPx: number;
}

const NICE = [10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000, 2000];

function niceAtMost(value: number): number {
  return [...NICE].reverse().find((n) => n <= value) ?? NICE[0]!;
}

/** Round lengths no longer than `maxPx` on screen, measured east-west at `at`. */
export function scaleBar(projection: GeoProjection, at: LonLat, maxPx: number): ScaleBar {
  const probeKm = 100;
  const a = projection(at as [number, number]);
  const b = projection(destination(at, 90, probeKm) as [number, number]);
  if (!a || !b) throw new Error('the scale bar point is outside the map');
  const pxPerKm = Math.hypot(b[0] - a[0], b[1] - a[1]) / probeKm;
  const km = niceAtMost(maxPx / pxPerKm);
  const miles = niceAtMost(maxPx / pxPerKm / KM_PER_MILE);
  return { km, kmPx: km * pxPerKm, miles, milesPx: miles * KM_PER_MILE * pxPerKm };
}
