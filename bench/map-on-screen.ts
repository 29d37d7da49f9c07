/**
 * Time until the first map is drawn on screen, on an emulated mid-range phone (4x CPU slowdown,
 * 1.6 Mbit/s down, 150 ms round trip, nothing cached), for our article and for the baseline page that
 * draws the same ring the conventional way. Runs alternate between the two, pair by pair. Both are
 * served precompressed, as a CDN serves static files: one untimed load of each first makes the
 * compressed copies, so no timed run pays for compression.
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
  oursMedian: number;
  baselineMedian: number;
  ratio: number;
  /** 90% bootstrap interval of the ratio, resampling the pairs. */
  ratioInterval: [number, number];
}

export async function mapOnScreen(browser: Browser, oursUrl: string, baselineUrl: string, pairs: number): Promise<MapOnScreen> {
  const ours: number[] = [];
  const baseline: number[] = [];
  await warmUp(browser, oursUrl);
  await warmUp(browser, baselineUrl);
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    if (i % 2 === 0) {
      ours.push(await timeToMap(browser, oursUrl));
      baseline.push(await timeToMap(browser, baselineUrl));
    } else {
      baseline.push(await timeToMap(browser, baselineUrl));
      ours.push(await timeToMap(browser, oursUrl));
    }
  }
  const oursMedian = median(ours);
  const baselineMedian = median(baseline);
  const ratioOf = (pairsDrawn: number[]) => median(pairsDrawn.map((i) => ours[i]!)) / median(pairsDrawn.map((i) => baseline[i]!));
  return { ours, baseline, oursMedian, baselineMedian, ratio: oursMedian / baselineMedian, ratioInterval: bootstrapInterval(pairs, ratioOf) };
}
