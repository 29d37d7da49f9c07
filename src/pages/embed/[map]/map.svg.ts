import type { APIRoute, GetStaticPaths } from 'astro';
import { mapPaths, rangeMapModel } from '../../../data/site-content.ts';
import { standaloneMapSvg } from '../../../lib/maps/standalone-svg.ts';

export const getStaticPaths = (() => mapPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(standaloneMapSvg(await rangeMapModel(params.map!)), { headers: { 'content-type': 'image/svg+xml' } });
