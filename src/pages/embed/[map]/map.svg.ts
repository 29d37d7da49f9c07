import type { APIRoute, GetStaticPaths } from 'astro';
import { mapIds, rangeMapModel } from '../../../data/site-content.ts';
import { standaloneMapSvg } from '../../../lib/maps/standalone-svg.ts';

export const getStaticPaths = (async () => (await mapIds()).map((map) => ({ params: { map } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(standaloneMapSvg(await rangeMapModel(params.map!)), { headers: { 'content-type': 'image/svg+xml' } });
