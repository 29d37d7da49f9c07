// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteUrl } from './src/lib/site-url.ts';
import { CSP_DIRECTIVES } from './src/lib/security/csp.ts';

// The public origin is needed for absolute URLs (canonical links, share cards, embed snippets).
// Set SITE_URL at build time for production; the default suits local previews.
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  // Stylesheets stay files: an inline <style> would need a hash in the header policy too.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  integrations: [mdx(), sitemap()],
  // Pages whose content and code are unchanged since the last build are copied from Astro's cache
  // (node_modules/.astro) instead of rendered: see src/data/cache-keys.ts.
  experimental: { incrementalBuild: true },
  // assetsInlineLimit 0: Astro would inline small scripts, which the header policy (script-src 'self') blocks.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
