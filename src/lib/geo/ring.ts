/** The range ring: every point at the same great-circle distance from a launch point. */
import { geoCircle } from 'd3-geo';
import type { Polygon } from 'geojson';
import { kmToDegrees, type LonLat } from './distance.ts';

/**
 * A geodesic circle as a closed GeoJSON polygon. It is drawn on the sphere and then projected, so on
 * the map it bulges and flattens as the projection demands; a circle drawn on the flat map would lie.
 * `stepDegrees` is the angle between vertices seen from the centre.
 */
export function geodesicRing(center: LonLat, km: number, stepDegrees = 2): Polygon {
  if (!(km > 0)) throw new RangeError(`a range must be a positive number of kilometres, got ${km}`);
  const circle = geoCircle()
    .center(center as [number, number])
    .radius(kmToDegrees(km))
    .precision(stepDegrees)();
  // d3 computes the closing vertex afresh, so it can differ from the first in the last digit;
  // GeoJSON wants a ring closed exactly.
  const ring = circle.coordinates[0]!;
  ring[ring.length - 1] = [...ring[0]!];
  return circle;
}
