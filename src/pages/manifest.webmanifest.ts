import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { sitePath } from '../lib/site-url.ts';
import { SITE_TONES } from '../lib/theme/palette.ts';

export const GET: APIRoute = ({ site }) =>
  Response.json({
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    start_url: sitePath('/', site!),
    display: 'browser',
    background_color: SITE_TONES.paper.light,
    theme_color: SITE_TONES.accent.light,
    icons: [
      { src: sitePath('/icons/icon-192.png', site!), sizes: '192x192', type: 'image/png' },
      { src: sitePath('/icons/icon-512.png', site!), sizes: '512x512', type: 'image/png' },
      { src: sitePath('/favicon.svg', site!), sizes: 'any', type: 'image/svg+xml' },
    ],
  });
