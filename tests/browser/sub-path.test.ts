/**
 * The sub-path build (dist-subpath/, SITE_URL=https://example.org/explainers/) served under /explainers/,
 * in Chromium: pages are styled, maps interactive, nothing fails to load, and an embed pasted on another
 * site sizes itself. The crawl in tests/build/sub-path.test.ts checks every URL; this checks they work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/chromium.ts';
import { parseHtml, SUBPATH_DIST, SUBPATH_SITE } from '../../tools/dist.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { contentStories } from '../helpers/stories.ts';

const BASE = new URL(SUBPATH_SITE).pathname;
/** Every story with a map, at its route under the sub-path. */
const STORIES = contentStories()
  .filter((story) => story.maps.length > 0)
  .map((story) => ({ ...story, path: `${BASE}${story.route.slice(1)}` }));
if (STORIES.length === 0) throw new Error('content/ has no published story with a range map');

let browser: Browser;
let site: StaticSite;
let host: StaticSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveStatic({ root: SUBPATH_DIST, base: BASE })]);
  const snippet = parseHtml(readFileSync(join(SUBPATH_DIST, STORIES[0]!.route, 'index.html'), 'utf8'))
    .querySelector('[data-embed-snippet]')!
    .text.replaceAll(new URL(SUBPATH_SITE).origin, site.origin);
  host = await serveStatic({
    pages: { '/host.html': `<!doctype html><html lang="en"><head><title>Host</title></head><body>${snippet}</body></html>`, '/favicon.ico': '' },
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), host?.close()]);
});

describe('a site deployed under a sub-path', () => {
  it.each(STORIES)('serves the article at $path styled, with interactive maps and nothing failing to load', async ({ path }) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('load');
    // Tailwind's stylesheet caps the article's width; unstyled, it would span the window.
    expect(await page.locator('article').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
    await expect.poll(() => page.locator('figure[data-map][data-interactive="true"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sizes an embed pasted on another site', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(`${host.origin}/host.html`);
    const iframe = page.locator('iframe');
    await expect
      .poll(
        async () => {
          const frame = await (await iframe.elementHandle())!.contentFrame();
          const content = await frame!.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
          return Math.abs(content - (await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height))));
        },
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(1);
    await page.close();
  });
});
