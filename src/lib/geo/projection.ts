/**
 * The map projection: azimuthal equal-area, centred on the map's extent. Equal-area keeps the share of
 * a country inside a ring honest to the eye, and centring keeps the region's distortion small.
 * The build fits it once; the browser rebuilds the very same projection from the rounded parameters.
 */
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface ProjectionParams {
  rotate: [number, number];
  scale: number;
  translate: [number, number];
  width: number;
  height: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Points along the extent's edges: its parallels and meridians bend under the projection. */
function extentOutline(extent: Extent, steps = 16): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = extent.west + ((extent.east - extent.west) * i) / steps;
    const lat = extent.south + ((extent.north - extent.south) * i) / steps;
    coordinates.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** Fits the extent to the given width; the height follows from the extent's shape under the projection. */
export function fitProjection(extent: Extent, width: number): ProjectionParams {
  const outline = extentOutline(extent);
  const projection = geoAzimuthalEqualArea()
    .rotate([-(extent.west + extent.east) / 2, -(extent.south + extent.north) / 2])
    .fitWidth(width, outline);
  const height = Math.ceil(geoPath(projection).bounds(outline)[1][1]);
  const [x, y] = projection.translate();
  const [λ, φ] = projection.rotate();
  return {
    rotate: [round(λ, 4), round(φ, 4)],
    scale: round(projection.scale(), 2),
    translate: [round(x, 2), round(y, 2)],
    width,
    height,
  };
}

/** The projection for these parameters, clipped to the frame so nothing is drawn outside it. */
export function projectionFrom(params: ProjectionParams): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate(params.rotate)
    .scale(params.scale)
    .translate(params.translate)
    .clipExtent([
      [0, 0],
      [params.width, params.height],
    ]);
}
