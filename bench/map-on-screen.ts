/**
 * Time until the first map is drawn on screen, on an emulated mid-range phone (4x CPU slowdown,
 * 1.6 Mbit/s down, 150 ms round trip, nothing cached), for our article and for the baseline page that
 * draws the same ring the conventional way. Runs alternate between the two, pair by pair. Both are
 * served precompressed, as a CDN serves static files: one untimed load of each first makes the
 * compressed copies, so no timed run pays for compression. A third page, the article's own <head> and
 * first map with nothing else (mapOnlyHtml), runs in the same rotation: the article cannot show its map
 * sooner than that, so its ratio to it says what the rest of the page costs.
 */
import type { Browser } from 'playwright-core';
import { bootstrapInterval, median } from './measure.ts';

export const PHONE = { cpuSlowdown: 4, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3, latencyMs: 150 };

/** Marks the first animation frame after the map's ring exists and has a size: the frame that shows it. */
function markMapDrawn() {
  const check = () => {
    const ring = document.querySelector('figure[data-map] svg [data-range-km]');
    if (ring && ring.getBoundingClientRect().width > 0) {
      requestAnimationFrame(() => ((window as unknown as { __mapDrawnAt: number }).__mapDrawnAt = performance.now()));
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function warmUp(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
}

async function timeToMap(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript(markMapDrawn);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBitsPerSecond / 8,
    uploadThroughput: PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (window as unknown as { __mapDrawnAt?: number }).__mapDrawnAt, undefined, { timeout: 120_000 });
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}

export interface MapOnScreen {
  ours: number[];
  baseline: number[];
  mapOnly: number[];
  oursMedian: number;
  baselineMedian: number;
  mapOnlyMedian: number;
  ratio: number;
  /** 90% bootstrap interval of the ratio, resampling the pairs. */
  ratioInterval: [number, number];
  /** Ours over the map-only page, and its 90% interval. */
  mapOnlyRatio: number;
  mapOnlyRatioInterval: [number, number];
}

/** The article's page cut to its <head> and first map: the same stylesheet, policy and SVG, nothing around them. */
export function mapOnlyHtml(article: string): string {
  const start = article.search(/<figure\b[^>]*\bdata-map=/);
  const end = article.indexOf('</figure>', start);
  const body = article.search(/<body\b/);
  if (start < 0 || end < 0 || body < 0) throw new Error('map on screen: the article has no <body> or no map figure');
  const bodyTag = article.slice(body, article.indexOf('>', body) + 1);
  return `${article.slice(0, body)}${bodyTag}${article.slice(start, end + '</figure>'.length)}</body></html>`;
}

export async function mapOnScreen(browser: Browser, urls: { ours: string; baseline: string; mapOnly: string }, rounds: number): Promise<MapOnScreen> {
  const runs = { ours: [] as number[], baseline: [] as number[], mapOnly: [] as number[] };
  const order = ['ours', 'baseline', 'mapOnly'] as const;
  for (const which of order) await warmUp(browser, urls[which]);
  for (let i = 0; i < rounds; i++) {
    // Rotate which goes first, so none always runs on a warmer machine.
    for (let k = 0; k < order.length; k++) {
      const which = order[(i + k) % order.length]!;
      runs[which].push(await timeToMap(browser, urls[which]));
    }
  }
  const { ours, baseline, mapOnly } = runs;
  const ratioTo = (other: number[]) => (drawn: number[]) => median(drawn.map((i) => ours[i]!)) / median(drawn.map((i) => other[i]!));
  return {
    ours,
    baseline,
    mapOnly,
    oursMedian: median(ours),
    baselineMedian: median(baseline),
    mapOnlyMedian: median(mapOnly),
    ratio: median(ours) / median(baseline),
    ratioInterval: bootstrapInterval(rounds, ratioTo(baseline)),
    mapOnlyRatio: median(ours) / median(mapOnly),
    mapOnlyRatioInterval: bootstrapInterval(rounds, ratioTo(mapOnly)),
  };
}
