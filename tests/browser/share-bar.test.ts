import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { contentEvents } from '../helpers/events.ts';
import { otherLaunchPoint, storyWith } from '../helpers/stories.ts';
import { openPage } from '../helpers/open-page.ts';
import { builtArticles } from '../helpers/dist-files.ts';

const { browser, origin } = useBuiltSiteInChromium();
// A view a reader can share: a story with a map to move and a timeline entry to link to.
const STORY = storyWith('a range map and a timeline', (story) => story.maps.length > 0 && story.timelines.length > 0);
const ARTICLE = STORY.route;
/** The first map's launch point moved to another point of that map, as the address keeps it. */
const LAUNCH = otherLaunchPoint(STORY.maps[0]!).param;
const ENTRIES = contentEvents(STORY.timelines[0]!.id)
  .sort((a, b) => a.date.date.getTime() - b.date.date.getTime())
  .map((event) => event.id);
const FIRST_ENTRY = ENTRIES[0]!;
const LAST_ENTRY = ENTRIES.at(-1)!;

describe('the share bar in Chromium', () => {
  it.each(builtArticles())('is one row on $route at 320, 375, 768 and 1280 px, every target at least 24 px square', async ({ route }) => {
    const { page, context } = await openPage(browser(), origin() + route);
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const boxes = await page
        .locator('[data-share-bar] :is(button, a)')
        .evaluateAll((targets) =>
          targets.map((target) => target.getBoundingClientRect()).map(({ top, bottom, width, height }) => ({ top, bottom, width, height })),
        );
      expect(boxes.length).toBeGreaterThan(1);
      const rowTop = Math.max(...boxes.map((box) => box.top));
      for (const box of boxes) {
        expect(box.bottom, `at ${width} px every target is on the one row`).toBeGreaterThan(rowTop);
        expect(Math.min(box.width, box.height), `at ${width} px`).toBeGreaterThanOrEqual(24);
      }
    }
    await context.close();
  });

  it('copies a link to the reader’s current view and confirms it', async () => {
    const { page, context } = await openPage(browser(), `${origin()}${ARTICLE}?launch=${LAUNCH}#${LAST_ENTRY}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const bar = page.locator('[data-share-bar]');
    // Headless Chromium on Linux has no system share sheet, so the copy button is the one offered.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => bar.locator('[data-share-status]').textContent()).toBe('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(ARTICLE);
    expect(copied.searchParams.get('launch')).toBe(LAUNCH);
    expect(copied.hash).toBe(`#${LAST_ENTRY}`);
    await context.close();
  });

  it('rewrites the network links to the current view before they are followed', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}${ARTICLE}#${FIRST_ENTRY}`);
    const telegram = page.locator('a[data-share-target="telegram"]');
    await telegram.focus();
    const shared = new URL(new URL((await telegram.getAttribute('href'))!).searchParams.get('url')!);
    expect(shared.hash).toBe(`#${FIRST_ENTRY}`);
    await page.close();
  });
});
