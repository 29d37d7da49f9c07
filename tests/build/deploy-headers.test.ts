/**
 * The headers a deploy sends, checked against Cloudflare's own runtime (`wrangler pages dev`, workerd)
 * and against the tests' static server, which must behave the same: every response, 404s for any
 * unknown URL included, carries the security headers; only embed pages may be framed by other sites;
 * hashed assets are cached for a year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { builtPages, filesUnder } from '../helpers/dist-files.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { serveWithWrangler } from '../helpers/wrangler.ts';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';

const pages = builtPages()
  .map(({ route }) => route)
  .filter((route) => route !== '/404.html');
const UNKNOWN = ['/no/such/page/', '/no-such-file.png', '/articles/no-such-story/', '/embed/no-such-map/', '/_astro/no-such-asset.js'];
/** Every other file the build wrote: scripts, styles, images, feeds, sitemaps, oEmbed. */
const FILES = filesUnder(DIST)
  .filter((file) => !file.endsWith('.html') && file !== '_headers')
  .map((file) => `/${file}`);
const ASSETS = FILES.filter((path) => path.startsWith('/_astro/'));
const isEmbedPage = (path: string) => /^\/embed\/[^/]+\/$/.test(path);

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

const servers: Record<string, () => Promise<StaticSite>> = {
  'Cloudflare (wrangler pages dev)': () => serveWithWrangler(),
  'the tests’ static server': () => serveStatic(),
};

describe.each(Object.keys(servers))('served by %s', (name) => {
  let site: StaticSite;
  const answers = new Map<string, Answer>();
  beforeAll(async () => {
    site = await servers[name]!();
    for (const path of [...pages, ...UNKNOWN, ...FILES]) {
      const response = await fetch(site.origin + path, { redirect: 'manual' });
      answers.set(path, { status: response.status, headers: response.headers, body: await response.text() });
    }
  }, 90_000);
  afterAll(() => site?.close());

  const policies = (path: string) => (answers.get(path)!.headers.get('content-security-policy') ?? '').split(',').map((policy) => policy.trim());

  it('answers pages and files with 200, and unknown URLs with the 404 page and status 404', () => {
    for (const path of [...pages, ...FILES]) expect(answers.get(path)!.status, path).toBe(200);
    for (const path of UNKNOWN) {
      expect(answers.get(path)!.status, path).toBe(404);
      expect(answers.get(path)!.body, path).toContain('Page not found');
    }
  });

  it.each([...pages, ...UNKNOWN, ...FILES])('%s carries every security header', (path) => {
    const { headers } = answers.get(path)!;
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=31536000\b/);
    for (const policy of policies(path)) {
      for (const directive of [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'"]) expect(policy, path).toContain(directive);
      expect(policy).not.toContain('unsafe-inline');
    }
  });

  it('lets any site frame embed pages, and refuses framing of everything else, 404s included', () => {
    for (const path of [...pages, ...UNKNOWN]) {
      const frameAncestors = policies(path).flatMap((policy) => /frame-ancestors ([^;]+)/.exec(policy)?.[1] ?? []);
      if (isEmbedPage(path)) {
        // Browsers obey frame-ancestors in place of X-Frame-Options.
        expect(frameAncestors, path).toEqual(['*']);
      } else {
        expect(frameAncestors, path).toEqual([]);
        expect(answers.get(path)!.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      }
    }
  });

  it('caches hashed assets for a year, and the host script briefly, for any site to load', () => {
    expect(ASSETS.length).toBeGreaterThan(0);
    for (const path of ASSETS) expect(answers.get(path)!.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    expect(answers.get('/embed.js')!.headers.get('cache-control')).toBe('public, max-age=300');
    // Not even a missing asset's 404: the next deploy may well have it.
    for (const path of UNKNOWN) expect(answers.get(path)!.headers.get('cache-control'), path).toBe('no-store');
    expect(answers.get('/embed.js')!.headers.get('access-control-allow-origin')).toBe('*');
  });
});
