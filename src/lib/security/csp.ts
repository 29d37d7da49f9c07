/**
 * The Content-Security-Policy, in one place. Astro writes CSP_DIRECTIVES into a <meta> tag on every
 * page and adds script-src and style-src with the hashes of what it emits (and STYLE_HASHES); the build
 * also sends the policy as a header (src/lib/security/headers.ts), where frame-ancestors (ignored in
 * <meta>) works.
 */
import { SITE_CSS } from '../styles/site-css.ts';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The inline stylesheet every page carries (src/lib/styles/site-css.ts): the only inline style allowed. */
export const STYLE_HASHES = [SITE_CSS.hash] as const;

/** Where scripts and styles may come from, in the header policy: our own files, and the site's inline CSS. */
export const SCRIPT_SOURCES = ["'self'"] as const;
export const STYLE_SOURCES = ["'self'", ...STYLE_HASHES.map((hash) => `'${hash}'`)] as const;

/** The policy as a header value. `frameAncestors` only where framing is allowed: see headers.ts. */
export function contentSecurityPolicy(frameAncestors?: string): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : []),
  ].join('; ');
}
