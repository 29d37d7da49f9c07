import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPage, DIST, distFileForUrl, SITE } from '../../tools/dist.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { pngSize } from '../helpers/png.ts';
import { sitePath } from '../../src/lib/site-url.ts';
import { lastModified } from '../../src/lib/articles.ts';
import { contentArticle } from '../../tools/content.ts';
import { isoDay } from '../../src/lib/dates.ts';
import { contentTimeline } from '../helpers/events.ts';
import { contentStories } from '../helpers/stories.ts';

/** Every article the build wrote, found by crawling dist/: each must unfurl and date itself. */
const articles = builtArticles().map(({ slug, route }) => [slug, route] as const);

it('the build wrote at least one article', () => expect(articles.length).toBeGreaterThan(0));

/** A page's <meta> content by property (Open Graph) or name. */
const metaOf = (page: ReturnType<typeof builtPage>) => (key: string) =>
  page.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? page.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

/** The dist/ file behind a URL on our site. */
const fileFor = (url: string) => distFileForUrl(url)!;

describe.each(articles)('the article %s unfurls well', (slug, ARTICLE) => {
  const page = builtPage(ARTICLE);
  const meta = metaOf(page);
  const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute('href')!;

  it('has an absolute canonical URL on SITE_URL, and og:url equal to it', () => {
    expect(canonical).toBe(new URL(ARTICLE.slice(1), SITE).href);
    expect(meta('og:url')).toBe(canonical);
  });

  it('has a description and every Open Graph and X card tag', () => {
    expect(meta('description')).toBe(page.querySelector('[data-dek]')!.text);
    for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt', 'twitter:image:alt']) expect(meta(key), key).toBeTruthy();
    expect(meta('og:type')).toBe('article');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('article:published_time')).toBe(contentArticle(slug).publishedAt.toISOString());
  });

  it('points og:image at a 1200 × 630 PNG under 300 KB that the build wrote', () => {
    const image = meta('og:image')!;
    expect(image).toMatch(/^https?:\/\//);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    const png = readFileSync(fileFor(image));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(300 * 1024);
  });

  it('carries NewsArticle JSON-LD that parses and matches the page', () => {
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(page.querySelector('h1')!.text);
    expect(ld.description).toBe(meta('description'));
    expect(ld.datePublished.slice(0, 10)).toBe(page.querySelector('header time')!.getAttribute('datetime'));
    expect(ld.dateModified).toBeTruthy();
    expect(ld.author[0].name).toBe(page.querySelector('[data-byline]')!.text);
    expect(ld.image[0].url).toBe(meta('og:image'));
    expect(ld.mainEntityOfPage['@id']).toBe(canonical);
    expect(existsSync(fileFor(ld.publisher.logo.url))).toBe(true);
    expect(pngSize(readFileSync(fileFor(ld.publisher.logo.url)))).toEqual({ width: 600, height: 60 });
  });

  it('offers plain share links with the article’s URL and no third-party script', () => {
    const links = page.querySelectorAll('[data-share-bar] a[data-share-target]');
    expect(links.map((a) => a.getAttribute('data-share-target'))).toEqual(['email', 'x', 'facebook', 'linkedin', 'whatsapp', 'telegram']);
    for (const a of links) expect(decodeURIComponent(a.getAttribute('href')!)).toContain(canonical);
    expect(page.querySelectorAll('script[src]').every((s) => s.getAttribute('src')!.startsWith(sitePath('/_astro/', SITE)))).toBe(true);
  });
});

describe.each(articles)('the article %s says when it was updated', (slug, ARTICLE) => {
  const page = builtPage(ARTICLE);
  const meta = metaOf(page);
  // From the content: the latest of its corrections and the as-of dates of the timelines it shows.
  const shown = contentStories().find((story) => story.slug === slug)?.timelines ?? [];
  const data = contentArticle(slug);
  const modified = lastModified(
    data,
    shown.map(({ id }) => contentTimeline(id).asOf.date),
  );

  it('says nothing of an update when nothing changed after publication', () => {
    if (!modified) expect(page.querySelector('[data-updated]')).toBeNull();
  });

  it('in the byline, the structured data, the Open Graph tags and the feed, when it changed', () => {
    if (!modified) return;
    const updated = page.querySelector('[data-updated]')!;
    expect(updated.querySelector('time')!.getAttribute('datetime')).toBe(isoDay(modified));
    expect(updated.text.trim()).toMatch(/^Updated \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(meta('article:modified_time')).toBe(modified.toISOString());
    expect(JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text).dateModified).toBe(modified.toISOString());
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const item = rss.slice(rss.indexOf(new URL(ARTICLE.slice(1), SITE).href));
    expect(item.slice(0, item.indexOf('</item>'))).toContain(`<atom:updated>${modified.toISOString()}</atom:updated>`);
  });
});

describe('feeds, sitemap, icons', () => {
  it('links an RSS feed that lists every article', () => {
    const href = builtPage('/').querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')!;
    const rss = readFileSync(fileFor(href), 'utf8');
    expect(rss).toContain('<rss');
    for (const [, route] of articles) expect(rss).toContain(new URL(route.slice(1), SITE).href);
    expect(rss).toMatch(/<lastBuildDate>[^<]+<\/lastBuildDate>/);
  });

  it('has a sitemap named in robots.txt, without the 404 page', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', SITE).href}`);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const [, route] of articles) expect(sitemap).toContain(new URL(route.slice(1), SITE).href);
    expect(sitemap).not.toContain('404');
  });

  it('has a favicon set and a web manifest whose icons exist', () => {
    const head = builtPage('/');
    const links = head.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]');
    expect(links.map((link) => link.getAttribute('rel'))).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon', 'manifest']));
    for (const link of links) {
      expect(existsSync(fileFor(link.getAttribute('href')!)), link.getAttribute('href')!).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) expect(existsSync(fileFor(icon.src))).toBe(true);
    expect(pngSize(readFileSync(join(DIST, 'icons/icon-512.png')))).toEqual({ width: 512, height: 512 });
  });

  it('keeps the 404 page out of search engines', () => {
    const html = builtHtml('/404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
  });
});
