import { describe, expect, it } from 'vitest';
import { builtPage, SITE } from '../../tools/dist.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { sitePath } from '../../src/lib/site-url.ts';

describe('the home page', () => {
  const page = builtPage('/');

  it('links every article, newest first, with its dek and date', () => {
    const items = page.querySelectorAll('[data-article-list] > li');
    expect(items.length).toBeGreaterThanOrEqual(1);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(items.length).toBe(builtArticles().length);
    for (const { route } of builtArticles()) {
      const item = items.find((li) => li.querySelector('a')?.getAttribute('href') === sitePath(route, SITE));
      expect(item?.querySelector('p')?.text, route).toBe(builtPage(route).querySelector('[data-dek]')!.text);
    }
  });
});

describe('the 404 page', () => {
  const page = builtPage('/404.html');

  it('says the page is missing and links home', () => {
    expect(page.querySelector('h1')?.text).toBe('Page not found');
    expect(page.querySelector(`main a[href="${sitePath('/', SITE)}"]`)).not.toBeNull();
  });
});
