import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { gazetteerFiles } from '../../data/gazetteer.ts';

// The gazetteer's files (src/lib/gazetteer/; this folder is GAZETTEER_DIR): index.json, p/*.json, id/*.json.
// Each path's cache key is its own text, so an unchanged file is copied from the incremental build's cache.
export const getStaticPaths = (async () =>
  [...(await gazetteerFiles()).files].map(([file, text]) => ({
    params: { file },
    cacheKey: createHash('sha256').update(text).digest('base64url'),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await gazetteerFiles()).files.get(params.file!)!, { headers: { 'content-type': 'application/json; charset=utf-8' } });
