import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** The file behind a route such as `/articles/x/` or `/404.html`. */
export function distFile(route: string): string {
  return route.endsWith('/') ? join(DIST, route, 'index.html') : join(DIST, route);
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
