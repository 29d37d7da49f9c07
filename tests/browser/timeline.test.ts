import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';

const { browser, origin } = useBuiltSiteInChromium();
const ARTICLE = '/articles/north-korean-missiles-ukraine/';

async function open(hash = '', options = {}) {
  const context = await browser().newContext({ viewport: { width: 1024, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(origin() + ARTICLE + hash);
  return { page, errors, close: () => context.close() };
}

const background = (el: Element) => getComputedStyle(el).backgroundColor;
// Entry ids start with a digit, so `#2024-…` is not a valid CSS selector: match the id attribute instead.

describe('the timeline in Chromium', () => {
  it('follows an entry’s link: scrolls to it, highlights it and its place on the map', async () => {
    const { page, errors, close } = await open('#2024-01-02-kharkiv');
    const entry = page.locator('[id="2024-01-02-kharkiv"]');
    await expect.poll(() => entry.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    const other = await page.locator('[id="2024-01-04-white-house-disclosure"]').evaluate(background);
    expect(await entry.evaluate(background)).not.toBe(other);
    const place = page.locator('figure[data-map="ukraine-900km"] [data-place="kharkiv"]');
    await expect.poll(() => place.getAttribute('class')).toMatch(/is-highlighted/);
    expect(await place.locator('.map-place-distance').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('highlights an entry’s place while the entry has focus or the pointer', async () => {
    const { page, close } = await open();
    await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
    const place = page.locator('figure[data-map="ukraine-900km"] [data-place="pokrovsk"]');
    expect(await place.getAttribute('class')).not.toMatch(/is-highlighted/);
    await page.locator('[id="2024-01-06-pokrovsk"] h4').hover();
    expect(await place.getAttribute('class')).toMatch(/is-highlighted/);
    await page.locator('[id="2023-12-30-first-launch"] a[data-copy-link]').focus();
    expect(await place.getAttribute('class')).not.toMatch(/is-highlighted/);
    expect(await page.locator('figure[data-map="ukraine-900km"] [data-place="zaporizhzhia"]').getAttribute('class')).toMatch(/is-highlighted/);
    await close();
  });

  it('picks out a place’s entries when the place is activated on the map', async () => {
    const { page, close } = await open();
    const place = page.locator('figure[data-map="ukraine-900km"] [data-place="kharkiv"]');
    await place.focus();
    await page.keyboard.press('Enter');
    const highlighted = await page.locator('[data-timeline] li.is-highlighted').evaluateAll((els) => els.map((el) => el.id));
    expect(highlighted.length).toBeGreaterThanOrEqual(3);
    expect(highlighted.every((id) => id.length > 0)).toBe(true);
    const places = await page.locator('[data-timeline] li.is-highlighted').evaluateAll((els) => els.map((el) => el.getAttribute('data-place')));
    expect(new Set(places)).toEqual(new Set(['kharkiv']));
    await close();
  });

  it('copies an entry’s permalink and says so', async () => {
    const { page, close } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
    await page.locator('[id="2023-12-30-first-launch"] a[data-copy-link]').click();
    await expect.poll(() => page.locator('[id="2023-12-30-first-launch"] [data-copy-status]').textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${origin()}${ARTICLE}#2023-12-30-first-launch`);
    expect(new URL(page.url()).hash).toBe('#2023-12-30-first-launch');
    await close();
  });

  it('opens on the key events in brief; its one control shows every event in full, and says so to screen readers', async () => {
    const { page, close } = await open();
    const summary = page.locator('[data-timeline] details[data-timeline-all] > summary');
    const entries = page.locator('[data-timeline] li[data-event]');
    const key = page.locator('[data-timeline] li[data-key="true"]');
    expect(await entries.filter({ visible: true }).count()).toBe(await key.count());
    expect(await key.first().locator('.timeline-entry__text').isVisible()).toBe(false);
    expect(await summary.innerText()).toMatch(/^Show all \d+ events/);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await entries.filter({ visible: true }).count()).toBe(await entries.count());
    expect(await key.first().locator('.timeline-entry__text').isVisible()).toBe(true);
    expect(await summary.innerText()).toMatch(/^Show the \d+ key events only/);
    await close();
  });

  it('opens the full timeline for a link to an event that is not a key one, and for a place whose events are hidden', async () => {
    const linked = await open('#2024-01-06-pokrovsk');
    expect(await linked.page.locator('details[data-timeline-all]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => linked.page.locator('[id="2024-01-06-pokrovsk"]').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await linked.close();

    const { page, close } = await open();
    await page.locator('figure[data-map="ukraine-900km"] [data-place="kharkiv"]').focus();
    await page.keyboard.press('Enter');
    const highlighted = page.locator('[data-timeline] li.is-highlighted');
    expect(await highlighted.count()).toBeGreaterThan(0);
    expect(await highlighted.filter({ visible: true }).count()).toBe(await highlighted.count());
    await close();
  });

  it('shows a linked entry in full with JavaScript off, key event or not', async () => {
    for (const id of ['2023-12-30-first-launch', '2024-01-06-pokrovsk']) {
      const { page, close } = await open(`#${id}`, { javaScriptEnabled: false });
      expect(await page.locator('[data-timeline] ol > li').count()).toBeGreaterThanOrEqual(15);
      expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
      expect(await page.locator(`[id="${id}"] .timeline-entry__text`).isVisible()).toBe(true);
      expect(await page.locator(`[id="${id}"] .timeline-entry__sources`).isVisible()).toBe(true);
      await close();
    }
  });
});
