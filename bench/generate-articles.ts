/**
 * Builds a copy of the project whose content is N generated articles, each with two range maps and a
 * timeline of its own, for measuring how build time grows. The maps differ from article to article
 * (launch point, framing and marked places drawn from a seeded pseudo-random sequence), so the build
 * does the real work of N different sites' maps and nothing can be shared between them. Each project
 * gets its own node_modules folder (links to the real packages, but none to Astro's or Vite's caches),
 * so every build starts cold.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseYamlStrictly } from '../src/lib/yaml-data.ts';
import { mapSchema } from '../src/lib/schemas/map.ts';
import type { Place } from '../src/lib/schemas/place.ts';
import { eventSchema } from '../src/lib/schemas/event.ts';
import { strikeReports, type StrikeReport } from '../src/lib/timeline/timeline-model.ts';
import { linkPackages } from '../tools/project-copy.ts';
import { drawMap } from '../tools/models.ts';
import { contentPlaces } from '../tools/places.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}
interface MapFile {
  launch: { lat: number; lon: number; label: string };
  places: string[];
  extent: Extent;
  [field: string]: unknown;
}

/** mulberry32: a small seeded generator, so every run of the bench draws the same maps. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** A variant of a map: the frame shifted, the launch point moved, a different choice of places. */
function variedMap(map: MapFile, places: ReadonlyMap<string, Place>, random: () => number, required: ReadonlySet<string>): MapFile {
  const { west, south, east, north } = map.extent;
  const dx = (random() - 0.5) * 0.2 * (east - west);
  const dy = (random() - 0.5) * 0.2 * (north - south);
  const extent = { west: round3(west + dx), south: round3(south + dy), east: round3(east + dx), north: round3(north + dy) };
  const width = extent.east - extent.west;
  const height = extent.north - extent.south;
  const launch = {
    ...map.launch,
    lon: round3(extent.west + width * (0.25 + 0.5 * random())),
    lat: round3(extent.south + height * (0.25 + 0.5 * random())),
  };
  // Places well inside the frame, each kept with a fair chance: every map marks its own set.
  const inside = [...places]
    .filter(
      ([, p]) =>
        p.lon > extent.west + 0.1 * width && p.lon < extent.east - 0.1 * width && p.lat > extent.south + 0.1 * height && p.lat < extent.north - 0.1 * height,
    )
    .map(([id]) => id);
  const chosen = inside.filter(() => random() < 0.75);
  // Places the timeline marks as struck must stay on its map (the build refuses a strike off the map).
  const kept = new Set([...(chosen.length >= 3 ? chosen : inside), ...map.places.filter((id) => required.has(id))]);
  return { ...map, launch, extent, places: [...kept] };
}

/** The places a map's timeline reports struck: all must stay on the map; those struck at a point are marked. */
type Strikes = ReadonlyMap<string, StrikeReport>;

/** How many variants to draw before giving up on a map: most draws publish, a few put a label where none fits. */
const MAX_DRAWS = 50;

/**
 * A variant an editor could publish: drawn again until the build's own rules accept it (every label
 * placed clear of the others and of the markers, at every layout width and preset), as an editor would
 * move a point or a place until the build passes.
 */
function publishableMap(id: string, map: MapFile, places: ReadonlyMap<string, Place>, random: () => number, struck: Strikes): MapFile {
  const problems: string[] = [];
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const variant = variedMap(map, places, random, new Set(struck.keys()));
    try {
      drawMap({ map: { id, ...mapSchema.parse(variant) }, places, strikes: struck });
      return variant;
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  throw new Error(`bench: no publishable variant of ${id} in ${MAX_DRAWS} draws; the last refusal:\n${problems.at(-1)}`);
}

/** A throwaway project with `count` generated articles; returns its folder. */
export function projectWithArticles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'src']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  for (const shared of ['places', 'claimants']) cpSync(join(ROOT, 'content', shared), join(dir, 'content', shared), { recursive: true });
  linkPackages(dir);
  addGeneratedArticles(dir, count);
  return dir;
}

/**
 * Writes `count` generated articles (story-n1 …), each with two maps and a timeline of its own, into the
 * content/ of the project in `dir`, beside whatever content it already has.
 */
export function addGeneratedArticles(dir: string, count: number): void {
  const places = contentPlaces();
  const article = read('content/articles/north-korean-missiles-ukraine.mdx');
  const maps = {
    ukraine: parseYamlStrictly(read('content/maps/ukraine-900km.yaml'), 'content/maps/ukraine-900km.yaml') as MapFile,
    korea: parseYamlStrictly(read('content/maps/korea-900km.yaml'), 'content/maps/korea-900km.yaml') as MapFile,
  };
  const timeline = read('content/timelines/north-korean-missiles.yaml');
  const eventDir = join(ROOT, 'content/events/north-korean-missiles');
  const events = readdirSync(eventDir).map((file) => [file.replace(/\.yaml$/, ''), readFileSync(join(eventDir, file), 'utf8')] as const);
  const timelineEvents = events.map(([id, text]) => ({ id, ...eventSchema.parse(parseYamlStrictly(text, `content/events/north-korean-missiles/${id}.yaml`)) }));
  // Every struck place must stay on the timeline's map, where it is marked with its strikes.
  const struck = strikeReports(timelineEvents);

  for (const dirName of ['articles', 'maps', 'timelines', 'events']) mkdirSync(join(dir, 'content', dirName), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const n = `n${i}`;
    const random = seeded(i);
    const body = article
      .replace('<RangeMap id="ukraine-900km" />', `<RangeMap id="ukraine-900km-${n}" />`)
      .replace('<RangeMap id="korea-900km" />', `<RangeMap id="korea-900km-${n}" />`)
      .replace('<Timeline id="north-korean-missiles" />', `<Timeline id="timeline-${n}" />`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (${n})"`);
    writeFileSync(join(dir, 'content/articles', `story-${n}.mdx`), body);
    const ukraine = publishableMap(`ukraine-900km-${n}`, maps.ukraine, places, random, struck);
    const korea = publishableMap(`korea-900km-${n}`, maps.korea, places, random, new Map());
    writeFileSync(join(dir, 'content/maps', `ukraine-900km-${n}.yaml`), stringify(ukraine));
    writeFileSync(join(dir, 'content/maps', `korea-900km-${n}.yaml`), stringify(korea));
    writeFileSync(
      join(dir, 'content/timelines', `timeline-${n}.yaml`),
      timeline.replace('dayZero: 2023-12-30-first-launch', `dayZero: 2023-12-30-first-launch-${n}`).replace('map: ukraine-900km', `map: ukraine-900km-${n}`),
    );
    mkdirSync(join(dir, 'content/events', `timeline-${n}`));
    for (const [id, text] of events) writeFileSync(join(dir, 'content/events', `timeline-${n}`, `${id}-${n}.yaml`), text);
  }
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
