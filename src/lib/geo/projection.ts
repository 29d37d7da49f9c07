/**
 * The map projection, chosen by what the map frames:
 * - an editor's extent: azimuthal equal-area centred on the extent's middle, so the share of a country
 *   inside a ring is honest to the eye and a regional map's distortion stays small; for an extent wider
 *   than WORLD_EXTENT_DEGREES, Equal Earth centred on its middle meridian, equal-area on a world map;
 * - no extent: azimuthal equidistant centred on the launch point (or the map's centre), which frames
 *   the largest ring whole at any size. Centred on the launch point every ring is a true circle and
 *   every distance from the launch point is true, up to the whole globe (a 20,000 km ring).
 * The build fits it once; the browser rebuilds the very same projection from the rounded parameters.
 */
import { geoAzimuthalEqualArea, geoAzimuthalEquidistant, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { destination, type LonLat } from './distance.ts';

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type ProjectionKind = 'equal-area' | 'equal-earth' | 'equidistant';

/** Extents wider than this (degrees of longitude) are drawn in Equal Earth: azimuthal views of them tear at the rim. */
const WORLD_EXTENT_DEGREES = 150;

export interface ProjectionParams {
  kind: ProjectionKind;
  rotate: [number, number];
  scale: number;
  translate: [number, number];
  width: number;
  height: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Degrees of longitude the extent spans; west greater than east means it crosses the 180° meridian. */
export function extentWidthDegrees({ west, east }: Extent): number {
  return east > west ? east - west : east - west + 360;
}

/** Points along the extent's edges: its parallels and meridians bend under the projection. */
function extentOutline(extent: Extent, steps = 16): MultiPoint {
  const span = extentWidthDegrees(extent);
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = extent.west + (span * i) / steps;
    const lat = extent.south + ((extent.north - extent.south) * i) / steps;
    coordinates.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

function paramsOf(kind: ProjectionKind, projection: GeoProjection, width: number, height: number): ProjectionParams {
  const [x, y] = projection.translate();
  const [λ, φ] = projection.rotate();
  return { kind, rotate: [round(λ, 4), round(φ, 4)], scale: round(projection.scale(), 2), translate: [round(x, 2), round(y, 2)], width, height };
}

/** Fits the extent to the given width; the height follows from the extent's shape under the projection. */
export function fitExtent(extent: Extent, width: number): ProjectionParams {
  const outline = extentOutline(extent);
  const middle = extent.west + extentWidthDegrees(extent) / 2;
  const world = extentWidthDegrees(extent) > WORLD_EXTENT_DEGREES;
  const projection = world
    ? geoEqualEarth().rotate([-middle, 0]).fitWidth(width, outline)
    : geoAzimuthalEqualArea()
        .rotate([-middle, -(extent.south + extent.north) / 2])
        .fitWidth(width, outline);
  const height = Math.ceil(geoPath(projection).bounds(outline)[1][1]);
  return paramsOf(world ? 'equal-earth' : 'equal-area', projection, width, height);
}

/** Room left around the largest ring, as a share of its radius. */
const RING_MARGIN = 0.06;

/**
 * A square frame around `centre` that holds the largest ring and every given point whole. Past about
 * 17,000 km the frame is the whole globe: the azimuthal equidistant disc, whose rim is the antipode.
 */
export function fitRings(centre: LonLat, launch: LonLat, maxKm: number, points: readonly LonLat[], width: number): ProjectionParams {
  const projection = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]).scale(1).translate([0, 0]);
  const ring = Array.from({ length: 72 }, (_, i) => destination(launch, i * 5, maxKm));
  let half = 0;
  for (const point of [...ring, ...points, launch]) {
    const xy = projection(point as [number, number]);
    if (xy) half = Math.max(half, Math.abs(xy[0]), Math.abs(xy[1]));
  }
  // The globe's rim sits at π on a unit sphere: never frame more than the globe.
  half = Math.min(half * (1 + RING_MARGIN), Math.PI * 1.02);
  const scale = width / 2 / half;
  projection.scale(scale).translate([width / 2, width / 2]);
  return paramsOf('equidistant', projection, width, width);
}

/** The projection for these parameters, clipped to the frame so nothing is drawn outside it. */
export function projectionFrom(params: ProjectionParams): GeoProjection {
  const projection = { equidistant: geoAzimuthalEquidistant, 'equal-area': geoAzimuthalEqualArea, 'equal-earth': geoEqualEarth }[params.kind]();
  return projection
    .rotate(params.rotate)
    .scale(params.scale)
    .translate(params.translate)
    .clipExtent([
      [0, 0],
      [params.width, params.height],
    ]);
}

/** Whether a screen point lies inside the frame (and, for the whole globe, on the globe). */
export function onFrame(projection: GeoProjection, params: ProjectionParams, point: LonLat): boolean {
  const xy = projection(point as [number, number]);
  return !!xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= params.width && xy[1] <= params.height;
}
