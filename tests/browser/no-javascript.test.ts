import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { foldText, seedSentences } from '../helpers/seed.ts';

const { browser, origin } = useBuiltSiteInChromium();

describe('the article with JavaScript off', () => {
  it('shows its text, both maps with countries and rings, and the timeline', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin()}/articles/north-korean-missiles-ukraine/`);

    const text = foldText(await page.locator('main').innerText());
    expect(seedSentences().filter((s, i) => !(i === 0 ? text.toLowerCase().includes(s.toLowerCase()) : text.includes(s)))).toEqual([]);

    for (const id of ['ukraine-900km', 'korea-900km']) {
      const svg = page.locator(`figure[data-map="${id}"] svg.range-map__svg`);
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.isVisible()).toBe(true);
      expect(await svg.locator('path[data-country]').count()).toBeGreaterThan(3);
      const ring = svg.locator('path[data-range-km="900"]');
      expect(await ring.evaluate((el) => (el as SVGPathElement).getTotalLength())).toBeGreaterThan(500);
      expect(await svg.locator('[data-place]').count()).toBeGreaterThan(5);
    }

    // The timeline opens on its key events; its one control shows them all, no script needed.
    const entries = page.locator('[data-timeline] ol > li');
    expect(await entries.count()).toBeGreaterThanOrEqual(15);
    const key = page.locator('[data-timeline] ol > li[data-key="true"]');
    await key.first().scrollIntoViewIfNeeded();
    expect(await key.first().isVisible()).toBe(true);
    expect(await entries.filter({ visible: true }).count()).toBe(await key.count());
    await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
    expect(await entries.filter({ visible: true }).count()).toBe(await entries.count());
    await context.close();
  });
});
