/**
 * One type scale on screen (src/lib/theme/type-scale.ts): on every page found in dist/, at 320, 375, 768
 * and 1280 px with every disclosure open, the text Chromium lays out (visible or kept for screen readers)
 * comes in at most 6 font sizes and 2 weights. Each (size, weight) pair costs Chromium a query for its
 * font settings before it paints (README, Performance).
 *
 * Map labels count at their size as declared in CSS px: they scale with their drawing, but Chromium picks
 * their font, and asks its settings, at the declared size, which is a step of the scale for every label
 * set (14, 20 or 30 units).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

const { browser, origin } = useBuiltSiteInChromium();

const ROUTES = nonEmpty(
  builtPages().map((page) => page.route),
  'pages in dist/',
);
const WIDTHS = [320, 375, 768, 1280];

/** The distinct computed font sizes and weights of the text laid out on the page, with an example of each. */
function typeInUse(): { sizes: Record<string, string>; weights: Record<string, string>; texts: number } {
  const sizes: Record<string, string> = {};
  const weights: Record<string, string> = {};
  let texts = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('script, style, noscript, template')) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    texts += 1;
    const style = getComputedStyle(element);
    const example = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${text.slice(0, 24)}"`;
    sizes[style.fontSize] ??= example;
    weights[style.fontWeight] ??= example;
  }
  return { sizes, weights, texts };
}

describe.each(ROUTES)('%s', (route) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext();
    page = await context.newPage();
    await page.goto(origin() + route);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  });
  afterAll(() => context.close());

  it.each(WIDTHS)('at %i px sets its text in at most 6 sizes and 2 weights', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    const type = await page.evaluate(typeInUse);
    expect(type.texts).toBeGreaterThan(0);
    expect(Object.keys(type.sizes).length, JSON.stringify(type.sizes)).toBeLessThanOrEqual(6);
    expect(Object.keys(type.weights).length, JSON.stringify(type.weights)).toBeLessThanOrEqual(2);
  });
});
