/**
 * `npm run nginx-headers` as an operator uses it, on Debian's nginx on loopback, beyond the header table
 * that deploy-headers.test.ts checks on every host: `_headers` hidden, relative redirects, MIME types,
 * no version in `Server`, the site's 404 for requests nginx refuses; and hostile site paths and folders,
 * either refused with a message or quoted so that nginx accepts them and serves the site there.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, SITE, SUBPATH_DIST, SUBPATH_SITE } from '../../tools/dist.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { httpGet, type Answer } from '../helpers/http-get.ts';
import { nginxAccepts, nginxHeadersCommand, serveWithNginx } from '../helpers/nginx.ts';
import type { StaticSite } from '../../tools/static-server.ts';

const SITES = [
  { site: SITE, folder: DIST },
  { site: SUBPATH_SITE, folder: SUBPATH_DIST },
  { site: 'https://example.org/erklärungen/', folder: DIST },
];

/** The type each kind of file the build writes must be served with; a new kind must be added here. */
const TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.js': /^(text|application)\/javascript; charset=utf-8$/,
  '.css': /^text\/css$/,
  '.json': /^application\/json$/,
  '.svg': /^image\/svg\+xml$/,
  '.png': /^image\/png$/,
  '.xml': /^(text|application)\/xml; charset=utf-8$/,
  '.txt': /^text\/plain; charset=utf-8$/,
  '.webmanifest': /^application\/manifest\+json$/,
};

/** Every header but the ones that differ between any two responses (nginx closes the connection after a refused request). */
const headersOf = (answer: Answer) => [...answer.headers].filter(([name]) => !['date', 'content-length', 'last-modified', 'etag', 'connection'].includes(name));

// One nginx for each: a request nginx refuses before it reads the Host goes to the port's first server.
describe.each(SITES)('nginx serving $folder as $site', ({ site, folder }) => {
  const base = new URL(site).pathname;
  const files = filesUnder(folder);
  const pages = files.filter((file) => file.endsWith('/index.html')).map((file) => `/${file.replace(/index\.html$/, '')}`);
  let server: StaticSite;
  const get = (path: string, options: { headers?: Record<string, string> } = {}) => httpGet(server.origin, path, options);
  let notFound: Answer;
  beforeAll(async () => {
    server = await serveWithNginx([{ site, folder }]);
    notFound = await get(`${base}no/such/page/`);
  }, 90_000);
  afterAll(() => server?.close());

  it('never serves the _headers file, and answers it as any unknown URL', async () => {
    const answer = await get(`${base}_headers`);
    expect(answer.status).toBe(404);
    expect(answer.body === readFileSync(join(folder, '404.html'), 'utf8'), 'the site’s 404 page').toBe(true);
    expect(headersOf(answer)).toEqual(headersOf(notFound));
  });

  it('answers requests nginx refuses (a path above the root, a URL or header too long) with the site’s 404 and its headers', async () => {
    for (const answer of [
      await get(`${base}%2e%2e/%2e%2e/%2e%2e/etc/passwd`),
      await get(`${base}${'a'.repeat(10_000)}`),
      await get(base, { headers: { cookie: 'a'.repeat(10_000) } }),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body === notFound.body, 'the site’s 404 page').toBe(true);
      expect(headersOf(answer)).toEqual(headersOf(notFound));
    }
  });

  it('redirects each page without its trailing slash, and the site’s bare path, to a relative URL, with the headers', async () => {
    const paths = [...pages.filter((page) => page !== '/').map((page) => page.slice(0, -1)), ...(base === '/' ? [] : ['/'])];
    for (const path of paths) {
      const asked = `${base}${path.slice(1)}`.replace(/\/$/, '');
      const answer = await get(asked);
      expect(answer.status, asked).toBe(301);
      expect(answer.headers.get('location'), asked).toBe(`${asked}/`);
      expect(answer.headers.get('x-frame-options'), asked).toBe('SAMEORIGIN');
      expect(answer.headers.get('content-security-policy'), asked).toContain("default-src 'self'");
    }
  });

  it('serves every file with its type, pages as UTF-8', async () => {
    for (const file of files.filter((name) => name !== '_headers')) {
      const type = TYPES[extname(file)];
      expect(type, `no expected type for ${file}: add its extension to TYPES`).toBeDefined();
      const answer = await get(`${base}${file}`);
      expect(answer.headers.get('content-type'), file).toMatch(type!);
    }
  });

  it('names no version in Server, on pages or errors', async () => {
    for (const answer of [await get(base), notFound, await get(`${base}%2e%2e/%2e%2e/%2e%2e/x`)]) expect(answer.headers.get('server')).toBe('nginx');
  });
});

/** Paths a SITE_URL may carry that read as configuration if copied unquoted (`"; return 200 injected; #`). */
const HOSTILE_SITES = [
  'https://example.org/a%20b/',
  'https://example.org/x%22;%20return%20200%20injected;%20%23/',
  "https://example.org/%7Bbraces%7D;semi'quote/",
  'https://example.org/back%5Cslash%5C%22/',
  'https://example.org/a%23b/',
  'https://example.org/erkl%C3%A4rungen/',
];

describe('npm run nginx-headers, given hostile paths and folders', () => {
  let folders: string;
  let server: Awaited<ReturnType<typeof serveWithNginx>>;
  const sites = () => HOSTILE_SITES.map((site) => ({ site, folder: join(folders, 'dist "copy"; {x}') }));
  beforeAll(async () => {
    folders = mkdtempSync(join(tmpdir(), 'nginx-folders-'));
    symlinkSync(DIST, join(folders, 'dist "copy"; {x}'));
    server = await serveWithNginx(sites());
  }, 90_000);
  afterAll(async () => {
    await server?.close();
    rmSync(folders, { recursive: true, force: true });
  });

  // The command ran for every site as nginx started (serveWithNginx fails if it does not exit 0).
  it('quotes them so that nginx -t accepts them', { timeout: 60_000 }, () => {
    expect(server.snippets).toHaveLength(HOSTILE_SITES.length);
    const tested = nginxAccepts(server.snippets);
    expect(tested.ok, tested.output).toBe(true);
  });

  it('serves the site at each path, and nothing of the path becomes a directive', async () => {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    for (const [i, site] of HOSTILE_SITES.entries()) {
      const base = new URL(site).pathname;
      const page = await httpGet(server.origin, base, { host: `site-${i}` });
      expect(page.status, site).toBe(200);
      expect(page.body, site).toBe(home);
      expect(page.headers.get('x-frame-options'), site).toBe('SAMEORIGIN');
      const missing = await httpGet(server.origin, `${base}no/such/page/`, { host: `site-${i}` });
      expect(missing.status, site).toBe(404);
      expect(missing.body, site).toContain('Page not found');
      // Where an unquoted path would have ended, nginx has no site and no injected answer.
      const cut = await httpGet(server.origin, base.split(/%22|%7B|;/)[0]!, { host: `site-${i}` });
      expect(cut.body, site).not.toContain('injected');
    }
  });

  it.each([
    ['https://example.org/a$b/', '"$"'],
    ['https://example.org/a%3Fb/', '"?"'],
    ['https://example.org/a%0Ab%7D/', '"\\n"'],
    ['https://example.org/a//b/', 'merges "//"'],
    ['https://example.org/a%E4/', 'starts no UTF-8 character'],
  ])('refuses %s with a message, printing nothing', { timeout: 20_000 }, (site, message) => {
    const printed = nginxHeadersCommand(site, '/srv/explainers');
    expect(printed.status).toBe(1);
    expect(printed.stdout).toBe('');
    expect(printed.stderr).toContain(`nginx-headers: SITE_URL's path`);
    expect(printed.stderr).toContain(message);
  });

  it.each([
    ['/srv/$explainers', '"$"'],
    ['/srv/explainers\n}', '"\\n"'],
    ['srv/explainers', 'absolute path'],
  ])('refuses the folder %j with a message, printing nothing', { timeout: 20_000 }, (folder, message) => {
    const printed = nginxHeadersCommand('https://example.org/', folder);
    expect(printed.status).toBe(1);
    expect(printed.stdout).toBe('');
    expect(printed.stderr).toContain(message);
  });
});
