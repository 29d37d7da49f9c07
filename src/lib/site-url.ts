/**
 * Every URL the site prints, built from one value: SITE_URL, the public address of the site's root,
 * with or without a path (`https://example.org/explainers/` on a GitHub Pages project site or behind a
 * newsroom CDN). Knows nothing of Astro: the config, pages, endpoints and tests all call these.
 *
 * A route is a path inside the site, written from the site's root: `/`, `/articles/x/`, `/embed.js`.
 * Never print a route as it is: `sitePath` (for href/src) and `absoluteUrl` (for canonical, feeds,
 * share cards, embed snippets) put the site's path in front of it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** SITE_URL checked and normalised: an absolute http(s) URL ending in a slash. A wrong one fails loudly. */
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
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an origin and an optional path, without query, fragment or credentials, got "${raw}"`);
  }
  // Keep a sub-path (e.g. https://example.org/explainers) but always end it with a slash.
  return url.origin + url.pathname.replace(/\/?$/, '/');
}

/** The site's path on its host (`/` or `/explainers/`): Astro's `base`. */
export function basePath(site: string | URL): string {
  return new URL(site).pathname;
}

/** A route as an absolute URL on the site. */
export function absoluteUrl(route: string, site: string | URL): string {
  return new URL(route.replace(/^\//, ''), site).href;
}

/** A route as a root-relative reference (`/explainers/articles/x/`), for href and src on our own pages. */
export function sitePath(route: string, site: string | URL): string {
  const url = new URL(absoluteUrl(route, site));
  return url.pathname + url.search + url.hash;
}

/** The route a request path points to (`/explainers/articles/x/` → `/articles/x/`), e.g. from Astro.url. */
export function routeOf(pathname: string, site: string | URL): string {
  const base = basePath(site);
  if (!pathname.startsWith(base)) throw new Error(`"${pathname}" is not under the site's path "${base}"`);
  return `/${pathname.slice(base.length)}`;
}
