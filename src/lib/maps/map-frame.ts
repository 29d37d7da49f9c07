/**
 * The geometry of a range map: its projection and frame, the countries drawn at a detail that suits the
 * scale, and the rings. Knows nothing of labels or words.
 */
import { geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { LonLat } from '../geo/distance.ts';
import { fitExtent, fitRings, onFrame, projectionFrom, type Extent, type ProjectionParams } from '../geo/projection.ts';
import { planarPath, projectPolygons } from '../geo/projected.ts';
import { pxPerKm } from '../geo/scale-bar.ts';
import { borderDetailFor, simplifiedCountries, type BorderDetail } from '../geo/world.ts';
import type { RangeMapEntry } from '../schemas/map.ts';

export const MAP_WIDTH = 720;

export interface MapFrame {
  params: ProjectionParams;
  projection: GeoProjection;
  path: GeoPath;
  /** Roughly how many km the frame spans across its middle. */
  widthKm: number;
  detail: BorderDetail;
}

/** The frame the editor asked for: their extent, else the largest ring (and every place) around the launch point or centre. */
export function mapFrame(map: RangeMapEntry, placePoints: readonly LonLat[]): MapFrame {
  const launch: LonLat = [map.launch.lon, map.launch.lat];
  const centre: LonLat = map.centre ? [map.centre.lon, map.centre.lat] : launch;
  const maxKm = Math.max(...map.ranges.map((range) => range.km));
  const params = map.extent ? fitExtent(map.extent, MAP_WIDTH) : fitRings(centre, launch, maxKm, placePoints, MAP_WIDTH);
  const projection = projectionFrom(params);
  const middle = projection.invert!([params.width / 2, params.height / 2]) as LonLat;
  const widthKm = params.width / pxPerKm(projection, middle);
  return { params, projection, path: geoPath(projection).digits(1), widthKm, detail: borderDetailFor(widthKm) };
}

/**
 * The longitude-latitude box the frame covers, found along its edges, or null when it holds a pole,
 * crosses 180° or reaches the globe's rim: then every country may show.
 */
function frameExtent({ projection, params }: MapFrame): Extent | null {
  for (const pole of [
    [0, 90],
    [0, -90],
  ] as LonLat[])
    if (onFrame(projection, params, pole)) return null;
  const { width, height } = params;
  const edge: [number, number][] = [];
  for (let i = 0; i <= 32; i++) {
    const t = i / 32;
    edge.push([t * width, 0], [t * width, height], [0, t * height], [width, t * height]);
  }
  const lonLats = edge.map((xy) => projection.invert!(xy));
  if (lonLats.some((p) => !p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return null;
  const lons = lonLats.map((p) => p![0]);
  const lats = lonLats.map((p) => p![1]);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  if (east - west > 180) return null;
  return { west, east, south: Math.min(...lats), north: Math.max(...lats) };
}

/**
 * The size (px) below which border detail is dropped: finer on regional maps, where borders are what the
 * reader studies; coarser on world maps, where 170 countries must fit in the page's weight budget.
 */
const SIMPLIFY_PX: Record<BorderDetail, number> = { '50m': 0.8, '110m': 1.6 };

export interface DrawnCountry {
  iso3: string;
  name: string;
  d: string;
  /** Area on screen, in square pixels, and the point to hang its name on. */
  area: number;
  centroid: [number, number];
}

/**
 * Every country that shows in the frame. Each is projected once (its outline, area and centroid all come
 * from that one projection); countries far off the frame are skipped unprojected.
 */
export function drawCountries(frame: MapFrame): DrawnCountry[] {
  // Details under about a pixel, and parts of countries far off the frame, are dropped before projecting:
  // they cost bytes and time and show nothing.
  const candidates = simplifiedCountries(frame.detail, (SIMPLIFY_PX[frame.detail] / frame.params.scale) ** 2, frameExtent(frame) ?? undefined);
  const planar = planarPath();
  const drawn: DrawnCountry[] = [];
  for (const country of candidates) {
    const shape = projectPolygons(frame.projection, country);
    if (!shape) continue;
    drawn.push({ iso3: country.properties.a3, name: country.properties.name, d: planar(shape)!, area: planar.area(shape), centroid: planar.centroid(shape) });
  }
  return drawn;
}

/** The globe's face within the frame: water is drawn there, so a whole-globe map shows a disc. */
export const globeOutline = (frame: MapFrame) => frame.path({ type: 'Sphere' }) ?? '';
