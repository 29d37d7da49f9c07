/** Lighthouse (mobile, simulated throttling, its defaults) on the Chromium the tests use. */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { findChromium } from '../tools/chromium.ts';

export interface LighthouseResult {
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  failing: string[];
}

export async function runLighthouse(origin: string, path: string): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const result = await lighthouse(origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.score})`);
    return {
      path,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcpMs: lhr.audits['largest-contentful-paint']!.numericValue!,
      cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
      tbtMs: lhr.audits['total-blocking-time']!.numericValue!,
      failing: [...new Set(failing)],
    };
  } finally {
    chrome.kill();
  }
}
