import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist.ts';
import { readContentFile, readContentFolder } from './content.ts';
import { placeSchema, type Place } from '../src/lib/schemas/place.ts';
import { mapSchema, type RangeMapEntry } from '../src/lib/schemas/map.ts';

const placesIn = (dir: string): [string, Place][] => readContentFolder(dir, placeSchema).map(([id, data]) => [id, { id, ...data }]);

/** The real places in content/places/, read and validated the way the build does. */
export function contentPlaces(): Map<string, Place> {
  return new Map(placesIn(join(ROOT, 'content/places')));
}

export function contentMap(id: string): RangeMapEntry {
  return { id, ...readContentFile(join(ROOT, 'content/maps', `${id}.yaml`), mapSchema) };
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
  return new Map([...contentPlaces(), ...placesIn(join(FIXTURES, 'places'))]);
}

/** The ids of the edge-case maps in tests/fixtures/maps/. */
export const fixtureMapIds = () =>
  readdirSync(join(FIXTURES, 'maps'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));

export function fixtureMap(id: string): RangeMapEntry {
  return { id, ...readContentFile(join(FIXTURES, 'maps', `${id}.yaml`), mapSchema) };
}

/** Every fixture file as project-relative paths and text, for building a copy of the site with them. */
export function fixtureContentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of ['maps', 'places']) {
    for (const file of readdirSync(join(FIXTURES, kind))) files[`content/${kind}/${file}`] = readFileSync(join(FIXTURES, kind, file), 'utf8');
  }
  return files;
}
