/**
 * The site's public origin. Knows nothing of Astro: the config and the tests both call it.
 * A wrong SITE_URL must fail loudly, or every canonical link and embed snippet would be broken.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function siteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://news.example.org, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  // Keep a sub-path (e.g. https://example.org/explainers) but always end it with a slash.
  return url.origin + url.pathname.replace(/\/?$/, '/');
}
