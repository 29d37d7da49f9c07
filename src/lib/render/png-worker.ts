/** A render worker for png.ts: one SVG in, its PNG out. */
import { parentPort } from 'node:worker_threads';
import { svgToPng } from './png.ts';

parentPort!.on('message', ({ svg, width }: { svg: string; width?: number }) => {
  try {
    parentPort!.postMessage({ png: svgToPng(svg, width) });
  } catch (error) {
    parentPort!.postMessage({ error: String(error) });
  }
});
