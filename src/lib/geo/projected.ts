/**
 * A shape projected once: its polygons as they leave the projection's stream (rotated, clipped to the
 * globe and the frame, resampled), in screen coordinates. Drawing it, measuring its area and finding its
 * centroid then need no further projecting: d3's `geoPath(null)` reads the planar polygons directly, and
 * gives exactly what `geoPath(projection)` gives for the shape, because it sees the same points in the
 * same rings and polygons.
 */
import { geoPath, geoStream, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** The shape's polygons on screen, or null when none of it shows in the frame. Areas only: lines and points leave no rings. */
export function projectPolygons(projection: GeoProjection, shape: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon): MultiPolygon | null {
  const polygons: Position[][][] = [];
  let rings: Position[][] = [];
  let ring: Position[] = [];
  geoStream(
    shape,
    projection.stream({
      polygonStart: () => (rings = []),
      polygonEnd: () => rings.length && polygons.push(rings),
      lineStart: () => (ring = []),
      point: (x, y) => ring.push([x, y]),
      // GeoJSON rings repeat their first point; geoPath drops it again when reading the ring.
      lineEnd: () => ring.length && rings.push([...ring, ring[0]!]),
      sphere: () => {},
    }),
  );
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** A path generator for shapes already projected: one decimal, as the maps print them. */
export const planarPath = () => geoPath(null).digits(1);
