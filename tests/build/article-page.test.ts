import { describe, expect, it } from 'vitest';
import { builtPage } from '../../tools/dist.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { contentArticle } from '../../tools/content.ts';
import { formatLongDate, isoDay } from '../../src/lib/dates.ts';

/** Every article page the build wrote, found by crawling dist/. */
const articles = builtArticles().map((article) => article.slug);

it('the build wrote at least one article', () => expect(articles.length).toBeGreaterThan(0));

describe.each(articles.map((slug) => [slug]))('the built article %s', (slug) => {
  const page = builtPage(`/articles/${slug}/`);
  const article = page.querySelector(`article[data-article="${slug}"]`)!;
  const data = contentArticle(slug);

  it('is an English page with header, main and footer landmarks and a skip link to main', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('body > header')).not.toBeNull();
    expect(page.querySelector('main#main')).not.toBeNull();
    expect(page.querySelector('body > footer')).not.toBeNull();
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
  });

  it('has one h1, its title', () => {
    expect(page.querySelectorAll('h1').map((h1) => h1.text.trim())).toEqual([data.title]);
  });

  it('dates the story with a machine-readable <time>', () => {
    const time = article.querySelector('header time')!;
    expect(time.getAttribute('datetime')).toBe(isoDay(data.publishedAt));
    expect(time.text).toBe(formatLongDate(data.publishedAt));
  });

  it('shows a dek and a byline', () => {
    expect(article.querySelector('[data-dek]')!.text.trim()).toBe(data.dek);
    expect(article.querySelector('[data-byline]')!.text.trim()).not.toBe('');
  });

  it('lists its sources at the end as absolute links', () => {
    const links = article.querySelectorAll('[data-sources] a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(data.sources.map((s) => s.url)));
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('loads nothing from another origin', () => {
    const external = page
      .querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="icon"], link[rel="manifest"], script[src], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });
});
