import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// The host script must keep one stable address (/embed.js) because snippets on other sites point at it,
// so it is bundled here rather than given a hashed file name like the page scripts.
export const GET: APIRoute = async () => {
  const result = await build({
    // Resolved from the project root: this endpoint itself runs from a bundled chunk during the build.
    entryPoints: [resolve('src/client/embed-host.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
