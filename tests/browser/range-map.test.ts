import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { contentMapModel, contentStories, everyStory, otherLaunchPoint, type Story } from '../helpers/stories.ts';
import { STORY_SCOPE } from '../helpers/story-scope.ts';
import type { RangeMapModel } from '../../src/lib/maps/range-map-model.ts';
import { destination, greatCircleKm, type LonLat } from '../../src/lib/geo/distance.ts';
import { withRangeFlags } from '../../src/lib/geo/range.ts';
import { onFrame, projectionFrom } from '../../src/lib/geo/projection.ts';
import { formatLaunchParam, launchParamName } from '../../src/lib/maps/launch-param.ts';
import { formatCoordinate, formatDistance, formatKm } from '../../src/lib/maps/format.ts';
import { escapeRegExp } from '../helpers/regexp.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { openPage, type OpenedPage } from '../helpers/open-page.ts';

const { browser, origin } = useBuiltSiteInChromium();

/** A map as a story shows it: its article, whether it is the page's first (which `?launch=` moves), and its model. */
interface StoryMap {
  id: string;
  route: string;
  first: boolean;
  model: RangeMapModel;
}

const storyMaps = (stories: Story[]): StoryMap[] =>
  stories.flatMap((story) => story.maps.map((id, index) => ({ id, route: story.route, first: index === 0, model: contentMapModel(id) })));
/** Every map of every story (with STORY set, of that story), on its article page. */
const STORY_MAPS = storyMaps(contentStories());
if (STORY_MAPS.length === 0) throw new Error('content/ has no published story with a range map');
/** Every article with a map, with its maps. */
const ARTICLES = [...new Set(STORY_MAPS.map((m) => m.route))].map((route) => ({ route, maps: STORY_MAPS.filter((m) => m.route === route) }));
/** Every map a story shows, once each. */
const MAP_IDS = [...new Set(STORY_MAPS.map((m) => m.id))];

const lonLat = (point: { lon: number; lat: number }): LonLat => [point.lon, point.lat];
/** The ids of a map's places within its first range of a launch point, as the build and the browser reckon it. */
const inRangeOf = (m: StoryMap, point: LonLat) =>
  new Set(
    withRangeFlags(
      m.model.places,
      point,
      m.model.rings.map((ring) => ring.km),
    )
      .filter((place) => place.inRange)
      .map((place) => place.id),
  );
/** The address that sets a map's launch point: `?launch=` for the page's first map, `?launch-<id>=` for the others. */
const launchQuery = (m: StoryMap, value: string) => `?${launchParamName(m.id, m.first)}=${value}`;
/** A point as a shared link keeps it (two decimals), read back. */
const shared = (point: LonLat): LonLat => {
  const [lat, lon] = formatLaunchParam(point).split(',').map(Number) as [number, number];
  return [lon, lat];
};

/** The first map with what a test needs, and what it found; the test fails, saying so, if no story's map has it. */
function mapWith<T>(what: string, find: (m: StoryMap) => T | undefined): { m: StoryMap } & T {
  // These check the map's code on a map that can show it: with STORY set, another story's map does when that story's cannot.
  for (const m of STORY_SCOPE ? [...STORY_MAPS, ...storyMaps(everyStory())] : STORY_MAPS) {
    const found = find(m);
    if (found) return { m, ...found };
  }
  throw new Error(`no map of any published story has ${what}`);
}

/** A drop lands within a pixel or so of its target: places this close to a ring's edge may fall either side. */
const EDGE_KM = (km: number) => km * 0.02;
/** The places whose first-range flag differs between two launch points, leaving out those too near the ring's edge to tell. */
const flippedBetween = (m: StoryMap, a: LonLat, b: LonLat) => {
  const km = m.model.rings[0]!.km;
  const clear = (point: LonLat) => m.model.places.filter((place) => Math.abs(greatCircleKm(point, lonLat(place)) - km) > EDGE_KM(km));
  const [fromA, fromB] = [inRangeOf(m, a), inRangeOf(m, b)];
  const clearOfBoth = new Set(clear(b).map((place) => place.id));
  return clear(a).filter((place) => clearOfBoth.has(place.id) && fromA.has(place.id) !== fromB.has(place.id));
};

/**
 * Where to drag a map's launch point, derived from the map itself: one of its places, or a point half or a
 * whole first range away in one of eight directions, on the frame. Preferably one from which some place
 * changes sides of the first ring (`flips`), the nearest first; a map whose every place stays in range
 * wherever the point goes (all of Europe within 5,500 km) gets the nearest point, and its flags must still follow.
 */
function dragTargetOf(m: StoryMap): { to: LonLat; flips: StoryMap['model']['places'] } {
  const launch = lonLat(m.model.launch);
  const km = m.model.rings[0]!.km;
  const projection = projectionFrom(m.model.projection);
  const around = [0.5, 1].flatMap((share) => [0, 45, 90, 135, 180, 225, 270, 315].map((bearing) => destination(launch, bearing, km * share)));
  const candidates = [...m.model.places.map(lonLat), ...around]
    .filter((point) => onFrame(projection, m.model.projection, point) && greatCircleKm(launch, point) > EDGE_KM(km))
    .map((to) => ({ to, flips: flippedBetween(m, launch, to) }))
    .sort((a, b) => Number(b.flips.length > 0) - Number(a.flips.length > 0) || greatCircleKm(launch, a.to) - greatCircleKm(launch, b.to));
  if (!candidates[0]) throw new Error(`the map ${m.id} shows no point away from its launch point to drag it to`);
  return candidates[0];
}

const ARROWS = [
  ['ArrowRight', 90],
  ['ArrowLeft', 270],
  ['ArrowUp', 0],
  ['ArrowDown', 180],
] as const;

/** A place in range of the map's launch point that one big (Shift) arrow-key step of the point takes out of range. */
const keyboardCase = () =>
  mapWith('a place in range that one Shift+arrow step of the launch point takes out of range', (m) => {
    const projection = projectionFrom(m.model.projection);
    for (const [key, bearing] of ARROWS) {
      const next = destination(lonLat(m.model.launch), bearing, m.model.client.steps.bigKm);
      if (!onFrame(projection, m.model.projection, next)) continue;
      const stepped = inRangeOf(m, next);
      const place = m.model.places.find((p) => p.inRange && !stepped.has(p.id));
      if (place) return { key, place };
    }
    return undefined;
  });

/** The presets away from a map's own launch point. */
const otherPresets = (m: StoryMap) => m.model.presets.filter((preset) => formatLaunchParam(lonLat(preset)) !== formatLaunchParam(lonLat(m.model.launch)));

/** A preset away from the launch point, and a place in range of the launch point but not of the preset, nor of the preset as a shared link keeps it. */
const presetCase = () =>
  mapWith('a preset that takes a place out of range', (m) => {
    for (const preset of otherPresets(m)) {
      const [exact, linked] = [inRangeOf(m, lonLat(preset)), inRangeOf(m, shared(lonLat(preset)))];
      const place = m.model.places.find((p) => p.inRange && !exact.has(p.id) && !linked.has(p.id));
      if (place) return { preset, place };
    }
    return undefined;
  });

/** Opens a map's article, with the map located. */
async function open(m: StoryMap, query = '', options: BrowserContextOptions = {}) {
  const opened = await openPage(browser(), origin() + m.route + query, options);
  return { ...opened, map: opened.page.locator(`figure[data-map="${m.id}"]`) };
}

const flag = (map: Locator, id: string) => map.locator(`[data-place="${id}"]`).getAttribute('data-in-range');
const cell = (map: Locator, id: string) => map.locator(`[data-place-row="${id}"] [data-cell="in-range"]`).textContent();
/** The first ring's area: the map's headline range. */
const ringPath = (map: Locator, m: StoryMap) => map.locator(`path[data-range-km="${m.model.rings[0]!.km}"]`).getAttribute('d');

/** Centre of an element in page coordinates. */
async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Screen position of a point on the map: projected into the drawing, then scaled as the page shows it. */
async function screenPointAt(map: Locator, m: StoryMap, point: LonLat) {
  const [x, y] = projectionFrom(m.model.projection)(point as [number, number])!;
  return map.locator('svg.range-map__svg').evaluate(
    (svg: SVGSVGElement, [x, y]) => {
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      return { x: box.left + ((x - view.x) * box.width) / view.width, y: box.top + ((y - view.y) * box.height) / view.height };
    },
    [x, y] as const,
  );
}

/**
 * Every place's flag and table cell, against the first range from where the launch point now is (as its
 * handle says): the page must agree with the build's arithmetic for every place not on the ring's edge.
 */
async function expectFlagsToFollowLaunch(map: Locator, m: StoryMap) {
  const handle = map.locator('[data-launch]');
  const at: LonLat = [Number(await handle.getAttribute('data-lon')), Number(await handle.getAttribute('data-lat'))];
  const within = inRangeOf(m, at);
  const km = m.model.rings[0]!.km;
  const clear = m.model.places.filter((place) => Math.abs(greatCircleKm(at, lonLat(place)) - km) > EDGE_KM(km) / 4);
  expect(clear.length, `places of ${m.id} clear of the ring's edge`).toBeGreaterThan(0);
  for (const place of clear) {
    expect(await flag(map, place.id), place.id).toBe(String(within.has(place.id)));
    // A place near the edge is hedged ("Yes, at the edge"); src/lib/maps/format.ts draws that line.
    expect(await cell(map, place.id), place.id).toMatch(new RegExp(`^${within.has(place.id) ? 'Yes' : 'No'}(, at the edge)?$`));
  }
}

/** The words a map says about its launch point: title, description, the legend's launch entry and the summary. */
async function wordsOf(map: Locator) {
  return {
    title: await map.locator('.range-map__title').textContent(),
    description: await map.locator('.range-map__description').textContent(),
    legend: await map.locator('[data-legend-launch]').textContent(),
    summary: await map.locator('[data-map-summary]').textContent(),
  };
}

/** A map on an open page. */
const mapOn = (page: Page, m: StoryMap) => page.locator(`figure[data-map="${m.id}"]`);

/**
 * Each article is loaded twice, however many maps it shows, with JavaScript and with it off, and every check
 * of its maps on a desktop screen runs on those two loads, in an order that leaves the page as the next
 * check expects (the drags, which move the point, come last). On a phone each map gets a load of its own.
 */
describe.each(ARTICLES)('the maps on $route', ({ route, maps }) => {
  let withJs: OpenedPage;
  let withoutJs: OpenedPage;
  beforeAll(async () => {
    [withJs, withoutJs] = await Promise.all([
      openPage(browser(), origin() + route, { permissions: ['clipboard-read', 'clipboard-write'] }),
      openPage(browser(), origin() + route, { javaScriptEnabled: false }),
    ]);
    await withJs.page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure[data-map]')].every((f) => f.dataset.interactive === 'true'));
  });
  afterAll(async () => {
    await Promise.all([withJs, withoutJs].map((opened) => opened?.close()));
  });

  it('shows every map complete with JavaScript off', async () => {
    for (const m of maps) {
      const map = mapOn(withoutJs.page, m);
      const focus = m.model.countries.find((country) => country.focus)!.iso3;
      expect(await map.locator(`path[data-country="${focus}"]`).count(), m.id).toBe(1);
      expect(await ringPath(map, m), m.id).toMatch(/^M/);
      expect(await map.locator('[data-map-hint]').isVisible(), m.id).toBe(true);
      expect(await map.locator('[data-map-presets]').isVisible(), m.id).toBe(false);
    }
  });

  it('does not shift the layout of the maps when the script takes over', async () => {
    // The same page before the map's script runs (its file never arrives): what the reader sees first. With
    // JavaScript off the page has no town search at all (it takes no room), so the two are compared with it on.
    const before = await browser().newContext({ viewport: { width: 1024, height: 900 } });
    await before.route(/\/_astro\/RangeMap[^/]*\.js$/, (request) => request.abort());
    const beforeScript = await before.newPage();
    await beforeScript.goto(origin() + route);
    const top = (page: Page, m: StoryMap) =>
      mapOn(page, m)
        .locator('svg.range-map__svg')
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    for (const m of maps) {
      expect(await mapOn(beforeScript, m).getAttribute('data-interactive'), m.id).toBeNull();
      expect(Math.abs((await top(withJs.page, m)) - (await top(beforeScript, m))), m.id).toBeLessThan(1);
    }
    await before.close();
  });

  it.each(maps)('$id shows a place’s name and distance in a placed callout on hover and on keyboard focus', async (m) => {
    const [hovered, focused] = m.model.places;
    if (!hovered || !focused) throw new Error(`the map ${m.id} marks fewer than two places`);
    const { page } = withJs;
    const map = mapOn(page, m);
    const callout = (id: string) => map.locator(`.only-wide [data-callout-for="${id}"]`);
    expect(await callout(hovered.id).count()).toBe(0);
    await map.locator(`[data-place="${hovered.id}"] .map-place-dot`).hover();
    await expect.poll(() => callout(hovered.id).isVisible()).toBe(true);
    expect(await callout(hovered.id).textContent()).toMatch(new RegExp(`(^${escapeRegExp(hovered.name)} · |^)${escapeRegExp(formatKm(hovered.distanceKm))}`));
    await page.mouse.move(0, 0);
    await expect.poll(() => callout(hovered.id).count()).toBe(0);
    await map.locator(`[data-place="${focused.id}"]`).focus();
    await expect.poll(() => callout(focused.id).isVisible()).toBe(true);
    expect(await map.locator('[data-map-readout]').textContent()).toMatch(
      new RegExp(`^${escapeRegExp(focused.name)}, ${escapeRegExp(formatDistance(focused.distanceKm))} from the launch point`),
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => callout(focused.id).count()).toBe(0);
  });

  it.each(maps)('$id names every place on a phone: by its label, and in the callout a tap on its dot shows, without moving the page', async (m) => {
    // A page of its own: a place picked on another map picks out its timeline's entries, which may move this one.
    const { page, close } = await openPage(browser(), origin() + route, { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    const map = mapOn(page, m);
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    const unplaced = new Set(m.model.labels.narrow.unplaced.map((label) => label.id));
    expect(m.model.places.length).toBeGreaterThan(0);
    // Labels as the reader first sees them: a tapped place's callout may then take a neighbour's room.
    for (const place of m.model.places.filter((p) => !unplaced.has(p.id))) {
      expect(await map.locator(`.only-narrow [data-label-for="${place.id}"]`).isVisible(), `${place.id} has its label on the map`).toBe(true);
    }
    // A tap on the middle of each dot names that place, even where a neighbour's tap circle or the launch
    // handle lies over it (Dnipro under Zaporizhzhia's, Kharkiv under the handle).
    for (const place of m.model.places) {
      const dot = map.locator(`[data-place="${place.id}"] .map-place-dot`);
      await dot.scrollIntoViewIfNeeded();
      const at = await centre(dot);
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.touchscreen.tap(at.x, at.y);
      const callout = map.locator(`.only-narrow [data-callout-for="${place.id}"]`);
      await expect.poll(() => callout.isVisible(), { timeout: 5000, message: `the callout of ${place.id}` }).toBe(true);
      expect(await map.locator('[data-map-readout]').textContent()).toMatch(new RegExp(`^${escapeRegExp(place.name)}, `));
      expect(await page.evaluate(() => window.scrollY), `a tap on ${place.id} moves the page`).toBe(scrolled);
    }
    await close();
  });

  it.each(maps)('$id reveals its embed snippet and copies it, with a confirmation', async (m) => {
    const map = mapOn(withJs.page, m);
    await map.getByText('Embed this map').click();
    const snippet = map.locator(`[data-embed-snippet="${m.id}"]`);
    expect(await snippet.isVisible()).toBe(true);
    await map.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => map.locator('[data-embed-status]').textContent()).toBe('Code copied');
    const copied = await map.page().evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet.textContent());
    expect(copied).toMatch(new RegExp(`^<iframe src="http[^"]+/embed/${escapeRegExp(m.id)}/"`));
  });

  it.each(maps)('$id changes nothing for a tap on the launch point that does not move it', async (m) => {
    await expectTapOnLaunchToChangeNothing(withJs.page, mapOn(withJs.page, m), withJs.errors);
    // A tap on the handle may name a place under it: closed, so the next check starts from the map as built.
    await withJs.page.keyboard.press('Escape');
  });

  it.each(maps)('$id follows a mouse drag of the launch point: ring, flags, table, summary and address', async (m) => {
    const { to: target, flips } = dragTargetOf(m);
    const { page, errors } = withJs;
    const map = mapOn(page, m);
    const flipsBefore = await Promise.all(flips.map((place) => flag(map, place.id)));
    const ringBefore = await ringPath(map, m);

    await map.locator('svg.range-map__svg').scrollIntoViewIfNeeded();
    const from = await centre(map.locator('[data-launch] .map-launch-mark'));
    const to = await screenPointAt(map, m, target);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();

    // Where the map has a place the drag takes across the ring, it changes sides; every flag follows the model.
    expect(await Promise.all(flips.map((place) => flag(map, place.id)))).toEqual(flipsBefore.map((before) => String(before !== 'true')));
    await expectFlagsToFollowLaunch(map, m);
    expect(await ringPath(map, m)).not.toBe(ringBefore);
    // The finding follows the point: the focus country's share, recomputed, and the count of places.
    const focusName = m.model.client.words.focusName;
    expect(await map.locator('[data-map-summary]').textContent()).toMatch(
      new RegExp(
        `^By area, (?:all|none|about \\d+%) of ${escapeRegExp(focusName)} lies within .* of your point, .*\\. \\d+ of ${m.model.places.length} marked places (?:is|are) within ${escapeRegExp(m.model.rangeLabel)}`,
      ),
    );
    expect(await map.locator('.range-map__title').textContent()).toMatch(new RegExp(` of ${escapeRegExp(focusName)} lies within .* of your point, `));
    const launch = new URL(page.url()).searchParams.get(launchParamName(m.id, m.first))!;
    const [lat, lon] = launch.split(',').map(Number);
    expect(lat).toBeCloseTo(target[1], 0);
    expect(lon).toBeCloseTo(target[0], 0);
    expect(errors).toEqual([]);
  });
});

describe('the range map in Chromium', () => {
  it('moves by keyboard: arrows take the map’s step, Shift its big step, Home resets', async () => {
    const { m, key, place } = keyboardCase();
    const { page, map, close } = await open(m);
    const handle = map.locator('[data-launch]');
    await handle.focus();
    const lat = async () => Number(await handle.getAttribute('data-lat'));
    const start = await lat();
    await page.keyboard.press('ArrowUp');
    // The first move waits for the map's instrument to load (range-map.ts); later ones are immediate.
    await expect.poll(async () => (await lat()) - start).toBeCloseTo(m.model.client.steps.km / 111.2, 2);
    await page.keyboard.press('Home');
    expect(await lat()).toBeCloseTo(start, 3);

    // One big step away from a place near the ring's edge takes it out of range.
    expect(await flag(map, place.id)).toBe('true');
    await page.keyboard.press(`Shift+${key}`);
    expect(await flag(map, place.id)).toBe('false');
    expect(await cell(map, place.id)).toMatch(/^No(, at the edge)?$/);
    await page.keyboard.press('Home');
    expect(await flag(map, place.id)).toBe('true');
    expect(new URL(page.url()).searchParams.has(launchParamName(m.id, m.first))).toBe(false);
    await close();
  });

  it.each(ARTICLES)(
    'keeps the keys a reader presses on $route while the map’s moving parts load, and then carries them out in order',
    async ({ route, maps }) => {
      const m = maps[0]!;
      const context = await browser().newContext();
      const page = await context.newPage();
      // Hold the instrument back (src/client/range-map.ts loads it on the first touch), as a slow network would.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/instrument\.[^/]+\.js$/, async (request) => {
        await held;
        await request.continue();
      });
      const launches: number[] = [];
      await page.exposeFunction('countLaunch', () => launches.push(1));
      await page.goto(origin() + route);
      await page.evaluate(() => document.addEventListener('rangemap:launch', () => (window as unknown as { countLaunch: () => void }).countLaunch()));
      const map = page.locator(`figure[data-map="${m.id}"]`);
      await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
      const handle = map.locator('[data-launch]');
      const lat = async () => Number(await handle.getAttribute('data-lat'));
      const start = await lat();
      await handle.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
      expect(await lat(), 'nothing moves before the instrument has loaded').toBe(start);
      release();
      await expect.poll(async () => (await lat()) - start).toBeCloseTo((3 * m.model.client.steps.km) / 111.2, 2);
      expect(launches).toHaveLength(3);
      await context.close();
    },
  );

  it('follows a touch drag', async () => {
    // The first map with a place a drag takes across its ring, if any story has one; otherwise the first map.
    const targets = STORY_MAPS.map((m) => ({ m, ...dragTargetOf(m) }));
    const { m, to: target, flips } = targets.find((t) => t.flips.length > 0) ?? targets[0]!;
    const { page, map, close } = await open(m, '', { hasTouch: true, isMobile: true, viewport: { width: 400, height: 800 } });
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    await map.scrollIntoViewIfNeeded();
    const flipsBefore = await Promise.all(flips.map((place) => flag(map, place.id)));
    const latBefore = await map.locator('[data-launch]').getAttribute('data-lat');
    const from = await centre(map.locator('[data-launch] .map-launch-mark'));
    const to = await screenPointAt(map, m, target);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 8; i++) await touch('touchMove', from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
    await touch('touchEnd', to.x, to.y);
    await expect.poll(() => map.locator('[data-launch]').getAttribute('data-lat')).not.toBe(latBefore);
    expect(await Promise.all(flips.map((place) => flag(map, place.id)))).toEqual(flipsBefore.map((before) => String(before !== 'true')));
    await expectFlagsToFollowLaunch(map, m);
    await close();
  });

  it('offers preset launch areas', async () => {
    const { m, preset, place } = presetCase();
    const { map, close } = await open(m);
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    const built = await wordsOf(map);
    await map.getByRole('button', { name: preset.label, exact: true }).click();
    await expect.poll(() => map.locator('[data-launch]').getAttribute('data-lat')).toBe(preset.lat.toFixed(3));
    expect(await flag(map, place.id)).toBe('false');
    expect(await map.getByRole('button', { name: preset.label, exact: true }).getAttribute('aria-pressed')).toBe('true');
    // The map names the preset shortly; the handle, the legend and the words name it in full. Then a move
    // ("Your point" on the map, the coordinates in the readout), then Home restores the editor's words exactly.
    const label = map.locator('.only-wide [data-label-for="launch"]');
    expect(await label.textContent()).toBe(preset.label);
    expect(await map.locator('[data-launch]').getAttribute('aria-label')).toMatch(new RegExp(`^Launch point: ${escapeRegExp(preset.launchLabel)}, `));
    const atPreset = await wordsOf(map);
    expect(atPreset.legend).toBe(`Launch point: ${preset.launchLabel}`);
    for (const words of [atPreset.title, atPreset.description, atPreset.summary]) expect(words).toContain(preset.label);
    await map.locator('[data-launch]').focus();
    await map.page().keyboard.press('ArrowUp');
    const [lon, lat] = destination(lonLat(preset), 0, m.model.client.steps.km);
    expect(await label.textContent()).toBe('Your point');
    expect(await map.locator('[data-map-readout]').textContent()).toBe(`Launch point: your point, ${formatCoordinate(lat, lon)}.`);
    expect((await wordsOf(map)).title).toContain(`your point, ${formatCoordinate(lat, lon)}`);
    await map.page().keyboard.press('Home');
    expect(await label.textContent()).toBe(m.model.launch.label);
    expect(await wordsOf(map)).toEqual(built);
    await close();
  });

  it('restores the view from a shared link and ignores a bad one', async () => {
    const { m, preset, place } = presetCase();
    const link = shared(lonLat(preset));
    const sharedView = await open(m, launchQuery(m, formatLaunchParam(link)));
    // A shared point loads the map's instrument at once; the point moves when it has loaded.
    await expect.poll(() => sharedView.map.locator('[data-launch]').getAttribute('data-lat')).toBe(link[1].toFixed(3));
    expect(await flag(sharedView.map, place.id)).toBe('false');
    await sharedView.close();

    // A link to a preset (another one, where the map has more) reopens with that preset chosen.
    const other = otherPresets(m).find((p) => p !== preset) ?? preset;
    const reopened = await open(m, launchQuery(m, formatLaunchParam(lonLat(other))));
    await expect.poll(() => reopened.map.getByRole('button', { name: other.label, exact: true }).getAttribute('aria-pressed')).toBe('true');
    await reopened.close();

    // The far side of the globe from the launch point: a real point, but not on this map.
    const home = m.model.launch;
    const antipode = shared([home.lon > 0 ? home.lon - 180 : home.lon + 180, -home.lat]);
    if (onFrame(projectionFrom(m.model.projection), m.model.projection, antipode)) throw new Error(`the map ${m.id} shows the far side of the globe`);
    const offMap = await open(m, launchQuery(m, formatLaunchParam(antipode)));
    expect(await offMap.map.locator('[data-launch]').getAttribute('data-lat')).toBe(home.lat.toFixed(3));
    await offMap.close();

    const bad = await open(m, launchQuery(m, '%22%3E%3Cscript%3Ealert(1)%3C/script%3E'));
    expect(await bad.map.locator('[data-launch]').getAttribute('data-lat')).toBe(home.lat.toFixed(3));
    expect(await flag(bad.map, place.id)).toBe('true');
    expect(bad.errors).toEqual([]);
    await bad.close();
  });
});

describe('the embed control under the map', () => {
  it.each(MAP_IDS)('takes the launch point from the address of the embed page of %s', async (id) => {
    const point = otherLaunchPoint(id);
    const { page, context } = await openPage(browser(), `${origin()}/embed/${id}/?launch=${point.param}`);
    await expect.poll(() => page.locator('[data-launch]').getAttribute('data-lat')).toBe(point.lat.toFixed(3));
    await context.close();
  });
});

/** Every map on every built page, as its page's route and its id. */
const MAPS = nonEmpty(
  builtPages().flatMap(({ route, file }) => [...readFileSync(file, 'utf8').matchAll(/<figure[^>]* data-map="([^"]+)"/g)].map((m) => ({ route, id: m[1]! }))),
  'maps on the pages in dist/',
);

/** A press and release on the launch point that does not move it changes no word, ring or address. */
async function expectTapOnLaunchToChangeNothing(page: Page, map: Locator, errors: string[]) {
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
}

// Article pages get this check in 'the maps on <article>' above, on the page's one load with JavaScript.
describe.each(MAPS.filter(({ route }) => !ARTICLES.some((article) => article.route === route)))('the map $id on $route', ({ route, id }) => {
  it('changes nothing for a tap on the launch point that does not move it', async () => {
    const { page, context, errors } = await openPage(browser(), origin() + route);
    const map = page.locator(`figure[data-map="${id}"]`);
    await expect.poll(() => map.getAttribute('data-interactive')).toBe('true');
    await expectTapOnLaunchToChangeNothing(page, map, errors);
    await context.close();
  });
});
