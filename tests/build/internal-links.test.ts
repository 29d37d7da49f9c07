import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distFileForUrl, parseHtml, SITE } from '../../tools/dist.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { absoluteUrl, routeOf } from '../../src/lib/site-url.ts';

const pages = builtPages();
const parsed = new Map(pages.map(({ route, file }) => [route, parseHtml(readFileSync(file, 'utf8'))]));

/** The dist file a URL on our site points to, or undefined when it points elsewhere. */
const target = (url: URL) => distFileForUrl(url.href);

describe.each(pages.map(({ route }) => [route]))('links on %s', (route) => {
  const page = parsed.get(route)!;
  const base = absoluteUrl(route, SITE);
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
        const path = routeOf(url.pathname, SITE);
        const other = parsed.get(path) ?? parsed.get(`${path}index.html`);
        const id = decodeURIComponent(url.hash.slice(1));
        return !other || (other.querySelector(`[id="${id}"]`) === null && other.querySelector(`[name="${id}"]`) === null);
      })
      .map((url) => url.href);
    expect(broken).toEqual([]);
  });
});
