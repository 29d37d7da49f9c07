import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { openPage, type OpenedPage } from '../helpers/open-page.ts';

const { browser, origin } = useBuiltSiteInChromium();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Every built page (home, each article, each embed, the 404 page), found by crawling dist/. */
const PAGES = builtPages().map(({ route }) => route);
const ARTICLES = nonEmpty(
  PAGES.filter((route) => route.startsWith('/articles/')),
  'article pages in dist/',
);
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280] as const;

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** axe-core's findings for the page as it stands (all of WCAG 2.x A/AA and axe's best practices). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

// Each page is loaded once per colour scheme, then checked at each width in turn.
describe.each(PAGES)('axe-core finds no violations on %s', (path) => {
  describe.each(SCHEMES)('in %s mode', (colorScheme) => {
    let opened: OpenedPage;
    beforeAll(async () => {
      // The CSP would block the injected axe script; CSP itself is tested elsewhere.
      opened = await openPage(browser(), origin() + path, { colorScheme, viewport: { width: WIDTHS[0], height: 900 }, bypassCSP: true });
      await opened.page.waitForLoadState('load');
      // Open the disclosures so what they hide is checked too.
      await opened.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    });
    afterAll(() => opened?.close());

    it.each(WIDTHS)('at %i px', async (width) => {
      await opened.page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(opened.page)).toEqual([]);
    });
  });
});

/**
 * The focused element, and whether it shows its focus on screen. An HTML control shows it by its outline or
 * box shadow; a map handle (SVG, where neither is drawn) by the ring its mark draws: a stroke of 3 px or more.
 */
function focusedControl(): { id: string; ok: boolean; what: string } | null {
  const el = document.activeElement as HTMLElement | SVGElement | null;
  if (!el || el === document.body) return null;
  const ringed = (style: CSSStyleDeclaration) => style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 3;
  const mark = el instanceof SVGElement ? el.querySelector('.map-place-dot, .map-launch-hit') : null;
  const style = getComputedStyle(el);
  const ring =
    el instanceof SVGElement
      ? mark !== null && ringed(getComputedStyle(mark))
      : (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  return { id: el.dataset.kbd ?? '', ok: ring && onScreen, what: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}` };
}

describe('keyboard only', () => {
  it.each(ARTICLES)(
    'reaches every control on %s, each visibly focused',
    async (path) => {
      const { page, context } = await openPage(browser(), origin() + path, { viewport: { width: 1280, height: 900 } });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

      const expected = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')]
          .filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0)
          .map((el, i) => (el.dataset.kbd = String(i))),
      );
      const reached = new Set<string>();
      const invisible: string[] = [];
      for (let i = 0; i < expected.length + 20 && reached.size < expected.length; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(focusedControl);
        if (!focus) continue;
        // A control the page adds once it runs (a callout's link to its timeline entry) is walked through but
        // was not listed: it must not count for a listed one, or the walk stops one short.
        if (focus.id) reached.add(focus.id);
        if (!focus.ok) invisible.push(focus.what);
      }
      expect(expected.filter((id) => !reached.has(id))).toEqual([]);
      expect(invisible).toEqual([]);

      // The check sees a map handle whose focus ring is gone: it does not take every handle as focused.
      const handle = page.locator('.map-place, .map-launch').first();
      if ((await handle.count()) > 0) {
        await handle.focus();
        await handle.evaluate((el) => el.querySelector<SVGElement>('.map-place-dot, .map-launch-hit')!.style.setProperty('stroke', 'none', 'important'));
        expect((await page.evaluate(focusedControl))?.ok).toBe(false);
      }
      await context.close();
    },
    120_000,
  );
});
