/** The range ring: every point at the same great-circle distance from a launch point. */
import { geoCircle, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import { destination, kmToDegrees, type LonLat } from './distance.ts';
import type { ProjectionParams } from './projection.ts';

/**
 * A geodesic circle as a closed GeoJSON polygon. It is drawn on the sphere and then projected, so on
 * the map it bulges and flattens as the projection demands; a circle drawn on the flat map would lie.
 * `stepDegrees` is the angle between vertices seen from the centre.
 */
export function geodesicRing(center: LonLat, km: number, stepDegrees = 2): Polygon {
  if (!(km > 0)) throw new RangeError(`a range must be a positive number of kilometres, got ${km}`);
  const circle = geoCircle()
    .center(center as [number, number])
    .radius(kmToDegrees(km, center[1]))
    .precision(stepDegrees)();
  // d3 computes the closing vertex afresh, so it can differ from the first in the last digit;
  // GeoJSON wants a ring closed exactly.
  const ring = circle.coordinates[0]!;
  ring[ring.length - 1] = [...ring[0]!];
  return circle;
}

export interface RingGeometry {
  km: number;
  /** The cap as a filled area, and its edge alone as a line: a clipped polygon would also stroke the frame's edges. */
  d: string;
  line: string;
}

export function ringGeometry(path: GeoPath, launch: LonLat, km: number): RingGeometry {
  const ring = geodesicRing(launch, km);
  const draw = (object: GeoPermissibleObjects) => path(object) ?? '';
  return { km, d: draw(ring), line: draw({ type: 'LineString', coordinates: ring.coordinates[0]! }) };
}

/** Bearings tried for a ring's distance label: top first, where a reader looks for it, then around the ring. */
const LABEL_BEARINGS = [0, 180, 90, 270, 45, 315, 135, 225, ...Array.from({ length: 24 }, (_, i) => 15 * i).filter((b) => b % 45 !== 0)];

type Frame = Pick<ProjectionParams, 'width' | 'height'>;

/** The spots along a ring, by preference, that are well inside the frame: where its distance may be written. */
export function ringLabelPoints(projection: GeoProjection, params: Frame, launch: LonLat, km: number, margin = 40): { x: number; y: number }[] {
  return LABEL_BEARINGS.flatMap((bearing) => {
    const xy = projection(destination(launch, bearing, km) as [number, number]);
    const inside = xy && xy[0] >= margin && xy[1] >= margin && xy[0] <= params.width - margin && xy[1] <= params.height - margin;
    return inside ? [{ x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
  });
}

/** Where to write a ring's distance after the reader moves the point: the first of its spots. */
export function ringLabelPoint(projection: GeoProjection, params: Frame, launch: LonLat, km: number): { x: number; y: number } | null {
  return ringLabelPoints(projection, params, launch, km)[0] ?? null;
}

/** Whether any of a ring shows within a window of the frame (x0 y0 x1 y1 in the frame's units). */
export function ringShowsWithin(projection: GeoProjection, launch: LonLat, km: number, window: { x0: number; y0: number; x1: number; y1: number }): boolean {
  return Array.from({ length: 180 }, (_, i) => projection(destination(launch, i * 2, km) as [number, number])).some(
    (xy) => xy !== null && xy[0] >= window.x0 && xy[0] <= window.x1 && xy[1] >= window.y0 && xy[1] <= window.y1,
  );
}
