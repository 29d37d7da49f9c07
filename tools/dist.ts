import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { routeOf, siteUrl } from '../src/lib/site-url.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** The SITE_URL dist/ was built for. */
export const SITE = siteUrl(process.env.SITE_URL);
/** The sub-path deploy `npm run build:subpath` builds (package.json), and where. */
export const SUBPATH_SITE = 'https://example.org/explainers/';
export const SUBPATH_DIST = join(ROOT, 'dist-subpath');

/** The file behind a route such as `/articles/x/` or `/404.html`. */
export function distFile(route: string): string {
  return route.endsWith('/') ? join(DIST, route, 'index.html') : join(DIST, route);
}

/**
 * The dist file behind a URL on the site (absolute, or relative to `from`), or undefined when the URL
 * points to another site. A folder means its index.html.
 */
export function distFileForUrl(ref: string, from: string = SITE, { site = SITE, dist = DIST } = {}): string | undefined {
  const url = new URL(ref, from);
  if (url.origin !== new URL(site).origin) return undefined;
  const route = routeOf(decodeURIComponent(url.pathname), site);
  const file = join(dist, route);
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

/** The built HTML of a route, or a clear failure if the site was not built. */
export function builtHtml(route: string): string {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you)');
  return readFileSync(distFile(route), 'utf8');
}

/** Parses like a browser would for our purposes: <pre> content is markup too (the parser's default treats it as raw text). */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
}

export function builtPage(route: string): HTMLElement {
  return parseHtml(builtHtml(route));
}
