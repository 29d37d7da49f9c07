/**
 * What `npm run new-map` and `npm run new-event` write, through the real build on a copy of the project:
 * as written, the build refuses both, naming each file and every TODO field; filled in, they build, the
 * map's embed page and the event's entry included. The real content/ is never touched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { newEvent } from '../../cli/new-event-command.ts';
import { newMap } from '../../cli/new-map-command.ts';
import { contentIds } from '../../tools/content.ts';
import { ROOT } from '../../tools/dist.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { buildWithContent, type FixtureBuild } from '../helpers/fixture-build.ts';
import { runScaffoldCommand } from '../helpers/scaffold-io.ts';

const MAP_ID = 'scaffold-test-map';
const TIMELINE = contentIds('timelines')[0]!;
const CLAIMANT = contentIds('claimants')[0]!;
const EVENT_FILE = `content/events/${TIMELINE}/2024-02-07-scaffold-test-event.yaml`;

/** The real content/ of the kinds the commands read, as the in-memory desk the commands run on. */
function desk(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['places', 'timelines', 'claimants']) {
    for (const file of readdirSync(join(ROOT, 'content', folder)))
      files[`/desk/content/${folder}/${file}`] = readFileSync(join(ROOT, 'content', folder, file), 'utf8');
  }
  return files;
}

/** The files a command wrote (not those it was given), as project-relative paths. */
async function written(command: typeof newMap, argv: string[]): Promise<Record<string, string>> {
  const given = desk();
  const run = await runScaffoldCommand(command, argv, { files: { ...given } });
  if (run.code !== 0) throw new Error(run.err.join('\n'));
  return Object.fromEntries(Object.entries(run.files).flatMap(([path, text]) => (path in given ? [] : [[path.replace('/desk/', ''), text]])));
}

function filledMap(yaml: string): string {
  const map = parse(yaml);
  map.title = 'Most of the towns of the test region lie within range';
  map.description = 'Rings drawn around the launch point at the ranges given.';
  map.launch.certainty = 'A test launch point, not a real one.';
  for (const range of map.ranges) range.source = 'Test source';
  map.asOf = '2024-05-07';
  return stringify(map);
}

function filledEvent(yaml: string): string {
  const event = parse(yaml);
  Object.assign(event, {
    text: 'A test event, filled in from the scaffold.',
    kind: 'context',
    claimant: CLAIMANT,
    attribution: 'The test desk',
    confidence: 'says',
    sources: [{ publisher: 'Test publisher', title: 'A test page', url: 'https://example.org/scaffold-test', evidence: ['A test event.'] }],
  });
  return stringify(event);
}

let scaffolds: Record<string, string>;
/** `astro sync` (the build's first step, which validates every content file) with the map as written, then with the event as written: it stops at the first invalid file, so one each. */
let refused: { map: FixtureBuild; event: FixtureBuild };
let built: FixtureBuild<{ embed: string; pages: string }>;

beforeAll(async () => {
  scaffolds = {
    ...(await written(newMap, ['--launch', 'Ankara', '--range', '500', '--range', '1000', '--focus', 'TUR', '--id', MAP_ID])),
    ...(await written(newEvent, ['--timeline', TIMELINE, '--date', '2024-02-07', '--name', 'scaffold-test-event', 'A scaffold test event'])),
  };
  const { [EVENT_FILE]: event, ...mapFiles } = scaffolds;
  refused = {
    map: buildWithContent(mapFiles, undefined, { command: 'sync' }),
    event: buildWithContent({ [EVENT_FILE]: event! }, undefined, { command: 'sync' }),
  };
  const filled = {
    ...scaffolds,
    [`content/maps/${MAP_ID}.yaml`]: filledMap(scaffolds[`content/maps/${MAP_ID}.yaml`]!),
    [EVENT_FILE]: filledEvent(scaffolds[EVENT_FILE]!),
  };
  built = buildWithContent(filled, (dist) => ({
    embed: readFileSync(join(dist, 'embed', MAP_ID, 'index.html'), 'utf8'),
    pages: filesUnder(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n'),
  }));
}, 300_000);

describe('scaffolds through the real build', () => {
  it.each([
    ['map', `maps → ${MAP_ID}`, ['title', 'description', 'launch.certainty', 'ranges.0.source', 'ranges.1.source']],
    ['event', `events → ${TIMELINE}/2024-02-07-scaffold-test-event`, ['text', 'kind', 'claimant', 'attribution', 'confidence', 'sources.0.publisher']],
  ] as const)('as written, the build refuses the %s, naming the file and every TODO field', (kind, file, fields) => {
    const { ok, output } = refused[kind];
    expect(ok).toBe(false);
    expect(output).toContain(`${file} data does not match collection schema`);
    for (const field of fields) expect(output).toMatch(new RegExp(`^\\s*${field.replace(/\./g, '\\.')}: still holds a TODO placeholder`, 'm'));
  });

  it('filled in, the map and its new place files build, and the event is on its timeline', () => {
    expect(built.ok, built.output).toBe(true);
    expect(built.inspected!.embed).toContain('Most of the towns of the test region lie within range');
    expect(built.inspected!.pages).toContain('id="2024-02-07-scaffold-test-event"');
    expect(Object.keys(scaffolds).filter((path) => path.startsWith('content/places/')).length).toBeGreaterThan(0);
  });
});
