import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';

/** For a browser test file: one Chromium and one static server of dist/ for all its tests. */
export function useBuiltSiteInChromium(): { browser: () => Browser; origin: () => string } {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveStatic()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, origin: () => site!.origin };
}
