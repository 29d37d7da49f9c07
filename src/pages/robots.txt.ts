import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${sitePath('/', site!)}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
