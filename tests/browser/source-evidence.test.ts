/**
 * "What the source says" in a real browser: folded by default, opened by a click or the keyboard with
 * JavaScript off, big enough to hit on a phone, and left off paper.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';

const { browser, origin } = useBuiltSiteInChromium();
const ARTICLE = '/articles/north-korean-missiles-ukraine/';

async function open(javaScriptEnabled: boolean) {
  const context = await browser().newContext({ javaScriptEnabled, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(origin() + ARTICLE);
  // The timeline opens on its key events in brief; its sources show once every event is shown.
  await page.locator('[data-timeline-all] > summary').click();
  return { page, close: () => context.close() };
}

describe('what the source says', () => {
  it('opens under its citation with JavaScript off, by pointer and by keyboard', async () => {
    const { page, close } = await open(false);
    const evidence = page.locator('[data-timeline] details[data-evidence]');
    expect(await evidence.count()).toBeGreaterThan(20);
    const first = evidence.first();
    const quote = first.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await quote.isVisible()).toBe(true);
    expect((await quote.innerText()).length).toBeGreaterThan(20);
    const second = evidence.nth(1);
    await second.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await second.locator('blockquote').isVisible()).toBe(true);
    await close();
  });

  it('has targets of at least 24 × 24 px and text of at least 12 px, on every source', async () => {
    const { page, close } = await open(true);
    const sizes = await page.locator('details[data-evidence] > summary').evaluateAll((summaries) =>
      summaries.map((summary) => {
        const box = summary.getBoundingClientRect();
        return { width: box.width, height: box.height, font: parseFloat(getComputedStyle(summary).fontSize) };
      }),
    );
    expect(sizes.length).toBeGreaterThan(20);
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
      expect(size.font).toBeGreaterThanOrEqual(12);
    }
    await close();
  });

  it('leaves the control and the excerpts off paper, where the sources print with their addresses', async () => {
    const { page, close } = await open(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details[data-evidence]').evaluateAll((all) => all.every((d) => getComputedStyle(d).display === 'none'))).toBe(true);
    await close();
  });
});
