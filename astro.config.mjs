// @ts-check
import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { basePath, siteUrl } from './src/lib/site-url.ts';
import { CSP_DIRECTIVES } from './src/lib/security/csp.ts';
import { headerRules, headersFile } from './src/lib/security/headers.ts';

// SITE_URL, the public address of the site's root (a path is fine: https://example.org/explainers/),
// decides every URL the build prints. The default suits local previews.
const site = siteUrl(process.env.SITE_URL);
const base = basePath(site);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets stay files: an inline <style> would need a hash in the header policy too.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
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
  // assetsInlineLimit 0: Astro would inline small scripts, which the header policy (script-src 'self') blocks.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
