// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteUrl } from './src/lib/site-url.ts';
import { CSP_DIRECTIVES, STYLE_HASHES } from './src/lib/security/csp.ts';
import { siteCssPlugin } from './src/lib/styles/vite-plugin.ts';

// The public origin is needed for absolute URLs (canonical links, share cards, embed snippets).
// Set SITE_URL at build time for production; the default suits local previews.
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  // The site's CSS is inlined by the layouts, its hash in the policy (src/lib/styles/site-css.ts). Any
  // other stylesheet stays a file, which the policy allows as 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: { csp: { directives: [...CSP_DIRECTIVES], styleDirective: { hashes: [...STYLE_HASHES] } } },
  integrations: [mdx(), sitemap()],
  // Pages whose content and code are unchanged since the last build are copied from Astro's cache
  // (node_modules/.astro) instead of rendered: see src/data/cache-keys.ts.
  experimental: { incrementalBuild: true },
  // assetsInlineLimit 0: Astro would inline small scripts, which the header policy (script-src 'self') blocks.
  vite: { plugins: [siteCssPlugin()], build: { assetsInlineLimit: 0 } },
});
