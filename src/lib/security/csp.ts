/**
 * The Content-Security-Policy, in one place. Astro adds script-src and style-src (with the hashes of
 * what it emits, and STYLE_HASHES) to a <meta> tag on every page from these directives; public/_headers
 * sends the same policy as a header, where frame-ancestors (ignored in <meta>) also works.
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

/** style-src as the header policy must send it: our origin and the inline stylesheet, nothing else. */
export const STYLE_SRC = ["style-src 'self'", ...STYLE_HASHES.map((hash) => `'${hash}'`)].join(' ');
