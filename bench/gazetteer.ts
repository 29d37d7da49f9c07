/**
 * The gazetteer as the build wrote it (dist/gazetteer/): how many shards, how large (gzip level 9, as the
 * page weights are measured), and how long the matcher takes in Node for a query once its shard is
 * loaded. The browser's own timing, on the emulated phone, belongs to the search box's benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GAZETTEER_DIR, type TownRecord } from '../src/lib/gazetteer/town-record.ts';
import { shardPathForQuery, type GazetteerIndex } from '../src/lib/gazetteer/shard-path.ts';
import { suggest } from '../src/lib/gazetteer/suggest.ts';
import { kb, median, table } from './measure.ts';

export interface GazetteerFigures {
  section: string;
  largestShardGzip: number;
  indexGzip: number;
}

const gzipOf = (text: string) => gzipSync(text, { level: 9 }).length;

/** Queries a reader types: each town's name letter by letter up to 6, for a sample of towns spread over the index. */
function sampleQueries(towns: readonly TownRecord[]): string[] {
  const step = Math.max(1, Math.floor(towns.length / 500));
  return towns.filter((_, i) => i % step === 0).flatMap((town) => [1, 2, 3, 4, 6].map((length) => town[1].slice(0, length)));
}

export function gazetteerReport(dist: string): GazetteerFigures {
  const dir = join(dist, GAZETTEER_DIR);
  const indexText = readFileSync(join(dir, 'index.json'), 'utf8');
  const index = JSON.parse(indexText) as GazetteerIndex;
  const folder = (name: string) => readdirSync(join(dir, name)).map((file) => readFileSync(join(dir, name, file), 'utf8'));
  const sizes = (texts: string[]) => texts.map(gzipOf).sort((a, b) => a - b);
  const [prefixTexts, idTexts] = [folder('p'), folder('id')];
  const [prefixSizes, idSizes] = [sizes(prefixTexts), sizes(idTexts)];
  const shards = new Map(index.shards.map((name) => [`p/${name}`, JSON.parse(readFileSync(join(dir, 'p', name), 'utf8')) as TownRecord[]]));
  const towns = [...new Map([...shards.values()].flat().map((town) => [town[0], town])).values()];
  const queries = sampleQueries(towns);
  // Each query as the box runs it with its shard in hand: find the shard's path, then match; the first pass warms up.
  const times: number[] = [];
  for (const pass of [0, 1])
    for (const query of queries) {
      const start = performance.now();
      const path = shardPathForQuery(index, query);
      if (path) suggest(shards.get(path)!, query);
      if (pass) times.push(performance.now() - start);
    }
  times.sort((a, b) => a - b);
  // The first query on a shard just fetched folds its towns' names: each shard parsed afresh, one query each.
  const firsts = index.shards
    .map((name) => {
      const fresh = JSON.parse(readFileSync(join(dir, 'p', name), 'utf8')) as TownRecord[];
      const start = performance.now();
      suggest(fresh, fresh[0]![1].slice(0, 2));
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
  const total = prefixSizes.concat(idSizes).reduce((a, b) => a + b, gzipOf(indexText));
  const section =
    '## Town search gazetteer (dist/gazetteer/)\n\n' +
    `Every GeoNames town of 1,000 people or more (${index.towns.toLocaleString('en')}), gzip level 9. A search fetches index.json, then one name shard.\n\n` +
    table(
      ['files', 'count', 'largest (KB gzip)', 'median (KB gzip)', 'all (KB gzip)'],
      [
        ['index.json', 1, kb(gzipOf(indexText)), kb(gzipOf(indexText)), kb(gzipOf(indexText))],
        ['name shards (p/)', prefixSizes.length, kb(prefixSizes.at(-1)!), kb(median(prefixSizes)), kb(prefixSizes.reduce((a, b) => a + b, 0))],
        ['id shards (id/)', idSizes.length, kb(idSizes.at(-1)!), kb(median(idSizes)), kb(idSizes.reduce((a, b) => a + b, 0))],
      ],
    ) +
    `\n\nAll files: ${kb(total)} KB gzip. Matcher in Node (shard path and suggestions, shard already parsed), ${queries.length} queries of 1 to 6 letters: ` +
    `median ${(median(times) * 1000).toFixed(0)} µs, 95th percentile ${(times[Math.floor(times.length * 0.95)]! * 1000).toFixed(0)} µs, slowest ${times.at(-1)!.toFixed(1)} ms; ` +
    `the first query on a shard just parsed (it folds the shard's names): median ${median(firsts).toFixed(1)} ms, slowest ${firsts.at(-1)!.toFixed(1)} ms.`;
  return { section, largestShardGzip: Math.max(prefixSizes.at(-1)!, idSizes.at(-1)!), indexGzip: gzipOf(indexText) };
}
