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
