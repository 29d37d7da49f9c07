/**
 * The Content-Security-Policy, in one place. Astro adds script-src and style-src (with the hashes of
 * what it emits) to a <meta> tag on every page from these directives; public/_headers sends the same
 * policy as a header, where frame-ancestors (ignored in <meta>) also works.
 */
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
