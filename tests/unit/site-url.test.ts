import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, DEFAULT_SITE_URL, routeOf, sitePath, siteUrl } from '../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it('defaults to the local preview origin', () => {
    expect(siteUrl(undefined)).toBe(`${DEFAULT_SITE_URL}/`);
    expect(siteUrl('')).toBe(`${DEFAULT_SITE_URL}/`);
  });

  it('keeps a sub-path and always ends with a slash', () => {
    expect(siteUrl('https://news.example.org')).toBe('https://news.example.org/');
    expect(siteUrl('https://example.org/explainers')).toBe('https://example.org/explainers/');
  });

  it('refuses what is not an absolute http(s) URL, or carries a query, fragment or credentials', () => {
    expect(() => siteUrl('news.example.org')).toThrow(/SITE_URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/http or https/);
    for (const bad of ['https://example.org/?a=1', 'https://example.org/#top', 'https://user:pass@example.org/']) {
      expect(() => siteUrl(bad), bad).toThrow(/without query, fragment or credentials/);
    }
  });
});

describe.each([
  ['https://news.example.org/', '/'],
  ['https://example.org/explainers/', '/explainers/'],
])('routes on %s', (site, base) => {
  it('has the site’s path as its base', () => {
    expect(basePath(site)).toBe(base);
  });

  it('puts the base in front of every route, once', () => {
    expect(sitePath('/', site)).toBe(base);
    expect(sitePath('/articles/x/', site)).toBe(`${base}articles/x/`);
    expect(sitePath('/embed/x/?theme=dark#map', site)).toBe(`${base}embed/x/?theme=dark#map`);
    expect(absoluteUrl('/embed.js', site)).toBe(`${site}embed.js`);
  });

  it('reads the route back from a request path, and refuses one outside the site', () => {
    expect(routeOf(sitePath('/articles/x/', site), site)).toBe('/articles/x/');
    expect(routeOf(base, site)).toBe('/');
    if (base !== '/') expect(() => routeOf('/articles/x/', site)).toThrow(/not under/);
  });
});
