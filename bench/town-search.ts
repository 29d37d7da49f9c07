/**
 * The town search on the emulated mid-range phone of map-on-screen.ts (4x CPU slowdown): what the box adds
 * to the page's JavaScript before it is used, what it loads when used, and how long suggestions take once
 * their shard is loaded, from the keystroke to the list on screen (less the pause the box waits for the
 * next key, TYPING_PAUSE_MS).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { TYPING_PAUSE_MS } from '../src/client/range-map/town-search.ts';
import { median } from './measure.ts';
import { PHONE } from './map-on-screen.ts';

/** Queries a reader types: one and two letters (the most populous towns), whole names, diacritics, an exonym, same-named towns. */
export const TOWN_QUERIES = ['w', 'ka', 'warsaw', 'dnipró', 'kiev', 'springfield', 'san jose, cr', 'new york'];

export interface TownSearchFigures {
  /** The box's own script (src/client/range-map/town-box.ts), minified and gzipped as it sits in the map's script. */
  boxGzip: number;
  /** Scripts and gazetteer files fetched when the reader first focuses the box and types a name, gzip. */
  onUse: { scriptsGzip: number; requests: number };
  lookups: { query: string; ms: number[]; medianMs: number }[];
}

const ROOT = new URL('..', import.meta.url).pathname;

async function boxGzip(): Promise<number> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'src/client/range-map/town-box.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['./town-search.ts'],
  });
  return gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length;
}

/** Types `query` as a paste would and resolves with the ms from the input event to the list showing its suggestions. */
function timeSuggestions(query: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('figure[data-map] [role="combobox"]')!;
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  list.replaceChildren();
  return new Promise((resolve) => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (!list.children.length) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }).observe(list, { childList: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function townSearchFigures(browser: Browser, url: string, runs = 5): Promise<TownSearchFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const used: { url: string; gzip: number }[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || response.url().includes('/gazetteer/'))
      void response.body().then((body) => used.push({ url: response.url(), gzip: type === 'script' ? gzipSync(body, { level: 9 }).length : 0 }));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  const input = page.locator('figure[data-map] [role="combobox"]').first();
  await input.focus();
  await input.fill('warsaw');
  await page.locator('figure[data-map] [role="option"]').first().waitFor();
  const onUse = { scriptsGzip: used.reduce((sum, file) => sum + file.gzip, 0), requests: used.filter((file) => file.url.includes('/gazetteer/')).length };
  const lookups = [];
  for (const query of TOWN_QUERIES) {
    // The first lookup loads the shard; the timed ones find it loaded.
    await page.evaluate(timeSuggestions, query);
    const ms: number[] = [];
    for (let run = 0; run < runs; run++) ms.push((await page.evaluate(timeSuggestions, query)) - TYPING_PAUSE_MS);
    lookups.push({ query, ms, medianMs: median(ms) });
  }
  await context.close();
  return { boxGzip: await boxGzip(), onUse, lookups };
}
