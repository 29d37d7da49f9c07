import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { foldText, seedSentences } from '../helpers/seed.ts';

const { browser, origin } = useBuiltSiteInChromium();

/** Opens a page and records every console error and uncaught exception it raises. */
async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}) {
  const page = await browser().newPage(options);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(origin() + path);
  return { page, errors, status: response?.status() };
}

const ARTICLE = '/articles/north-korean-missiles-ukraine/';

describe('in Chromium', () => {
  it('the article shows every seed sentence, with no console errors', async () => {
    const { page, errors, status } = await open(ARTICLE);
    expect(status).toBe(200);
    const text = foldText(await page.locator('main').innerText());
    // The headline is set in sentence case: its words are checked apart from the paragraphs'.
    const [headline, ...sentences] = seedSentences();
    expect(sentences.filter((s) => !text.includes(s))).toEqual([]);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(foldText(await page.getByRole('heading', { level: 1 }).innerText()).toLowerCase()).toBe(headline!.toLowerCase());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the home page links the article and the link opens it', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('link', { name: /North Korean missiles/ }).click();
    await page.waitForURL(`**${ARTICLE}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/North Korean missiles/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown address serves the 404 page with status 404', async () => {
    const { page, status } = await open('/no/such/page/');
    expect(status).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    await page.close();
  });

  it('dark mode follows the reader’s system setting', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { page } = await open(ARTICLE, { colorScheme });
      const colours = await page.evaluate(() => {
        const html = getComputedStyle(document.documentElement);
        const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
        return { bg: html.backgroundColor, fg: [colour('h1'), colour('.prose p'), colour('.prose h2'), colour('.editors-note p')] };
      });
      await page.close();
      return colours;
    };
    const light = await background('light');
    const dark = await background('dark');
    expect(light.bg).toBe('rgb(255, 255, 255)');
    expect(dark.bg).not.toBe(light.bg);
    expect(luminance(dark.bg)).toBeLessThan(0.1);
    // Every kind of text turns light too, not only what sits outside the prose styles.
    for (const fg of dark.fg) expect(luminance(fg)).toBeGreaterThan(0.6);
    for (const fg of light.fg) expect(luminance(fg)).toBeLessThan(0.1);
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

  it('reads at 320 px without sideways scrolling', async () => {
    const { page } = await open(ARTICLE, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

/** Relative luminance (0 black to 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
