import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './dist.ts';
import { placeSchema, type Place } from '../../src/lib/schemas/place.ts';
import { mapSchema, type RangeMapEntry } from '../../src/lib/schemas/map.ts';

/** The real places in content/places/, read and validated the way the build does. */
export function contentPlaces(): Map<string, Place> {
  const dir = join(ROOT, 'content/places');
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => {
        const id = file.replace(/\.yaml$/, '');
        return [id, { id, ...placeSchema.parse(parse(readFileSync(join(dir, file), 'utf8'), { schema: 'core' })) }];
      }),
  );
}

export function contentMap(id: string): RangeMapEntry {
  const text = readFileSync(join(ROOT, 'content/maps', `${id}.yaml`), 'utf8');
  return { id, ...mapSchema.parse(parse(text, { schema: 'core' })) };
}

/** [lon, lat] of a real place. */
export function lonLat(id: string): [number, number] {
  const place = contentPlaces().get(id);
  if (!place) throw new Error(`no place ${id}`);
  return [place.lon, place.lat];
}

const FIXTURES = join(ROOT, 'tests/fixtures');

/** The real places plus the test-only ones in tests/fixtures/places/ (Washington, Honolulu, …). */
export function placesWithFixtures(): Map<string, Place> {
  const all = contentPlaces();
  const dir = join(FIXTURES, 'places');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const id = file.replace(/\.yaml$/, '');
    all.set(id, { id, ...placeSchema.parse(parse(readFileSync(join(dir, file), 'utf8'), { schema: 'core' })) });
  }
  return all;
}

/** The ids of the edge-case maps in tests/fixtures/maps/. */
export const fixtureMapIds = () => readdirSync(join(FIXTURES, 'maps')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

export function fixtureMap(id: string): RangeMapEntry {
  const text = readFileSync(join(FIXTURES, 'maps', `${id}.yaml`), 'utf8');
  return { id, ...mapSchema.parse(parse(text, { schema: 'core' })) };
}

/** Every fixture file as project-relative paths and text, for building a copy of the site with them. */
export function fixtureContentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of ['maps', 'places']) {
    for (const file of readdirSync(join(FIXTURES, kind))) files[`content/${kind}/${file}`] = readFileSync(join(FIXTURES, kind, file), 'utf8');
  }
  return files;
}
