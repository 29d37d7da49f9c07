import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { DIST } from './dist.ts';
import { HOST_DEFAULT_CACHE } from '../src/lib/security/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format): a path line, then indented `Name: value`
 * lines. In a path, `*` matches anything (slashes included) and `:name` one path segment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * The headers for a request path, as Cloudflare Pages applies them: every matching rule counts, for
 * whatever the response is (a 404 included), and a header set by several rules gets their values
 * joined by commas.
 */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  root?: string;
  /** Extra routes (path → body), e.g. test host pages. */
  pages?: Record<string, string>;
  /** Other folders served under a path prefix, e.g. `{ '/vendor/d3/': 'node_modules/d3/dist' }`. */
  mounts?: Record<string, string>;
  /**
   * Compress as a CDN does for static files (brotli or gzip, as the browser asks): each file is
   * compressed once, at the highest settings, and the same bytes are served to every request after.
   */
  compress?: boolean;
  /** The path the folder is served under, as a sub-path deploy does (`/explainers/`); default `/`. */
  base?: string;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Compressed copies, made on a file's first request: the cost of compressing never lands on a later one. */
const precompressed = new Map<string, { source: Buffer; br: Buffer; gzip: Buffer }>();
function compressedCopies(file: string, body: Buffer) {
  let copies = precompressed.get(file);
  if (!copies || !copies.source.equals(body)) {
    copies = {
      source: body,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzip: gzipSync(body, { level: 9 }),
    };
    precompressed.set(file, copies);
  }
  return copies;
}

/**
 * Serves a built folder on a free loopback port the way a static host does: index.html for folders,
 * 404.html with status 404, and the headers from its `_headers` file, matched against the requested
 * path for every response, as Cloudflare Pages does (tests/build/deploy-headers.test.ts compares).
 */
export async function serveStatic({ root = DIST, pages = {}, mounts = {}, compress = false, base = '/' }: ServeOptions = {}): Promise<StaticSite> {
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const headersFor = (path: string) => headersForPath(rules, path);

  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (pages[path] !== undefined) return void response.writeHead(200, { 'content-type': TYPES['.html']! }).end(pages[path]);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const folder = mount ? mounts[mount]! : root;
    let file = join(folder, mount ? path.slice(mount.length) : path.slice(base.length - 1));
    if (!file.startsWith(folder)) return void response.writeHead(403).end();
    try {
      if (!mount && !path.startsWith(base)) throw new Error('outside the site');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body: Buffer = await readFile(file);
      // Like Cloudflare Pages: files without a caching rule are revalidated on each visit.
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': HOST_DEFAULT_CACHE,
        ...headersFor(path),
      };
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (compress && COMPRESSIBLE.has(extname(file))) {
        const copies = compressedCopies(file, body);
        if (/\bbr\b/.test(accepts)) [body, headers['content-encoding']] = [copies.br, 'br'];
        else if (/\bgzip\b/.test(accepts)) [body, headers['content-encoding']] = [copies.gzip, 'gzip'];
        headers.vary = 'accept-encoding';
      }
      response.writeHead(200, headers).end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => 'Not found');
      // Like Cloudflare Pages: the rules' headers, but a 404 is never cached, whatever a rule says.
      response.writeHead(404, { 'content-type': TYPES['.html']!, ...headersFor(path), 'cache-control': 'no-store' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
