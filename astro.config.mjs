// @ts-check
import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { basePath, siteUrl } from './src/lib/site-url.ts';
import { CSP_DIRECTIVES, STYLE_HASHES } from './src/lib/security/csp.ts';
import { headerRules, headersFile } from './src/lib/security/headers.ts';
import { siteCssPlugin } from './src/lib/styles/vite-plugin.ts';
import { inertMdxInDev } from './src/loaders/inert-mdx.ts';

// SITE_URL, the public address of the site's root (a path is fine: https://example.org/explainers/),
// decides every URL the build prints. The default suits local previews.
const site = siteUrl(process.env.SITE_URL);
const base = basePath(site);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The site's CSS is inlined by the layouts, its hash in the policy (src/lib/styles/site-css.ts). Any
  // other stylesheet stays a file, which the policy allows as 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: { csp: { directives: [...CSP_DIRECTIVES], styleDirective: { hashes: [...STYLE_HASHES] } } },
  markdown: {
    // No syntax highlighting: Shiki colours code with inline styles, which the policy (style-src 'self') blocks.
    syntaxHighlight: false,
    // Wire sentences stay verbatim: no rewriting of quotes, dashes or ellipses behind the editor's back.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  integrations: [
    mdx(),
    sitemap(),
    {
      name: 'headers-file',
      hooks: { 'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(headerRules(base))) },
    },
  ],
  // Pages whose content and code are unchanged since the last build are copied from Astro's cache
  // (node_modules/.astro) instead of rendered: see src/data/cache-keys.ts.
  experimental: { incrementalBuild: true },
  vite: {
    plugins: [siteCssPlugin(), inertMdxInDev()],
    build: {
      // Astro would inline small scripts, which the header policy (script-src 'self') blocks.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Write imported constants into each script that uses them. Without it, a module of names two entry
        // scripts import (src/lib/maps/map-markup.ts: the map's and the timeline's) becomes a third file both wait for.
        optimization: { inlineConst: true },
        // Astro marks each MDX entry's asset module with the directive "use astro:head-inject" (see
        // astro/dist/content/vite-plugin-content-assets.js) and reads it while transforming; Rolldown then
        // warns that it may not keep the directive in the bundle, which nothing needs. An open upstream Astro
        // bug, not ours: https://github.com/withastro/astro/issues/18087 ("`MODULE_LEVEL_DIRECTIVE` warning
        // during build"). Only that one warning is dropped; any other still prints and fails the build-log test.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
