/**
 * How long each map's model takes to build (projection, country shapes, rings, labels, coverage): the
 * real maps and those of a generated project, each the median of three builds, after one warm-up build
 * (which pays for loading and simplifying the borders data, once per site build).
 */
import { join } from 'node:path';
import { drawMap } from '../tools/models.ts';
import { mapSchema } from '../src/lib/schemas/map.ts';
import { placeSchema, type Place } from '../src/lib/schemas/place.ts';
import { median } from './measure.ts';
import { readContentFolder } from '../tools/content.ts';

export interface ModelTime {
  id: string;
  ms: number;
}

/** Build time of every map in a project's content/ folder. */
export function modelBuildTimes(projectDir: string): ModelTime[] {
  const content = join(projectDir, 'content');
  const places = new Map<string, Place>(readContentFolder(join(content, 'places'), placeSchema).map(([id, data]) => [id, { id, ...data }]));
  const maps = readContentFolder(join(content, 'maps'), mapSchema).map(([id, data]) => ({ id, ...data }));
  drawMap({ map: maps[0]!, places });
  return maps.map((map) => {
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      drawMap({ map, places });
      return performance.now() - start;
    });
    return { id: map.id, ms: median(times) };
  });
}
