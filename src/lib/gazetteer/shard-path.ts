/**
 * Which of the gazetteer's files holds the towns a query or an id can find, read from its index.json:
 * one request for the index, then one for the shard, whatever the query.
 */
import { townQuery } from './town-query.ts';

/** index.json. Shard files are named by a digest of their content, so a stale index never reads a newer shard. */
export interface GazetteerIndex {
  /**
   * Folded name prefixes, sorted. A prefix that was split into longer ones still has its own entry, whose
   * shard holds its most populous towns (`topPerPrefix` of them) and every town named exactly that.
   */
  prefixes: string[];
  /** For each prefix, its shard: an index into `shards`. */
  prefixShards: number[];
  /** Name-shard file names, under p/. */
  shards: string[];
  /** The first GeoNames id of each id shard, ascending. */
  idStarts: number[];
  /** Id-shard file names, under id/, one per `idStarts` entry. */
  idShards: string[];
  /** How many towns a split prefix's shard holds at least: a search shows no more than this many. */
  topPerPrefix: number;
  /** How many towns the gazetteer holds. */
  towns: number;
}

const prefixLookups = new WeakMap<GazetteerIndex, { shardOf: Map<string, number>; longest: number }>();

function prefixLookup(index: GazetteerIndex) {
  let lookup = prefixLookups.get(index);
  if (!lookup) {
    lookup = {
      shardOf: new Map(index.prefixes.map((prefix, i) => [prefix, index.prefixShards[i]!])),
      longest: Math.max(0, ...index.prefixes.map((prefix) => prefix.length)),
    };
    prefixLookups.set(index, lookup);
  }
  return lookup;
}

/**
 * The shard to fetch for a query, relative to the gazetteer folder ('p/<digest>.json'); null when the
 * folded name is empty or no town's name starts like it (nothing to fetch: there is no suggestion).
 */
export function shardPathForQuery(index: GazetteerIndex, query: string): string | null {
  const folded = townQuery(query).name;
  const { shardOf, longest } = prefixLookup(index);
  for (let length = Math.min(folded.length, longest); length > 0; length--) {
    const shard = shardOf.get(folded.slice(0, length));
    if (shard !== undefined) return `p/${index.shards[shard]}`;
  }
  return null;
}

/** The shard that holds the town with this GeoNames id if there is one ('id/<digest>.json'); null for an id outside every shard. */
export function shardPathForId(index: GazetteerIndex, id: number): string | null {
  if (!Number.isSafeInteger(id) || id < (index.idStarts[0] ?? Infinity)) return null;
  let low = 0;
  let high = index.idStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (index.idStarts[middle]! <= id) low = middle;
    else high = middle - 1;
  }
  return `id/${index.idShards[low]}`;
}
