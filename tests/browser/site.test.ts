import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { builtPage } from '../../tools/dist.ts';
import { missingWireSentences, publishedWireCopies } from '../helpers/wire.ts';
import { openPage } from '../helpers/open-page.ts';

const { browser, origin } = useBuiltSiteInChromium();

/** Opens a page of the site, recording every console error and uncaught exception it raises. */
const open = (path: string, options: BrowserContextOptions = {}) => openPage(browser(), origin() + path, options);

/** Every built article, found by crawling dist/, with its title. */
const ARTICLES = builtArticles().map(({ route }) => ({ route, title: builtPage(route).querySelector('h1')!.text.trim() }));
/** The newest article, for the checks about the page's frame rather than its story. */
const ARTICLE = builtPage('/')
  .querySelector('a[href*="/articles/"]')!
  .getAttribute('href')!
  .replace(/^https?:\/\/[^/]+/, '');

describe.each(ARTICLES.map((article) => [article.route, article] as const))('%s in Chromium', (route, { title }) => {
  it('shows its headline and every wire sentence, with no console errors', async () => {
    const { page, errors, status } = await open(route);
    expect(status).toBe(200);
    const wire = publishedWireCopies().find((copy) => route === `/articles/${copy.slug}/`);
    if (wire) expect(missingWireSentences(wire, await page.locator('main').innerText())).toEqual([]);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is linked from the home page, and the link opens it', async () => {
    const { page, errors } = await open('/');
    await page.locator(`a[href$="${route}"]`).first().click();
    await page.waitForURL(`**${route}`);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads at 320 px without sideways scrolling', async () => {
    const { page } = await open(route, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('in Chromium', () => {
  it('an unknown address serves the 404 page with status 404', async () => {
    const { page, status } = await open('/no/such/page/');
    expect(status).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    await page.close();
  });

  it('dark mode follows the reader’s system setting', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { page } = await open(ARTICLE, { colorScheme });
      const colours = await page.evaluate((samples) => {
        const html = getComputedStyle(document.documentElement);
        const prose = document.querySelector('.prose')!;
        // A story need not have a subheading or an editor's note: where this one has none, the site's CSS
        // is checked on one added to its prose, written as an article body writes it.
        const colour = (selector: string) => {
          const element = document.querySelector(selector) ?? (prose.insertAdjacentHTML('beforeend', samples[selector]!), document.querySelector(selector));
          return getComputedStyle(element!).color;
        };
        return { bg: html.backgroundColor, fg: ['h1', '.prose > p', '.prose > h2', '.editors-note p'].map(colour) };
      }, PROSE_SAMPLES);
      await page.close();
      return colours;
    };
    const light = await background('light');
    const dark = await background('dark');
    expect(light.bg).toBe('rgb(255, 255, 255)');
    expect(dark.bg).not.toBe(light.bg);
    expect(luminance(dark.bg)).toBeLessThan(0.1);
    // Every kind of text turns light too, not only what sits outside the prose styles.
    expect(dark.fg.length).toBeGreaterThan(0);
    expect(light.fg.length).toBeGreaterThan(0);
    for (const fg of dark.fg) expect(luminance(fg)).toBeGreaterThan(0.6);
    for (const fg of light.fg) expect(luminance(fg)).toBeLessThan(0.1);
  });

  it('prints black on white, its maps’ rings and marks black, whatever the reader’s theme', async () => {
    const { page } = await open(ARTICLE, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const value = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(name).trim();
      const maps = [...document.querySelectorAll('figure[data-map]')];
      return {
        ink: value(document.documentElement, '--color-ink'),
        link: value(document.documentElement, '--color-link'),
        maps: maps.flatMap((map) => ['--map-ring', '--map-launch', '--map-strike'].map((name) => value(map, name))),
      };
    });
    await page.close();
    // Black, however the stylesheet's minifier writes it.
    const black = /^#000(000)?$/;
    expect(colours.ink).toMatch(black);
    expect(colours.link).toMatch(black);
    for (const colour of colours.maps) expect(colour).toMatch(black);
  });

  it('the skip link is the first stop for the keyboard, visible when focused, and moves focus to main', async () => {
    const { page } = await open(ARTICLE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

/** Prose a story may or may not have, as its MDX body renders it: added to a page that lacks it, to check its colours. */
const PROSE_SAMPLES: Record<string, string> = {
  '.prose > p': '<p>A paragraph.</p>',
  '.prose > h2': '<h2>A subheading</h2>',
  '.editors-note p': '<aside class="editors-note" aria-label="Editor’s note"><p>An editor’s note.</p></aside>',
};

/** Relative luminance (0 black to 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
