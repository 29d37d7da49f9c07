import { describe, expect, it } from 'vitest';
import { builtPage } from '../helpers/dist.ts';
import { foldText, seedSentences } from '../helpers/seed.ts';

const ARTICLE = '/articles/north-korean-missiles-ukraine/';

describe('the built article page', () => {
  const page = builtPage(ARTICLE);
  const article = page.querySelector('article[data-article="north-korean-missiles-ukraine"]')!;

  it('is an English page with header, main and footer landmarks and a skip link to main', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('body > header')).not.toBeNull();
    expect(page.querySelector('main#main')).not.toBeNull();
    expect(page.querySelector('body > footer')).not.toBeNull();
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
  });

  it('has the seed headline as its only h1, word for word, in the house’s sentence case', () => {
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    const h1 = foldText(page.querySelector('h1')!.text);
    expect(h1.toLowerCase()).toBe(seedSentences()[0]!.toLowerCase());
    expect(h1).toMatch(/^White House reveals Russia's use of North Korean missiles/);
  });

  it('contains every sentence of the seed story, verbatim', () => {
    const text = foldText(article.text);
    // The headline (first) is set in the house's sentence case; the test above checks its words.
    const missing = seedSentences()
      .slice(1)
      .filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('dates the story Thursday 4 January 2024 with a machine-readable <time>', () => {
    const time = article.querySelector('header time')!;
    expect(time.getAttribute('datetime')).toBe('2024-01-04');
    expect(time.text).toBe('4 January 2024');
    expect(new Date('2024-01-04T12:00:00Z').getUTCDay()).toBe(4); // the seed's "Thursday"
  });

  it('shows a dek and a byline', () => {
    expect(article.querySelector('[data-dek]')!.text.length).toBeGreaterThan(40);
    expect(article.querySelector('[data-byline]')!.text.trim()).not.toBe('');
  });

  it('breaks the story into sections with headings', () => {
    expect(article.querySelectorAll('.prose h2').length).toBeGreaterThanOrEqual(3);
  });

  it('lists its sources at the end as absolute links', () => {
    const links = article.querySelectorAll('[data-sources] a');
    expect(links.length).toBeGreaterThanOrEqual(3);
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
