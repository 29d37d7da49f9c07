import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';

const { browser, origin } = useBuiltSiteInChromium();
const ARTICLE = '/articles/north-korean-missiles-ukraine/';

describe('the share bar in Chromium', () => {
  it('copies a link to the reader’s current view and confirms it', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${origin()}${ARTICLE}?launch=51.67,39.18#2024-01-02-kharkiv`);
    const bar = page.locator('[data-share-bar]');
    // Headless Chromium on Linux has no system share sheet, so the copy button is the one offered.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => bar.locator('[data-share-status]').textContent()).toBe('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(ARTICLE);
    expect(copied.searchParams.get('launch')).toBe('51.67,39.18');
    expect(copied.hash).toBe('#2024-01-02-kharkiv');
    await context.close();
  });

  it('rewrites the network links to the current view before they are followed', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}${ARTICLE}#2023-12-30-first-launch`);
    const telegram = page.locator('a[data-share-target="telegram"]');
    await telegram.focus();
    const shared = new URL(new URL((await telegram.getAttribute('href'))!).searchParams.get('url')!);
    expect(shared.hash).toBe('#2023-12-30-first-launch');
    await page.close();
  });
});
