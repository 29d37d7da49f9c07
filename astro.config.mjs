// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteUrl } from './src/lib/site-url.ts';

// The public origin is needed for absolute URLs (canonical links, share cards, embed snippets).
// Set SITE_URL at build time for production; the default suits local previews.
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
