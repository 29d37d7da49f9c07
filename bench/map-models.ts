/**
 * How long each map's model takes to build (projection, country shapes, rings, labels, coverage): the
 * real maps and those of a generated project, each the median of three builds, after one warm-up build
 * (which pays for loading and simplifying the borders data, once per site build).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildRangeMapModel } from '../src/lib/maps/range-map-model.ts';
import { mapSchema } from '../src/lib/schemas/map.ts';
import { placeSchema, type Place } from '../src/lib/schemas/place.ts';
import { median } from './measure.ts';

const yamlIn = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.yaml'));
const read = (path: string) => parse(readFileSync(path, 'utf8'), { schema: 'core' });

export interface ModelTime {
  id: string;
  ms: number;
}

/** Build time of every map in a project's content/ folder. */
export function modelBuildTimes(projectDir: string): ModelTime[] {
  const content = join(projectDir, 'content');
  const places = new Map<string, Place>(
    yamlIn(join(content, 'places')).map((file) => {
      const id = file.replace(/\.yaml$/, '');
      return [id, { id, ...placeSchema.parse(read(join(content, 'places', file))) }];
    }),
  );
  const maps = yamlIn(join(content, 'maps')).map((file) => ({ id: file.replace(/\.yaml$/, ''), ...mapSchema.parse(read(join(content, 'maps', file))) }));
  buildRangeMapModel({ map: maps[0]!, places });
  return maps.map((map) => {
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      buildRangeMapModel({ map, places });
      return performance.now() - start;
    });
    return { id: map.id, ms: median(times) };
  });
}
