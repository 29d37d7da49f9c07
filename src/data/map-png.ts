/**
 * Each map's PNG file, rendered off the main thread. A page that needs a map's model can start its PNG
 * at once, so the workers draw while the main thread renders pages; the PNG route then only collects it.
 */
import { rangeMapModel } from './site-content.ts';
import { MAP_FILE_WIDTH, standaloneMapSvg } from '../lib/maps/standalone-svg.ts';
import { renderPng } from '../lib/render/png.ts';

const started = new Map<string, Promise<Buffer>>();

/** Starts drawing the map's PNG if nothing has yet. */
export function startMapPng(id: string): void {
  if (started.has(id)) return;
  const render = rangeMapModel(id).then((model) => renderPng({ svg: () => standaloneMapSvg(model), width: MAP_FILE_WIDTH }));
  // Its route awaits it later; until then a failure must not count as unhandled.
  render.catch(() => {});
  started.set(id, render);
}

/** The map's PNG, for its route; the bytes are let go once collected. */
export function mapPng(id: string): Promise<Buffer> {
  startMapPng(id);
  const render = started.get(id)!;
  started.delete(id);
  return render;
}
