import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

export const GET: APIRoute = () =>
  Response.json({
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#b3261e',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  });
