import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, parseHtml } from '../helpers/dist.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

const SITE = new URL(siteUrl(process.env.SITE_URL));
const pages = builtPages();
const parsed = new Map(pages.map(({ route, file }) => [route, parseHtml(readFileSync(file, 'utf8'))]));

/** The dist file a URL on our site points to, or undefined when it points elsewhere. */
function target(url: URL): string | undefined {
  if (url.origin !== SITE.origin) return undefined;
  const path = decodeURIComponent(url.pathname);
  const file = join(DIST, path);
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

describe.each(pages.map(({ route }) => [route]))('links on %s', (route) => {
  const page = parsed.get(route)!;
  const base = new URL(route.slice(1), SITE);
  const references = page
    .querySelectorAll('[href], [src]')
    .filter((el) => el.closest('code') === null) // the embed snippet is text to copy, not a link
    .map((el) => ({ tag: el.tagName, ref: (el.getAttribute('href') ?? el.getAttribute('src'))! }))
    .filter(({ ref }) => !/^(mailto|tel|data|javascript):/.test(ref));

  it('every internal href and src resolves to a file', () => {
    const broken = references
      .map(({ tag, ref }) => ({ tag, ref, file: target(new URL(ref, base)) }))
      .filter(({ file }) => file !== undefined && !existsSync(file))
      .map(({ tag, ref }) => `${tag} ${ref}`);
    expect(broken).toEqual([]);
  });

  it('every #fragment names an element on its page', () => {
    const broken = references
      .map(({ ref }) => new URL(ref, base))
      .filter((url) => url.hash && target(url) !== undefined)
      .filter((url) => {
        const routeOf = url.pathname.replace(SITE.pathname, '/');
        const other = parsed.get(routeOf) ?? parsed.get(`${routeOf}index.html`);
        const id = decodeURIComponent(url.hash.slice(1));
        return !other || (other.querySelector(`[id="${id}"]`) === null && other.querySelector(`[name="${id}"]`) === null);
      })
      .map((url) => url.href);
    expect(broken).toEqual([]);
  });
});
