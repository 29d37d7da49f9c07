/**
 * The HTTP headers the site needs from its host, written at build time into dist/_headers, the file
 * Netlify and Cloudflare Pages both read (and that `npm run nginx-headers` turns into nginx configuration).
 *
 * Hosts apply every rule whose path matches, including to 404 responses for any unknown URL, and
 * differ on a header two matching rules both set: Cloudflare joins the values with a comma, Netlify
 * keeps the later rule's. So the site-wide rule carries no frame-ancestors, and refuses framing with
 * X-Frame-Options; the embed rule adds a policy with `frame-ancestors *`, which browsers obey in
 * place of X-Frame-Options. Whether joined (two policies, both enforced) or replaced, every
 * response keeps the whole policy, and only embed pages can be framed by other sites.
 */
import { contentSecurityPolicy } from './csp.ts';

export interface HeaderRule {
  /** A path pattern as the hosts read it: `*` matches anything, including slashes. */
  path: string;
  headers: [name: string, value: string][];
}

/** A year: hashed file names change whenever their content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What Cloudflare Pages and Netlify send, with no rule, for every other file (pages included): keep a
 * copy, but ask the host on every use, so a new build shows at once. A host without this default (nginx)
 * must send it itself.
 */
export const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

/** What Cloudflare Pages sends with every 404, whatever a rule says: the next deploy may have the file. */
export const NOT_FOUND_CACHE = 'no-store';

const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', contentSecurityPolicy()],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Nothing on the site uses these but geolocation, which a map's "Use my location" asks for only when pressed
  // (town-search.ts): allowed for the site's own pages, never lent to other sites' frames; an embedding page
  // cannot lend any of them to our frames either.
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
];

/** The rules for a site served under `base` (`/` or `/explainers/`). */
export function headerRules(base: string): HeaderRule[] {
  return [
    { path: `${base}*`, headers: SECURITY_HEADERS },
    { path: `${base}embed/*`, headers: [['Content-Security-Policy', contentSecurityPolicy('*')]] },
    { path: `${base}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
    // The host script keeps one address for every snippet ever pasted, so it may change: cache briefly.
    {
      path: `${base}embed.js`,
      headers: [
        ['Access-Control-Allow-Origin', '*'],
        ['Cache-Control', 'public, max-age=300'],
      ],
    },
  ];
}

/** The `_headers` file: a path line, then indented `Name: value` lines. */
export function headersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build from src/lib/security/headers.ts; edit that file, not this one.\n\n${blocks.join('\n\n')}\n`;
}
