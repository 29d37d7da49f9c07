/**
 * `npm run new-place`, `new-map` and `new-event`: the commands' own code on an in-memory file system with
 * real GeoNames rows, what they write checked by the schemas the build uses, and the real commands run
 * once each in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newEvent, USAGE as EVENT_USAGE } from '../../cli/new-event-command.ts';
import { newMap, USAGE as MAP_USAGE } from '../../cli/new-map-command.ts';
import { newPlace, USAGE as PLACE_USAGE } from '../../cli/new-place-command.ts';
import { eventSchema } from '../../src/lib/schemas/event.ts';
import { mapSchema } from '../../src/lib/schemas/map.ts';
import { placeSchema } from '../../src/lib/schemas/place.ts';
import { PLACEHOLDER } from '../../src/lib/schemas/placeholders.ts';
import { ROOT } from '../../tools/dist.ts';
import { contentIds } from '../../tools/content.ts';
import { runScaffoldCommand } from '../helpers/scaffold-io.ts';

const PLACES = '/desk/content/places';
/** The paths of every issue the schema finds, as `a.b.0.c`. */
const issuePaths = (schema: { safeParse(data: unknown): { error?: { issues: { path: PropertyKey[] }[] } } }, yaml: string) =>
  [...new Set((schema.safeParse(parse(yaml)).error?.issues ?? []).map((issue) => issue.path.join('.')))].sort();

describe.each([
  ['new-place', newPlace, PLACE_USAGE],
  ['new-map', newMap, MAP_USAGE],
  ['new-event', newEvent, EVENT_USAGE],
] as const)('%s', { timeout: 60_000 }, (name, command, usage) => {
  it('--help prints the usage and exits 0; an unknown option fails with it', async () => {
    const help = await runScaffoldCommand(command, ['--help']);
    expect([help.code, help.out, help.err]).toEqual([0, [usage], []]);
    const unknown = await runScaffoldCommand(command, ['--nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain(usage);
  });

  it('the real command prints its help', () => {
    const run = spawnSync(process.execPath, [join(ROOT, `cli/${name}.ts`), '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stdout.trim()]).toEqual([0, usage]);
  });
});

describe('new-place', { timeout: 120_000 }, () => {
  it('writes a valid place from GeoNames, ignoring case and accents', async () => {
    const made = await runScaffoldCommand(newPlace, ['krakow']);
    expect(made.code).toBe(0);
    const place = placeSchema.parse(parse(made.files[`${PLACES}/krakow.yaml`]!));
    expect(place).toMatchObject({ name: 'Kraków', country: 'POL', source: 'GeoNames 3094802 (city centre)' });
    expect(made.out.at(-1)).toBe('content/places/krakow.yaml');
  });

  it('asks in a terminal which town an ambiguous name means, listing each', async () => {
    const asked = await runScaffoldCommand(newPlace, ['Springfield'], { answers: ['3'] });
    expect(asked.code).toBe(0);
    expect(asked.out.join('\n')).toMatch(/^ {2}3\. Springfield, US \(admin region [A-Z]{2}\), population [\d,]+, GeoNames (\d+)$/m);
    const third = /^ {2}3\. .*GeoNames (\d+)$/m.exec(asked.out.join('\n'))![1];
    expect(asked.files[`${PLACES}/springfield.yaml`]).toContain(`source: GeoNames ${third} (city centre)`);
    expect((await runScaffoldCommand(newPlace, ['Springfield'], { answers: ['99'] })).err.join('\n')).toMatch(/not one of the numbers/);
  });

  it('without a terminal, stops on an ambiguous name listing the towns, and says how to choose', async () => {
    const failed = await runScaffoldCommand(newPlace, ['Springfield']);
    expect(failed.code).toBe(1);
    expect(failed.err.join('\n')).toMatch(/"Springfield" is ambiguous: \d+ towns[\s\S]*1\. Springfield, US[\s\S]*pass --geonames <id>, or --country XX/);
    expect(failed.files).toEqual({});
    const narrowed = await runScaffoldCommand(newPlace, ['Springfield', '--country', 'AU']);
    expect(narrowed.code).toBe(0);
    expect(placeSchema.parse(parse(narrowed.files[`${PLACES}/springfield.yaml`]!)).country).toBe('AUS');
    const byId = await runScaffoldCommand(newPlace, ['--geonames', '4250542', '--id', 'springfield-illinois']);
    expect(byId.files[`${PLACES}/springfield-illinois.yaml`]).toContain('GeoNames 4250542');
  });

  it('takes the obvious town of a name (by far the most populous) and says which', async () => {
    const made = await runScaffoldCommand(newPlace, ['Warsaw']);
    expect(made.code).toBe(0);
    expect(made.out[0]).toMatch(/took Warsaw, PL .* GeoNames 756135, by far the most populous/);
  });

  it('never overwrites a place unless told to, nor writes a second file for the same GeoNames town', async () => {
    const files = { [`${PLACES}/warsaw.yaml`]: 'an editor’s work' };
    const refused = await runScaffoldCommand(newPlace, ['Warsaw'], { files });
    expect(refused.err.join('\n')).toMatch(/content\/places\/warsaw\.yaml already exists; pass --force/);
    expect(files[`${PLACES}/warsaw.yaml`]).toBe('an editor’s work');
    expect((await runScaffoldCommand(newPlace, ['Warsaw', '--force'], { files })).code).toBe(0);
    const twin = await runScaffoldCommand(newPlace, ['Warsaw', '--id', 'warszawa'], { files });
    expect(twin.err.join('\n')).toMatch(/GeoNames 756135 is already content\/places\/warsaw\.yaml/);
  });

  it('says when no town has the name, suggesting names like it', async () => {
    expect((await runScaffoldCommand(newPlace, ['Odesa'])).err.join('\n')).toMatch(/no town called "Odesa" in GeoNames; names like it: .*Odessa \(UA\)/);
  });
});

describe('new-map', { timeout: 120_000 }, () => {
  const args = ['--launch', 'Ankara', '--range', '500', '--range', '1000', '--focus', 'TUR'];

  it('writes a map with every schema field, refused only for its TODO placeholders, and the place files it needs', async () => {
    const existing = { [`${PLACES}/istanbul.yaml`]: 'name: Istanbul\nsource: GeoNames 745044 (city centre)\n' };
    const made = await runScaffoldCommand(newMap, args, { files: { ...existing } });
    expect(made.code, made.err.join('\n')).toBe(0);
    const yaml = made.files['/desk/content/maps/turkey-500-1000km.yaml']!;
    const data = parse(yaml);
    // Every field of the schema is written or offered in a comment.
    for (const field of Object.keys(mapSchema.shape)) expect(yaml).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
    expect(issuePaths(mapSchema, yaml)).toEqual(['asOf', 'description', 'launch.certainty', 'ranges.0.source', 'ranges.1.source', 'title']);
    for (const issue of mapSchema.safeParse(data).error!.issues) expect(issue.message).toContain(PLACEHOLDER);
    expect(data.ranges.map((range: { km: number }) => range.km)).toEqual([500, 1000]);
    // The existing place is used, never rewritten; every other place is written and valid.
    expect(data.places).toContain('istanbul');
    expect(made.files[`${PLACES}/istanbul.yaml`]).toBe(existing[`${PLACES}/istanbul.yaml`]);
    for (const id of data.places.filter((id: string) => id !== 'istanbul')) placeSchema.parse(parse(made.files[`${PLACES}/${id}.yaml`]!));
    expect(data.places[0]).toBe('istanbul'); // the focus country first, the largest town first
  });

  it('takes --lat/--lon and --as-of, and writes a TODO launch label', async () => {
    const made = await runScaffoldCommand(newMap, [
      '--lat',
      '39.9',
      '--lon',
      '32.85',
      '--range',
      '800',
      '--focus',
      'TUR',
      '--as-of',
      '2024-05-07',
      '--id',
      'x',
    ]);
    expect(made.code, made.err.join('\n')).toBe(0);
    expect(issuePaths(mapSchema, made.files['/desk/content/maps/x.yaml']!)).toEqual([
      'description',
      'launch.certainty',
      'launch.label',
      'ranges.0.source',
      'title',
    ]);
  });

  it('asks in a terminal for what is missing, and requires it without one', async () => {
    const asked = await runScaffoldCommand(newMap, ['--id', 'asked'], { answers: ['Ankara', '500 1000', 'tur'] });
    expect(asked.code, asked.err.join('\n')).toBe(0);
    expect(asked.asked).toHaveLength(3);
    expect(parse(asked.files['/desk/content/maps/asked.yaml']!).focusCountry).toBe('TUR');
    expect((await runScaffoldCommand(newMap, ['--range', '500', '--focus', 'TUR'])).err.join('\n')).toMatch(/pass --launch/);
  });

  it('refuses an unknown focus country, a bad range, and an existing map unless told to', async () => {
    expect((await runScaffoldCommand(newMap, [...args.slice(0, 6), '--focus', 'XYZ'])).err.join('\n')).toMatch(/"XYZ" is not the ISO alpha-3 code/);
    expect((await runScaffoldCommand(newMap, ['--launch', 'Ankara', '--range', '0', '--focus', 'TUR'])).err.join('\n')).toMatch(/range "0" must be/);
    const files = { '/desk/content/maps/turkey-500-1000km.yaml': 'an editor’s work' };
    const refused = await runScaffoldCommand(newMap, args, { files });
    expect(refused.err.join('\n')).toMatch(/turkey-500-1000km\.yaml already exists; pass --force/);
    expect(Object.keys(refused.files)).toEqual(['/desk/content/maps/turkey-500-1000km.yaml']);
  });
});

describe('new-event', { timeout: 120_000 }, () => {
  const timelines = contentIds('timelines');
  const claimants = contentIds('claimants');
  const desk = Object.fromEntries([
    ...timelines.map((id) => [`/desk/content/timelines/${id}.yaml`, '']),
    ...claimants.map((id) => [`/desk/content/claimants/${id}.yaml`, '']),
  ]);

  it.each(timelines)('writes an event of %s with every field, refused only for its TODO placeholders', async (timeline) => {
    const made = await runScaffoldCommand(newEvent, ['--timeline', timeline, '--date', '2024-02-07', 'Missile strike on a town'], { files: { ...desk } });
    expect(made.code, made.err.join('\n')).toBe(0);
    const path = `/desk/content/events/${timeline}/2024-02-07-missile-strike-town.yaml`;
    const yaml = made.files[path]!;
    for (const field of Object.keys(eventSchema.shape)) expect(yaml).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
    const issues = eventSchema.safeParse(parse(yaml)).error!.issues;
    expect([...new Set(issues.map((issue) => issue.path.join('.')))].sort()).toEqual(
      ['attribution', 'claimant', 'confidence', 'kind', 'sources.0.evidence.0', 'sources.0.publisher', 'sources.0.title', 'sources.0.url', 'text'].sort(),
    );
    for (const id of claimants) expect(yaml).toContain(id);
    expect(made.out).toEqual([`content/events/${timeline}/2024-02-07-missile-strike-town.yaml`]);
  });

  it('asks for the timeline, date and title in a terminal, requires them without one, and never overwrites unless told to', async () => {
    const asked = await runScaffoldCommand(newEvent, [], { files: { ...desk }, answers: [timelines[0]!, '2019-05', 'A first test'] });
    expect(asked.code, asked.err.join('\n')).toBe(0);
    expect(Object.keys(asked.files)).toContain(`/desk/content/events/${timelines[0]}/2019-05-first-test.yaml`);
    expect((await runScaffoldCommand(newEvent, ['A first test'], { files: { ...desk } })).err.join('\n')).toMatch(/pass --timeline/);
    expect((await runScaffoldCommand(newEvent, ['--timeline', 'nope', '--date', '2024-01-01', 'x'], { files: { ...desk } })).err.join('\n')).toMatch(
      /"nope" is not a timeline in content\/timelines\/ \(known timelines: /,
    );
    expect((await runScaffoldCommand(newEvent, ['--timeline', timelines[0]!, '--date', '2024-02-30', 'x'], { files: { ...desk } })).err.join('\n')).toMatch(
      /not a real date/,
    );
    const again = await runScaffoldCommand(newEvent, ['--timeline', timelines[0]!, '--date', '2019-05', 'A first test'], { files: asked.files });
    expect(again.err.join('\n')).toMatch(/already exists; pass --force/);
  });
});

describe('the real commands, in a folder of their own', { timeout: 120_000 }, () => {
  it('new-place and new-map write their files there; a second run refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
    try {
      const run = (script: string, ...argv: string[]) => spawnSync(process.execPath, [join(ROOT, `cli/${script}.ts`), ...argv], { cwd: dir, encoding: 'utf8' });
      const place = run('new-place', 'Warsaw');
      expect(place.status, place.stderr).toBe(0);
      expect(readFileSync(join(dir, 'content/places/warsaw.yaml'), 'utf8')).toContain('source: GeoNames 756135 (city centre)');
      const again = run('new-place', 'Warsaw');
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/already exists/);
      const map = run('new-map', '--launch', 'warsaw', '--range', '600', '--focus', 'POL');
      expect(map.status, map.stderr).toBe(0);
      expect(readdirSync(join(dir, 'content/maps'))).toEqual(['poland-600km.yaml']);
      expect(parse(readFileSync(join(dir, 'content/maps/poland-600km.yaml'), 'utf8')).launch.label).toBe('Warsaw');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
