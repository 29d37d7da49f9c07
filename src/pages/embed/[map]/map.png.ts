import type { APIRoute, GetStaticPaths } from 'astro';
import { mapPaths } from '../../../data/site-content.ts';
import { mapPng } from '../../../data/map-png.ts';

export const getStaticPaths = (() => mapPaths()) satisfies GetStaticPaths;

// Twice the SVG's size (MAP_FILE_WIDTH), sharp enough for print and social posts.
export const GET: APIRoute = async ({ params }) => new Response(new Uint8Array(await mapPng(params.map!)), { headers: { 'content-type': 'image/png' } });
