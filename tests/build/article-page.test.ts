import { describe, expect, it } from 'vitest';
import { builtPage } from '../helpers/dist.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { contentArticle } from '../helpers/content.ts';
import { publishedWireCopies } from '../helpers/wire.ts';
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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

/** Stories whose wire lede says on which weekday the news broke ("disclosed on Thursday"). */
const datedByWire = publishedWireCopies().flatMap((copy) => {
  const weekday = new RegExp(`\\bon (${WEEKDAYS.join('|')})\\b`).exec(copy.sentences[0] ?? '')?.[1];
  return weekday ? [[copy.slug, weekday, copy] as const] : [];
});

describe.each(datedByWire)('the story %s, dated from its wire copy', (slug, weekday, copy) => {
  it('is dated on the weekday its wire lede names, in the week after the last date the wire gives', () => {
    const published = contentArticle(slug).publishedAt;
    expect(WEEKDAYS[published.getUTCDay()]).toBe(weekday);
    // "December 30": the last such day on or before publication; a wire names days of the past week by weekday.
    const dated = [...copy.text.matchAll(new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g'))].map(([, month, day]) => {
      const inYear = (year: number) => Date.UTC(year, MONTHS.indexOf(month!), Number(day));
      const year = published.getUTCFullYear();
      return inYear(year) <= published.getTime() ? inYear(year) : inYear(year - 1);
    });
    expect(dated.length).toBeGreaterThan(0);
    const daysAfter = (published.getTime() - Math.max(...dated)) / DAY_MS;
    expect(daysAfter).toBeGreaterThanOrEqual(0);
    expect(daysAfter).toBeLessThan(7);
  });
});
