import type { APIRoute, GetStaticPaths } from 'astro';
import { mapIds, rangeMapModel } from '../../../data/site-content.ts';
import { MAP_FILE_WIDTH, standaloneMapSvg } from '../../../lib/maps/standalone-svg.ts';
import { svgToPng } from '../../../lib/share/png.ts';

export const getStaticPaths = (async () => (await mapIds()).map((map) => ({ params: { map } }))) satisfies GetStaticPaths;

// Twice the SVG's size, sharp enough for print and social posts.
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(svgToPng(standaloneMapSvg(await rangeMapModel(params.map!)), MAP_FILE_WIDTH)), {
    headers: { 'content-type': 'image/png' },
  });
