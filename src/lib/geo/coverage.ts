/**
 * How much of a country lies within range: the number behind "almost all of Ukraine".
 * Exact on the sphere: the country's polygons are clipped to the range's spherical cap (d3-geo's small-
 * circle clip, turned so the launch point is the clip's centre) and the clipped area is compared with the
 * whole. The cap's edge is followed in 2° steps, so the answer is good to well under a percentage point,
 * for any country (across 180° or not) and any range, in time that grows only with the border's vertices.
 */
import { geoArea, geoClipCircle, geoRotation, geoStream, type GeoStream } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { kmToDegrees, type LonLat } from './distance.ts';

type Country = Feature<Polygon | MultiPolygon>;

const DEGREES = 180 / Math.PI;
const EPSILON = 1e-9;

/** The rings of `country` inside the cap of `km` around `center`, in coordinates turned so `center` is [0, 0]. */
function clippedRings(country: Country, center: LonLat, km: number): Position[][] {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point: (λ, φ) => void ring.push([λ * DEGREES, φ * DEGREES]),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring.length > 2) rings.push([...ring, ring[0]!]);
    },
    polygonStart: () => {},
    polygonEnd: () => {},
    sphere: () => {},
  };
  const clip: GeoStream = geoClipCircle(kmToDegrees(km, center[1]) / DEGREES)(sink);
  const turn = geoRotation([-center[0], -center[1]]);
  // The clip reads radians around [0, 0]; its methods change as it enters and leaves polygons, so call through it.
  geoStream(country, {
    point: (lon, lat) => {
      const [λ, φ] = turn([lon, lat]);
      clip.point(λ / DEGREES, φ / DEGREES);
    },
    lineStart: () => clip.lineStart(),
    lineEnd: () => clip.lineEnd(),
    polygonStart: () => clip.polygonStart!(),
    polygonEnd: () => clip.polygonEnd!(),
    sphere: () => clip.sphere!(),
  });
  return rings;
}

/** The share (0 to 1) of a country's area on the sphere that lies within `km` of `center`. */
export function shareOfAreaWithinRange(country: Country, center: LonLat, km: number): number {
  const total = geoArea(country);
  if (!(total > 0)) throw new Error('the country has no area');
  const rings = clippedRings(country, center, km);
  // The clip keeps d3's winding (outer rings clockwise), so one polygon of every ring sums the parts.
  const inside = rings.length ? geoArea({ type: 'Polygon', coordinates: rings }) : 0;
  const share = inside / total;
  // Floating-point noise must not turn "all" into "about 99%".
  return share > 1 - EPSILON ? 1 : share < EPSILON ? 0 : share;
}
