/**
 * A deploy under a sub-path (SITE_URL=https://example.org/explainers/, as on a GitHub Pages project
 * site), built by `npm test` into dist-subpath/ and served under /explainers/. A crawl from the home
 * page, robots.txt and a 404 follows every URL the site prints (links, assets, CSS url()s, share
 * images, JSON-LD, embed snippets, oEmbed, manifest, sitemaps, feed, scripts' imports), and the town search's
 * gazetteer from its index: each one on our site must stay under the sub-path and resolve.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, SUBPATH_DIST, SUBPATH_SITE } from '../../tools/dist.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { GAZETTEER_DIR } from '../../src/lib/gazetteer/town-record.ts';
import type { GazetteerIndex } from '../../src/lib/gazetteer/shard-path.ts';

const BASE = new URL(SUBPATH_SITE).pathname;

/** Every URL a file prints, by what kind of file it is. */
function referencesIn(body: string, type: string): string[] {
  if (type.includes('html')) {
    const page = parseHtml(body);
    const attributes = page
      .querySelectorAll('[href], [src], meta[content]')
      .flatMap((el) => [el.getAttribute('href'), el.getAttribute('src'), el.getAttribute('content')]);
    // The embed snippet is text to copy: its URLs must work too.
    const snippets = page.querySelectorAll('[data-embed-snippet]').flatMap((el) => referencesIn(el.text, 'text/html'));
    const jsonLd = page.querySelectorAll('script[type="application/ld+json"]').flatMap((el) => referencesIn(el.text, 'application/json'));
    return [...attributes, ...snippets, ...jsonLd].filter((ref): ref is string => !!ref && /^(https?:|\/)/.test(ref));
  }
  if (type.includes('css')) return [...body.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!);
  if (type.includes('json')) {
    const json = JSON.parse(body) as unknown;
    if (isGazetteerIndex(json)) return [...json.shards.map((name) => `p/${name}`), ...json.idShards.map((name) => `id/${name}`)];
    const strings: string[] = [];
    JSON.parse(body, (_, value) => (typeof value === 'string' && /^(https?:\/\/|\/)/.test(value) ? strings.push(value) : value));
    return [...strings, ...strings.filter((s) => s.startsWith('<')).flatMap((html) => referencesIn(html, 'text/html'))];
  }
  // A script's own imports (the map's instrument, loaded on first use) are relative: they must resolve too.
  if (type.includes('javascript')) return [...body.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
  if (type.includes('xml')) return [...body.matchAll(/<(?:loc|link|guid)[^>]*>([^<]+)</g)].map((m) => m[1]!);
  if (type.includes('text/plain')) return [...body.matchAll(/^(?:Sitemap|Allow):\s*(\S+)/gm)].map((m) => m[1]!);
  return [];
}

const isGazetteerIndex = (json: unknown): json is GazetteerIndex => typeof json === 'object' && json !== null && 'prefixes' in json && 'idShards' in json;

let server: StaticSite;
/** URL on our site → how it answered. */
const visited = new Map<string, number>();
const leaving: string[] = [];

beforeAll(async () => {
  if (!existsSync(SUBPATH_DIST)) throw new Error('dist-subpath/ is missing: run `npm run build:subpath` first (npm test does it for you)');
  server = await serveStatic({ root: SUBPATH_DIST, base: BASE });
  // The town search's files are fetched by script, from the gazetteer's index, which it finds under the site's base.
  const queue = [`${SUBPATH_SITE}`, `${SUBPATH_SITE}robots.txt`, `${SUBPATH_SITE}no/such/page/`, `${SUBPATH_SITE}${GAZETTEER_DIR}/index.json`];
  while (queue.length) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    const response = await fetch(url.replace(new URL(SUBPATH_SITE).origin, server.origin), { redirect: 'manual' });
    visited.set(url, response.status);
    const type = response.headers.get('content-type') ?? '';
    for (const ref of referencesIn(await response.text(), type)) {
      const target = new URL(ref, url);
      if (target.origin !== new URL(SUBPATH_SITE).origin) continue;
      target.hash = '';
      if (!target.pathname.startsWith(BASE)) leaving.push(`${ref} (in ${url})`);
      else queue.push(target.href);
    }
  }
}, 60_000);
afterAll(() => server?.close());

describe('a build for SITE_URL with a path', () => {
  it('keeps every URL it prints under the sub-path', () => {
    expect(visited.size).toBeGreaterThan(20);
    expect(leaving).toEqual([]);
  });

  it('resolves every one of them', () => {
    const broken = [...visited].filter(([url, status]) => status !== 200 && !url.includes('/no/such/page/'));
    expect(broken).toEqual([]);
    expect(visited.get(`${SUBPATH_SITE}no/such/page/`)).toBe(404);
  });

  it('reaches every file it built from the pages, feeds and sitemaps', () => {
    const reached = new Set([...visited.keys()].map((url) => new URL(url).pathname.slice(BASE.length).replace(/(^|\/)$/, '$1index.html')));
    const unreached = filesUnder(SUBPATH_DIST).filter((file) => !reached.has(file) && !['_headers', '404.html'].includes(file));
    expect(unreached).toEqual([]);
  });
});
