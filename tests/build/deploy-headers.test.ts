/**
 * The headers a deploy sends, checked against Cloudflare's own runtime (`wrangler pages dev`, workerd),
 * against Debian's nginx configured by `npm run nginx-headers` (at the root, under /explainers/ and under
 * a non-ASCII path) and against the tests' static server, which must behave the same: every response,
 * 404s for any unknown URL, folder without a page or path above the root included, carries the security
 * headers; only embed pages may be framed by other sites; hashed assets are cached for a year, every
 * other file revalidated on each visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SUBPATH_DIST, SUBPATH_SITE, SITE } from '../../tools/dist.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { httpGet, type Answer } from '../helpers/http-get.ts';
import { serveWithNginx } from '../helpers/nginx.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { serveWithWrangler } from '../helpers/wrangler.ts';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';
import { HOST_DEFAULT_CACHE } from '../../src/lib/security/headers.ts';

/** A built folder as a host serves it, under the path of the SITE_URL it was built for (or another). */
interface Deploy {
  dist: string;
  site: string;
  serve: () => Promise<StaticSite>;
}
const NON_ASCII_SITE = 'https://example.org/erklärungen/';
const deploys: Record<string, Deploy> = {
  'Cloudflare (wrangler pages dev)': { dist: DIST, site: SITE, serve: () => serveWithWrangler() },
  'the tests’ static server': { dist: DIST, site: SITE, serve: () => serveStatic() },
  nginx: { dist: DIST, site: SITE, serve: () => serveWithNginx([{ site: SITE, folder: DIST }]) },
  'nginx, under /explainers/ (dist-subpath)': {
    dist: SUBPATH_DIST,
    site: SUBPATH_SITE,
    serve: () => serveWithNginx([{ site: SUBPATH_SITE, folder: SUBPATH_DIST }]),
  },
  // dist/ is built for the root, so its links lead elsewhere; what counts here is the headers nginx sends.
  [`nginx, under ${NON_ASCII_SITE} (dist/)`]: { dist: DIST, site: NON_ASCII_SITE, serve: () => serveWithNginx([{ site: NON_ASCII_SITE, folder: DIST }]) },
};

/** Every URL to ask, as a route inside the site (`/embed/x/`), from what the build wrote. */
function routesOf(dist: string) {
  const files = filesUnder(dist);
  const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html').map((file) => `/${file.replace(/index\.html$/, '')}`);
  /** Every other file the build wrote: scripts, styles, images, feeds, sitemaps, oEmbed. */
  const other = files.filter((file) => !file.endsWith('.html') && file !== '_headers').map((file) => `/${file}`);
  const folders = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dist, path)).isDirectory() && !files.includes(join(path, 'index.html')))
    .map((path) => `/${path}/`);
  return {
    pages,
    files: other,
    // A folder without a page, and a path above the site's root (sent as written, as an attacker's client does).
    unknown: [
      '/no/such/page/',
      '/no-such-file.png',
      '/articles/no-such-story/',
      '/embed/no-such-map/',
      '/_astro/no-such-asset.js',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      ...folders,
    ],
  };
}
/** Embed pages, and any other URL under /embed/ (a 404 there may be framed as the pages there may). */
const isUnderEmbed = (path: string) => path.startsWith('/embed/');

describe.each(Object.keys(deploys))('served by %s', (name) => {
  const deploy = deploys[name]!;
  const { pages, files: FILES, unknown: UNKNOWN } = routesOf(deploy.dist);
  const ASSETS = FILES.filter((path) => path.startsWith('/_astro/'));
  const base = new URL(deploy.site).pathname;
  let site: StaticSite;
  const answers = new Map<string, Answer>();
  beforeAll(async () => {
    site = await deploy.serve();
    for (const path of [...pages, ...UNKNOWN, ...FILES]) answers.set(path, await httpGet(site.origin, base + path.slice(1)));
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
      if (isUnderEmbed(path)) {
        // Browsers obey frame-ancestors in place of X-Frame-Options.
        expect(frameAncestors, path).toEqual(['*']);
      } else {
        expect(frameAncestors, path).toEqual([]);
        expect(answers.get(path)!.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      }
    }
  });

  it('has pages and every other file without a caching rule revalidated on each visit', () => {
    for (const path of [...pages, ...FILES].filter((file) => !ASSETS.includes(file) && file !== '/embed.js')) {
      expect(answers.get(path)!.headers.get('cache-control'), path).toBe(HOST_DEFAULT_CACHE);
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
