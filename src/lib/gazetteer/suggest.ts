/**
 * The search box's matcher, run on the records of one shard: towns whose name or other name starts like
 * the query (case and accents ignored), the exact names first, then the most populous.
 */
import { foldName } from './fold-name.ts';
import { townNames, type TownRecord } from './town-record.ts';
import { townQuery, type TownQuery } from './town-query.ts';

export interface Suggestion {
  town: TownRecord;
  /** The name that matched: the town's name or one of its other names ("Kiev"). */
  matched: string;
  /** What the list shows: "Springfield, US · Illinois"; "Kyiv (Kiev), UA · Kyiv City" when another name matched. */
  label: string;
}

/** How many suggestions a search shows unless told otherwise. */
export const SUGGESTION_LIMIT = 8;

/** Folds a text of each record once: the first query on a shard pays for its towns, the next ones do not. */
function foldedOnce<T>(fold: (town: TownRecord) => T): (town: TownRecord) => T {
  const folded = new WeakMap<TownRecord, T>();
  return (town) => {
    if (!folded.has(town)) folded.set(town, fold(town));
    return folded.get(town)!;
  };
}

/** A town's names and other names. */
const foldedNames = foldedOnce((town) => townNames(town).map(foldName));
/** The words of its name, country and region: only a query with words after a comma needs them. */
const placeWords = foldedOnce((town) => foldName(`${town[1]} ${town[2]} ${town[3]}`).split(' '));

/** "Springfield, US · Illinois": the name, the country and the region, enough to tell same-named towns apart. */
export function townLabel(town: TownRecord, matched = town[1]): string {
  const name = matched === town[1] ? town[1] : `${town[1]} (${matched})`;
  return `${name}, ${town[2]}${town[3] ? ` · ${town[3]}` : ''}`;
}

interface Match {
  town: TownRecord;
  matched: string;
  exact: boolean;
}

/** The first of the names that is `start`, or else the first that starts with it. */
function nameMatch(names: readonly string[], start: string): { index: number; exact: boolean } | undefined {
  const exact = names.indexOf(start);
  if (exact >= 0) return { index: exact, exact: true };
  const index = names.findIndex((name) => name.startsWith(start));
  return index < 0 ? undefined : { index, exact: false };
}

function matchOf(town: TownRecord, query: TownQuery): Match | undefined {
  const names = foldedNames(town);
  const whole = nameMatch(names, query.whole);
  if (whole) return { town, matched: townNames(town)[whole.index]!, exact: whole.exact };
  if (!query.qualifiers.length || !names.some((name) => name.startsWith(query.name))) return undefined;
  const place = placeWords(town);
  if (!query.qualifiers.every((word) => place.some((placeWord) => placeWord.startsWith(word)))) return undefined;
  const named = nameMatch(names, query.name);
  return named && { town, matched: townNames(town)[named.index]!, exact: named.exact };
}

const ranked = (a: Match, b: Match) => Number(b.exact) - Number(a.exact) || b.town[6] - a.town[6] || a.town[0] - b.town[0];

/**
 * Up to `limit` towns the query finds among `records` (a shard): each name or other name that starts like
 * it, exact names first, then by population; words after a comma narrow by country or region
 * ("springfield, il"). None for an empty name.
 */
export function suggest(records: readonly TownRecord[], query: string, limit = SUGGESTION_LIMIT): Suggestion[] {
  const parsed = townQuery(query);
  if (!parsed.whole) return [];
  const seen = new Set<number>();
  const matches: Match[] = [];
  for (const town of records) {
    const match = seen.has(town[0]) ? undefined : matchOf(town, parsed);
    if (match) matches.push(match);
    seen.add(town[0]);
  }
  return matches
    .sort(ranked)
    .slice(0, limit)
    .map(({ town, matched }) => ({ town, matched, label: townLabel(town, matched) }));
}

/** The town with this GeoNames id among `records`, if any. */
export function townById(records: readonly TownRecord[], id: number): TownRecord | undefined {
  return records.find((town) => town[0] === id);
}
