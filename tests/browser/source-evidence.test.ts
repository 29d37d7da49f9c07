/**
 * "What the source says" in a real browser: folded by default, opened by a click or the keyboard with
 * JavaScript off, big enough to hit on a phone, and left off paper.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { openPage } from '../helpers/open-page.ts';

const { browser, origin } = useBuiltSiteInChromium();
async function open(route: string, javaScriptEnabled: boolean) {
  const { page, close } = await openPage(browser(), origin() + route, { javaScriptEnabled, viewport: { width: 375, height: 800 } });
  // A timeline opens on its key events in brief; all its sources show once every event is shown. A map's
  // launch sources sit folded under its note, and each point of "What we know" folds its own.
  for (const folded of await page.locator('[data-timeline-all] > summary, [data-map-sources] > summary, .what-we-know__sources > summary').all())
    await folded.click();
  return { page, close };
}

describe.each(builtArticles())('what the source says, on $route', ({ route }) => {
  it('opens under every citation, with JavaScript off, by pointer and by keyboard', async () => {
    const { page, close } = await open(route, false);
    const citations = page.locator('[data-sources] > li, .timeline-sources > li, [data-map-sources] li, .what-we-know__sources li');
    const evidence = page.locator('details[data-evidence]');
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(await evidence.count()).toBe(await citations.count());
    const first = evidence.first();
    const quote = first.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await quote.isVisible()).toBe(true);
    expect((await quote.innerText()).length).toBeGreaterThan(20);
    const last = evidence.last();
    await last.evaluate((details) => details.removeAttribute('open'));
    await last.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await last.locator('blockquote').isVisible()).toBe(true);
    await close();
  });

  it('has targets of at least 24 × 24 px and text of at least 12 px, on every source', async () => {
    const { page, close } = await open(route, true);
    const sizes = await page.locator('details[data-evidence] > summary').evaluateAll((summaries) =>
      summaries.map((summary) => {
        const box = summary.getBoundingClientRect();
        return { width: box.width, height: box.height, font: parseFloat(getComputedStyle(summary).fontSize) };
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
      expect(size.font).toBeGreaterThanOrEqual(12);
    }
    await close();
  });

  it('leaves the control and the excerpts off paper, where the sources print with their addresses', async () => {
    const { page, close } = await open(route, true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details[data-evidence]').evaluateAll((all) => all.every((d) => getComputedStyle(d).display === 'none'))).toBe(true);
    await close();
  });
});
