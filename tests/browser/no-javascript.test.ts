import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtArticles } from '../helpers/dist-files.ts';
import { builtPage } from '../../tools/dist.ts';
import { missingWireSentences, publishedWireCopies } from '../helpers/wire.ts';
import { openPage } from '../helpers/open-page.ts';

const { browser, origin } = useBuiltSiteInChromium();

/** Every built article (found by crawling dist/), with its maps and its wire copy when it has one. */
const articles = builtArticles().map(({ route }) => ({
  route,
  maps: builtPage(route)
    .querySelectorAll('figure[data-map]')
    .map((figure) => figure.getAttribute('data-map')!),
  hasTimeline: builtPage(route).querySelector('[data-timeline]') !== null,
  wire: publishedWireCopies().find((copy) => route === `/articles/${copy.slug}/`),
}));

describe.each(articles.map((article) => [article.route, article] as const))('%s with JavaScript off', (route, article) => {
  it('shows its text, every map with countries and rings, and its timeline', async () => {
    const { page, context } = await openPage(browser(), origin() + route, { javaScriptEnabled: false });

    if (article.wire) expect(missingWireSentences(article.wire, await page.locator('main').innerText())).toEqual([]);

    for (const id of article.maps) {
      const svg = page.locator(`figure[data-map="${id}"] svg.range-map__svg`);
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.isVisible()).toBe(true);
      expect(await svg.locator('path[data-country]').count()).toBeGreaterThan(3);
      const ring = svg.locator('path[data-range-km]').first();
      expect(await ring.evaluate((el) => (el as SVGPathElement).getTotalLength())).toBeGreaterThan(100);
      expect(await svg.locator('[data-place]').count()).toBeGreaterThan(0);
    }

    if (article.hasTimeline) {
      // The timeline opens on its key events; its one control shows them all, no script needed.
      const entries = page.locator('[data-timeline] ol > li');
      expect(await entries.count()).toBeGreaterThan(0);
      const key = page.locator('[data-timeline] ol > li[data-key="true"]');
      await key.first().scrollIntoViewIfNeeded();
      expect(await key.first().isVisible()).toBe(true);
      expect(await entries.filter({ visible: true }).count()).toBe(await key.count());
      await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
      expect(await entries.filter({ visible: true }).count()).toBe(await entries.count());
    }
    await context.close();
  });
});
