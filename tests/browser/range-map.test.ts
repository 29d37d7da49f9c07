import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtPages } from '../helpers/dist-files.ts';

const { browser, origin } = useBuiltSiteInChromium();

const ARTICLE = '/articles/north-korean-missiles-ukraine/';

async function open(query = '', options: BrowserContextOptions = {}) {
  const context = await browser().newContext({ viewport: { width: 1024, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin() + ARTICLE + query);
  const map = page.locator('figure[data-map="ukraine-900km"]');
  return { page, map, errors, close: () => context.close() };
}

const flag = (map: Locator, id: string) => map.locator(`[data-place="${id}"]`).getAttribute('data-in-range');
const cell = (map: Locator, id: string) => map.locator(`[data-place-row="${id}"] [data-cell="in-range"]`).textContent();
const ringPath = (map: Locator) => map.locator('path[data-range-km="900"]').getAttribute('d');

/** Centre of an element in page coordinates. */
async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Screen position of a place's marker. */
async function screenPointOf(page: Page, placeId: string) {
  return centre(page.locator(`figure[data-map="ukraine-900km"] [data-place="${placeId}"] .map-place-dot`));
}

describe('the range map in Chromium', () => {
  it('shows the maps complete with JavaScript off', async () => {
    const { map, close } = await open('', { javaScriptEnabled: false });
    expect(await map.locator('path[data-country="UKR"]').count()).toBe(1);
    expect(await ringPath(map)).toMatch(/^M/);
    expect(await map.locator('[data-map-hint]').isVisible()).toBe(true);
    expect(await map.locator('[data-map-presets]').isVisible()).toBe(false);
    await close();
  });

  it('follows a mouse drag of the launch point: ring, flags, table, summary and address', async () => {
    const { page, map, errors, close } = await open();
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    expect(await flag(map, 'uzhhorod')).toBe('false');
    const ringBefore = await ringPath(map);

    await map.locator('svg.range-map__svg').scrollIntoViewIfNeeded();
    const from = await centre(map.locator('[data-launch] .map-launch-mark'));
    const to = await screenPointOf(page, 'kyiv'); // from Kyiv, Uzhhorod is about 560 km away
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();

    expect(await flag(map, 'uzhhorod')).toBe('true');
    expect(await cell(map, 'uzhhorod')).toBe('Yes');
    expect(await ringPath(map)).not.toBe(ringBefore);
    expect(await map.locator('[data-map-summary]').textContent()).toMatch(/^\d+ of 18 marked places are within about 900 km/);
    const launch = new URL(page.url()).searchParams.get('launch')!;
    const [lat, lon] = launch.split(',').map(Number);
    expect(lat).toBeCloseTo(50.45, 0);
    expect(lon).toBeCloseTo(30.52, 0);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves by keyboard: arrows step about 10 km, Shift 50 km, Home resets', async () => {
    const { page, map, close } = await open();
    const handle = map.locator('[data-launch]');
    await handle.focus();
    const lat = async () => Number(await handle.getAttribute('data-lat'));
    const start = await lat();
    await page.keyboard.press('ArrowUp');
    expect((await lat()) - start).toBeCloseTo(10 / 111.2, 2);
    await page.keyboard.press('Home');
    expect(await lat()).toBeCloseTo(start, 3);

    // 50 km steps to the east, towards Voronezh, until Lviv drops out of range (896 km away at the start)
    expect(await flag(map, 'lviv')).toBe('true');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await flag(map, 'lviv')).toBe('false');
    expect(await cell(map, 'lviv')).toBe('No');
    await page.keyboard.press('Home');
    expect(await flag(map, 'lviv')).toBe('true');
    expect(new URL(page.url()).searchParams.has('launch')).toBe(false);
    await close();
  });

  it('follows a touch drag', async () => {
    const { page, map, close } = await open('', { hasTouch: true, isMobile: true, viewport: { width: 400, height: 800 } });
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    await map.scrollIntoViewIfNeeded();
    const from = await centre(map.locator('[data-launch] .map-launch-mark'));
    const to = await screenPointOf(page, 'kyiv');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 8; i++) await touch('touchMove', from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
    await touch('touchEnd', to.x, to.y);
    await expect.poll(() => flag(map, 'uzhhorod')).toBe('true');
    await close();
  });

  it('offers preset launch areas', async () => {
    const { map, close } = await open();
    await map.getByRole('button', { name: 'Voronezh region', exact: true }).click();
    expect(await map.locator('[data-launch]').getAttribute('data-lat')).toBe('51.672');
    expect(await flag(map, 'lviv')).toBe('false');
    expect(await map.getByRole('button', { name: 'Voronezh region', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // The launch label and the handle's name follow the preset, then a move, then Home.
    const label = map.locator('.only-wide [data-label-for="launch"]');
    expect(await label.textContent()).toBe('Voronezh region (illustrative)');
    expect(await map.locator('[data-launch]').getAttribute('aria-label')).toMatch(/^Launch point: Voronezh region \(illustrative\), /);
    await map.locator('[data-launch]').focus();
    await map.page().keyboard.press('ArrowUp');
    expect(await label.textContent()).toMatch(/^Moved launch point, 51\.\d° N 39\.\d° E$/);
    await map.page().keyboard.press('Home');
    expect(await label.textContent()).toBe('Belgorod region (illustrative)');
    await close();
  });

  it('restores the view from a shared link and ignores a bad one', async () => {
    const shared = await open('?launch=51.67,39.18');
    expect(await shared.map.locator('[data-launch]').getAttribute('data-lat')).toBe('51.670');
    expect(await flag(shared.map, 'lviv')).toBe('false');
    await shared.close();

    const preset = await open('?launch=51.74,36.19');
    expect(await preset.map.getByRole('button', { name: 'Kursk region', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await preset.close();

    const offMap = await open('?launch=-33.87,151.21'); // Sydney: a real place, but not on this map
    expect(await offMap.map.locator('[data-launch]').getAttribute('data-lat')).toBe('50.611');
    await offMap.close();

    const bad = await open('?launch=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    expect(await bad.map.locator('[data-launch]').getAttribute('data-lat')).toBe('50.611');
    expect(await flag(bad.map, 'lviv')).toBe('true');
    expect(bad.errors).toEqual([]);
    await bad.close();
  });

  it('shows a place’s distance on hover and on keyboard focus', async () => {
    const { page, map, close } = await open();
    const distance = map.locator('[data-place="kyiv"] .map-place-distance');
    expect(await distance.isVisible()).toBe(false);
    await map.locator('[data-place="kyiv"] .map-place-dot').hover();
    expect(await distance.isVisible()).toBe(true);
    expect(await distance.textContent()).toMatch(/^4\d\d km/);
    await page.mouse.move(0, 0);
    await map.locator('[data-place="kharkiv"]').focus();
    await page.keyboard.press('Shift+Tab'); // keyboard focus, so :focus-visible applies
    await page.keyboard.press('Tab');
    expect(await map.locator('[data-place="kharkiv"] .map-place-distance').isVisible()).toBe(true);
    await close();
  });

  it('does not shift the layout when the script takes over', async () => {
    const withJs = await open();
    const withoutJs = await open('', { javaScriptEnabled: false });
    const top = (o: typeof withJs) => o.map.locator('svg.range-map__svg').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await expect.poll(() => withJs.map.getAttribute('data-interactive')).toBe('true');
    expect(Math.abs((await top(withJs)) - (await top(withoutJs)))).toBeLessThan(1);
    await withJs.close();
    await withoutJs.close();
  });
});

describe('the embed control under the map', () => {
  it('reveals the snippet and copies it, with a confirmation', async () => {
    const { map, close } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await map.getByText('Embed this map').click();
    const snippet = map.locator('[data-embed-snippet="ukraine-900km"]');
    expect(await snippet.isVisible()).toBe(true);
    await map.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => map.locator('[data-embed-status]').textContent()).toBe('Code copied');
    const copied = await map.page().evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet.textContent());
    expect(copied).toMatch(/^<iframe src="http[^"]+\/embed\/ukraine-900km\/"/);
    await close();
  });

  it('takes the launch point from the embed page’s address', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${origin()}/embed/ukraine-900km/?launch=51.67,39.18`);
    expect(await page.locator('[data-launch]').getAttribute('data-lat')).toBe('51.670');
    await context.close();
  });
});

/** Every map on every built page, as its page's route and its id. */
const MAPS = builtPages().flatMap(({ route, file }) =>
  [...readFileSync(file, 'utf8').matchAll(/<figure[^>]* data-map="([^"]+)"/g)].map((m) => ({ route, id: m[1]! })),
);

describe.each(MAPS)('the map $id on $route', ({ route, id }) => {
  it('changes nothing for a tap on the launch point that does not move it', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin() + route);
    const map = page.locator(`figure[data-map="${id}"]`);
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    const summary = map.locator('[data-map-summary]');
    const state = async () => ({
      summary: await summary.textContent(),
      rings: await map.locator('path[data-range-km]').evaluateAll((paths) => paths.map((p) => p.getAttribute('d'))),
      url: page.url(),
    });
    const before = await state();
    expect(before.summary?.trim()).not.toBe('');
    await map.locator('svg.range-map__svg').scrollIntoViewIfNeeded();
    const at = await centre(map.locator('[data-launch] .map-launch-mark'));
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.up();
    expect(await state()).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
