/**
 * The site as nginx serves it: what `npm run nginx-headers` prints, to include in the `server { }`
 * block that serves the site. It sends the rules of headers.ts as Cloudflare Pages applies dist/_headers,
 * on every response (redirects and errors included), and does what that host does unasked: the site's
 * 404 page with status 404 for an unknown URL, a folder without a page or a URL nginx refuses
 * (`/%2e%2e/`); relative redirects; pages revalidated on every visit; `_headers` never served; no
 * version in `Server`.
 *
 * nginx matches `location` against the decoded, normalised path (`/erklärungen/`, never
 * `/erkl%C3%A4rungen/`), so the site's path is written decoded, and every path, folder and value is
 * quoted: inside double quotes only `"` and `\` are special to nginx's parser. `$` cannot be quoted:
 * error_page, alias, root and add_header read it as a variable, and nginx has no escape for it.
 */
import { HOST_DEFAULT_CACHE, NOT_FOUND_CACHE, headerRules, type HeaderRule } from './headers.ts';

export interface NginxSite {
  /** SITE_URL's path as URLs carry it: `/`, `/explainers/`, `/erkl%C3%A4rungen/`. */
  base: string;
  /** The absolute folder on the server holding what the build wrote into dist/. */
  folder: string;
}

/** One `location` per header rule, with every header of every rule that matches its paths. */
interface RuleLocation {
  path: string;
  exact: boolean;
  headers: [string, string][];
}

/** The configuration for a `server { }` block: a few server-wide lines and one `location` tree for the site. */
export function nginxConfig({ base, folder }: NginxSite): string {
  const path = decodedPath(base);
  const root = checkedFolder(folder);
  const [site, ...inner] = ruleLocations(headerRules(path));
  if (site?.path !== path || site.exact) throw new Error(`headers.ts must start with the rule for every path under ${path}`);
  const notFound = [site, ...inner].map((location) => notFoundLocation(location, root));
  const siteBlock = [
    `location ${quote(path)} {`,
    ...indent([
      `alias ${quote(`${root}/`)};`,
      // A types block below a level replaces that level's table, so the standard one is included again.
      'include mime.types;',
      'types { application/manifest+json webmanifest; }',
      'charset utf-8;',
      ...locationLines(site),
      `location = ${quote(`${path}_headers`)} { return 404; }`,
      `location = ${quote(`${path}404.html`)} {`,
      ...indent(notFoundHeaders(site)),
      '}',
      ...inner.flatMap((location) => [`location ${location.exact ? '= ' : ''}${quote(location.path)} {`, ...indent(locationLines(location)), '}']),
    ]),
    '}',
  ];
  // `/explainers` without its slash is no file: send readers to the site, as nginx does for a folder.
  const bare = path === '/' ? [] : [`location = ${quote(path.slice(0, -1))} {`, ...indent([`return 301 ${quote(base)};`, ...locationLines(site)]), '}'];
  const serverWide = [
    'server_tokens off;',
    'absolute_redirect off;',
    // Requests nginx refuses before it picks a location (a path above the root, a malformed request
    // line, a URL or header too long): nginx has no path to go on, so a named location cannot serve them.
    `error_page 400 414 494 =404 ${quote(`${path}404.html`)};`,
  ];
  return [serverWide, siteBlock, bare, ...notFound]
    .filter((block) => block.length)
    .map((block) => block.join('\n'))
    .join('\n\n')
    .concat('\n');
}

function ruleLocations(rules: HeaderRule[]): RuleLocation[] {
  const pattern = (path: string) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return rules.map((rule) => {
    const example = rule.path.replace(/\*$/, 'x');
    return {
      path: rule.path.replace(/\*$/, ''),
      exact: !rule.path.endsWith('*'),
      headers: rules.filter((other) => pattern(other.path).test(example)).flatMap((other) => other.headers),
    };
  });
}

/**
 * A location's headers and 404 page: `always` also sends a header with errors and redirects; caching
 * goes with real files only (the 404 page sets its own).
 */
function locationLines({ path, headers }: RuleLocation): string[] {
  const cached = headers.some(([name]) => name === 'Cache-Control');
  return [
    ...headers.map(([name, value]) => `add_header ${name} ${quote(value)}${name === 'Cache-Control' ? '' : ' always'};`),
    ...(cached ? [] : [`add_header Cache-Control ${quote(HOST_DEFAULT_CACHE)};`]),
    `error_page 403 404 =404 ${quote(notFoundName({ path }))};`,
  ];
}

/**
 * The site's 404 page for a location's misses, with that location's headers, as Cloudflare applies the
 * rules of the requested path to a 404 (an embed URL's 404 may be framed, as embed pages may).
 */
function notFoundLocation(location: RuleLocation, root: string): string[] {
  return [
    `location ${quote(notFoundName(location))} {`,
    ...indent([`root ${quote(root)};`, 'try_files /404.html =404;', 'types { }', 'default_type text/html;', 'charset utf-8;', ...notFoundHeaders(location)]),
    '}',
  ];
}

/** A location's headers on its 404 page: never cached. */
function notFoundHeaders({ headers }: RuleLocation): string[] {
  return [
    ...headers.filter(([name]) => name !== 'Cache-Control').map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    `add_header Cache-Control ${quote(NOT_FOUND_CACHE)} always;`,
  ];
}

/** A named location: one per site and path, so two sites can share a server. */
function notFoundName({ path }: Pick<RuleLocation, 'path'>): string {
  return `@not-found ${path}`;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `    ${line}`);
}

/** A double-quoted nginx string: `\` and `"` escaped, all else literal (callers refuse `$`). */
function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * Characters nginx cannot be given safely: `$` (a variable, with no escape), `?` (error_page cuts a
 * query off at it) and control characters.
 */
function unsafeCharacter(text: string): string | undefined {
  return /[$?\p{Cc}]/u.exec(text)?.[0];
}

/** SITE_URL's path as nginx compares it: decoded, and refused if nginx could never match it or be given it. */
function decodedPath(base: string): string {
  let path: string;
  try {
    path = decodeURIComponent(base);
  } catch {
    throw new Error(`SITE_URL's path "${base}" has a "%" that starts no UTF-8 character (write ä as %C3%A4, or as ä)`);
  }
  const unsafe = unsafeCharacter(path);
  if (unsafe) throw new Error(`SITE_URL's path "${base}" contains ${JSON.stringify(unsafe)}, which nginx cannot be given safely; choose a path without it`);
  if (!path.startsWith('/') || !path.endsWith('/') || /\/\/|\/\.\.?\//.test(path)) {
    throw new Error(`SITE_URL's path "${base}" is not one nginx can match (it merges "//" and resolves "." and ".."); write it as /name/`);
  }
  return path;
}

/** The folder for alias and root: absolute, below /, without a trailing slash. */
function checkedFolder(folder: string): string {
  const unsafe = unsafeCharacter(folder);
  if (unsafe)
    throw new Error(`The folder "${folder}" contains ${JSON.stringify(unsafe)}, which nginx cannot be given safely; move the site to a folder without it`);
  if (!/^\/[^/]/.test(folder)) throw new Error(`The folder must be an absolute path such as /srv/explainers, got "${folder}"`);
  return folder.replace(/\/+$/, '');
}
