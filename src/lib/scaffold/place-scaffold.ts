/**
 * A place file (content/places/<id>.yaml) written from a GeoNames town: complete, with no placeholder, in
 * the form README "Add a map" asks for, so the GeoNames check (within 5 km of GeoNames' point) holds.
 */
import { slugWords } from '../slug.ts';
import { GEONAMES_ID } from '../schemas/place.ts';
import type { GeoNamesTown } from './geonames.ts';

/** Places are written to three decimals, about 100 m: a city centre needs no more. */
const DECIMALS = 3;

/** The id a town's name makes: `Kraków` → `krakow`, `Rostov-na-Donu` → `rostov-na-donu`. */
export const placeIdFor = (name: string): string => slugWords(name).join('-');

export interface PlaceScaffold {
  id: string;
  name: string;
  yaml: string;
}

export function placeScaffold(town: GeoNamesTown, iso3: string, { id = placeIdFor(town.name), name = town.name } = {}): PlaceScaffold {
  const [lon, lat] = town.loc.coordinates;
  const yaml = [
    `name: ${JSON.stringify(name)}`,
    `lat: ${lat.toFixed(DECIMALS)}`,
    `lon: ${lon.toFixed(DECIMALS)}`,
    `country: ${iso3}`,
    `source: GeoNames ${town.cityId} (city centre)`,
    '',
  ].join('\n');
  return { id, name, yaml };
}

/** The GeoNames id a place file credits (its parsed YAML), if any. */
export function geoNamesIdOf(place: unknown): number | undefined {
  const source = (place as { source?: unknown } | null)?.source;
  const id = typeof source === 'string' ? GEONAMES_ID.exec(source)?.[1] : undefined;
  return id ? Number(id) : undefined;
}

export interface PlacePlan {
  id: string;
  town: GeoNamesTown;
  /** The file to write; undefined when content/places/ already holds this town under `id`. */
  scaffold?: PlaceScaffold;
}

/**
 * An id for each town: the existing place crediting the same GeoNames id if there is one (never rewritten),
 * otherwise the town's name, made unique with its country code and then its GeoNames id when taken.
 * `existing` maps every place id in content/places/ to the GeoNames id it credits.
 */
export function planPlaces(towns: readonly { town: GeoNamesTown; iso3: string }[], existing: ReadonlyMap<string, number | undefined>): PlacePlan[] {
  const taken = new Set(existing.keys());
  return towns.map(({ town, iso3 }) => {
    const same = [...existing].find(([, geonamesId]) => geonamesId === town.cityId)?.[0];
    if (same) return { id: same, town };
    const base = placeIdFor(town.name);
    const id = [base, `${base}-${town.country.toLowerCase()}`, `${base}-${town.cityId}`].find((candidate) => !taken.has(candidate))!;
    taken.add(id);
    return { id, town, scaffold: placeScaffold(town, iso3, { id }) };
  });
}
