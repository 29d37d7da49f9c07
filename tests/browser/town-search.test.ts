/**
 * The town search under every range map of every built page (articles and embeds), in real Chromium. Each
 * map's page loads once per case and runs a whole reader's visit: nothing fetched before the box is used,
 * a diacritic query picked by keyboard alone, the map, table and address answering, clearing back to the
 * map as built, an exonym and same-named towns, a town off the map, the launch point moving under a town,
 * and the shared link reopening it. The words and the arrow's geometry are unit tests (tests/unit/maps/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { labelFaults } from '../helpers/label-faults.ts';
import { openPage } from '../helpers/open-page.ts';
import { escapeRegExp } from '../helpers/regexp.ts';
import { contentMapModel } from '../helpers/stories.ts';
import { DIST } from '../../tools/dist.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { greatCircleKm, type LonLat } from '../../src/lib/geo/distance.ts';
import { onFrame, projectionFrom } from '../../src/lib/geo/projection.ts';
import { GAZETTEER_DIR, shardPathForQuery, suggest, type GazetteerIndex, type TownRecord } from '../../src/lib/gazetteer/index.ts';
import { placeParamName } from '../../src/lib/maps/place-param.ts';

const { browser, origin } = useBuiltSiteInChromium();

/** Every map on every built page, with whether it is its page's first (which the plain `?place=` speaks for). */
const MAPS = nonEmpty(
  builtPages().flatMap(({ route, file }) =>
    [...readFileSync(file, 'utf8').matchAll(/<figure[^>]* data-map="([^"]+)"/g)].map((match, index) => ({ route, id: match[1]!, first: index === 0 })),
  ),
  'maps on the pages in dist/',
);
const ARTICLE_ROUTES = nonEmpty([...new Set(MAPS.filter((m) => m.route.startsWith('/articles/')).map((m) => m.route))], 'articles with maps');

/** The built gazetteer, read as the browser reads it: the index, then the one shard a query needs. */
const gazetteer = join(DIST, GAZETTEER_DIR);
const index = JSON.parse(readFileSync(join(gazetteer, 'index.json'), 'utf8')) as GazetteerIndex;
function bestMatches(query: string): TownRecord[] {
  const path = shardPathForQuery(index, query);
  if (!path) throw new Error(`the gazetteer has no shard for "${query}"`);
  return suggest(JSON.parse(readFileSync(join(gazetteer, path), 'utf8')) as TownRecord[], query).map((s) => s.town);
}
const townNamed = (query: string) => nonEmpty(bestMatches(query), `towns for "${query}"`)[0]!;

/** Towns far from each other, to find one off each map's frame. */
const FAR_TOWNS = ['Wellington', 'Santiago', 'Honolulu', 'Reykjavik', 'Cape Town', 'Anchorage'];

const lonLat = (town: TownRecord): LonLat => [town[4], town[5]];
const gazetteerRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes(`/${GAZETTEER_DIR}/`)) seen.push(request.url());
  });
  return seen;
};

/** The whole kilometres a line gives first (`1,094 km (680 miles)` → 1094). */
const kmIn = (text: string | null) => Number(/([\d,]+) km/.exec(text ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN);
const launchOf = async (map: Locator): Promise<LonLat> => {
  const handle = map.locator('[data-launch]');
  return [Number(await handle.getAttribute('data-lon')), Number(await handle.getAttribute('data-lat'))];
};
/** What the build drew, to compare after a search is cleared. */
const asBuilt = (map: Locator) => map.evaluate((figure) => [figure.querySelector('svg')!.outerHTML, figure.querySelector('[data-map-table]')!.outerHTML]);

/** Types a query and waits for its own suggestions, the first naming `first`. */
async function search(map: Locator, query: string, first: string) {
  await map.getByRole('combobox').fill(query);
  const options = map.locator('[role="option"]');
  await expect.poll(() => options.first().textContent(), { message: `suggestions for "${query}"` }).toMatch(new RegExp(`^${escapeRegExp(first)},`));
  return options;
}

/** The town's answer on the map: status line, marker or edge arrow, table row and address all name it, at its distance from where the launch point is now. */
async function expectAnswer(page: Page, map: Locator, m: (typeof MAPS)[number], town: TownRecord) {
  const status = map.locator('[data-town-status]');
  await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${escapeRegExp(town[1])}, .*: [\\d,]+ km \\([\\d,]+ miles\\) from the launch point, `));
  // The words follow the point once it settles: compare both once they agree.
  const off = async (line: Locator) => Math.abs(kmIn(await line.textContent()) - greatCircleKm(await launchOf(map), lonLat(town)));
  await expect.poll(() => off(status), { message: 'distance said' }).toBeLessThanOrEqual(1.5);
  expect(await off(map.locator(`[data-town-row="${town[0]}"] [data-cell="distance"]`)), 'distance in the table').toBeLessThanOrEqual(1.5);
  const marks = (await map.locator(`[data-town="${town[0]}"]`).count()) + (await map.locator(`[data-town-arrow="${town[0]}"]`).count());
  expect(marks, 'one marker or one arrow').toBe(1);
  expect(new URL(page.url()).searchParams.get(placeParamName(m.id, m.first))).toBe(String(town[0]));
  expect((await page.evaluate(labelFaults, null)).faults).toEqual([]);
}

describe.each(MAPS)('the town search of $id on $route', (m) => {
  it('answers a reader who types, picks with the keyboard, clears, moves the point and shares the link', async () => {
    const { page, close, errors } = await openPage(browser(), origin() + m.route);
    const requests = gazetteerRequests(page);
    const map = page.locator(`figure[data-map="${m.id}"]`);
    const input = map.getByRole('combobox');
    // An embed keeps the search with its other controls, one tap away.
    const more = map.locator('details[data-map-more] > summary');
    if (await more.count()) await more.click();
    await expect.poll(() => input.isVisible()).toBe(true);
    const built = await asBuilt(map);
    expect(requests, 'nothing fetched before the box is used').toEqual([]);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    const listId = (await input.getAttribute('aria-controls'))!;
    expect(await map.locator(`#${listId}[role="listbox"]`).count()).toBe(1);

    // Diacritics: the whole name at once costs two requests (the index and one shard).
    const dnipro = townNamed('dnipro');
    await input.focus();
    await input.fill('dnipró');
    await expect.poll(() => map.locator('[role="option"]').first().textContent()).toMatch(/^Dnipro\b/);
    expect(requests.length, requests.join(' ')).toBeLessThanOrEqual(2);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    // Keyboard only: arrow keys move the active option, Enter picks it.
    await input.press('ArrowDown');
    const active = (await input.getAttribute('aria-activedescendant'))!;
    expect(await map.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await expectAnswer(page, map, m, dnipro);

    // Escape empties the box, and the map, table and address are as built.
    await input.press('Escape');
    await expect.poll(() => map.locator('[data-town-row]').count()).toBe(0);
    expect(await asBuilt(map)).toEqual(built);
    expect(new URL(page.url()).searchParams.has(placeParamName(m.id, m.first))).toBe(false);

    // Same-named towns read apart; an exonym finds the town, picked with a click.
    const springfields = await (await search(map, 'Springfield', 'Springfield')).allTextContents();
    expect(springfields.length).toBeGreaterThan(1);
    expect(new Set(springfields).size, springfields.join(' | ')).toBe(springfields.length);
    const kyiv = townNamed('Kiev');
    expect(kyiv[1]).toBe('Kyiv');
    await input.fill('');
    await input.pressSequentially('Kiev');
    await expect.poll(() => map.locator('[role="option"]').first().textContent()).toMatch(/^Kyiv \(Kiev\), UA\b/);
    await map.locator('[role="option"]').first().click();
    await expectAnswer(page, map, m, kyiv);

    // A town off the map: listed, with an arrow on the frame's edge.
    const projection = projectionFrom(contentMapModel(m.id).projection);
    const far = FAR_TOWNS.map(townNamed).find((town) => !onFrame(projection, contentMapModel(m.id).projection, lonLat(town)));
    if (far) {
      await (await search(map, far[1], far[1])).first().click();
      await expectAnswer(page, map, m, far);
      expect(await map.locator('[data-town-status]').textContent()).toContain('off this map');
      const [arrow, frame] = [await map.locator(`[data-town-arrow="${far[0]}"]`).boundingBox(), await map.locator('svg.range-map__svg').boundingBox()];
      expect(arrow!.x >= frame!.x && arrow!.y >= frame!.y && arrow!.x + arrow!.width <= frame!.x + frame!.width + 0.5).toBe(true);
    }

    // The launch point moves: the town's distance follows.
    await map.locator('[data-launch]').focus();
    await map.locator('[data-launch]').press('Shift+ArrowDown');
    await map.locator('[data-launch]').press('Shift+ArrowLeft');
    const shown = far ?? kyiv;
    await expectAnswer(page, map, m, shown);

    // The shared link shows the same town, with the same words.
    // (The link keeps the launch point to two decimals: the distance may differ by a kilometre, checked by expectAnswer.)
    const named = (await map.locator('[data-town-status]').textContent())!.split(':')[0]!;
    const again = await openPage(browser(), page.url());
    const sameMap = again.page.locator(`figure[data-map="${m.id}"]`);
    await expect.poll(() => sameMap.locator('[data-town-status]').textContent()).toMatch(new RegExp(`^${escapeRegExp(named)}: `));
    // The reader of the link sees the words, even where the box sits in a disclosure (an embed's).
    expect(await sameMap.locator('[data-town-status]').isVisible(), 'the words of a shared town are on screen').toBe(true);
    await expectAnswer(again.page, sameMap, m, shown);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.close();
    await close();
  });
});

describe('the town search with bad input', () => {
  const m = MAPS[0]!;
  const param = placeParamName(m.id, m.first);
  it.each([
    { what: 'a script', query: `${param}=%3Cscript%3Ealert(1)%3C%2Fscript%3E` },
    { what: 'an unknown id', query: `${param}=999999999` },
    { what: 'a huge number', query: `${param}=${'9'.repeat(3000)}` },
  ])('changes nothing but saying "no such place" for $what in ?place=', async ({ query }) => {
    const plain = await openPage(browser(), origin() + m.route);
    const { page, close, errors } = await openPage(browser(), `${origin()}${m.route}?${query}`);
    const map = page.locator(`figure[data-map="${m.id}"]`);
    await expect.poll(() => map.locator('[data-town-status]').textContent()).toMatch(/^No such place/);
    const svg = (p: Page) => p.locator(`figure[data-map="${m.id}"] svg.range-map__svg`).evaluate((el) => el.outerHTML);
    expect(await svg(page)).toBe(await svg(plain.page));
    expect(await map.locator('[data-town-row]').count()).toBe(0);
    expect(errors).toEqual([]);
    await plain.close();
    await close();
  });

  it('ignores another map’s parameter, and says "no such place" for hostile text typed in the box', async () => {
    const { page, close, errors } = await openPage(browser(), `${origin()}${m.route}?place-no-such-map=703448`);
    let dialogs = 0;
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs++));
    const map = page.locator(`figure[data-map="${m.id}"]`);
    const input = map.getByRole('combobox');
    await expect.poll(() => input.isVisible()).toBe(true);
    expect(await page.locator('[data-town-status]:not(:empty)').count()).toBe(0);
    await input.fill('"><img src=x onerror=alert(1)>');
    await expect.poll(() => map.locator('[data-town-status]').textContent()).toMatch(/^No such place/);
    expect(await map.locator('[role="option"]').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('Use my location', () => {
  it('measures from the position the browser gives, asked for only on the press, which stays on the page', async () => {
    const m = MAPS[0]!;
    const position = { latitude: 52.52, longitude: 13.405 };
    const { page, context, close, errors } = await openPage(browser(), origin() + m.route, { geolocation: position });
    // Count the page's requests for a position.
    await context.addInitScript(() => {
      const geolocation = navigator.geolocation;
      const ask = geolocation.getCurrentPosition.bind(geolocation);
      (window as unknown as { asked: number }).asked = 0;
      geolocation.getCurrentPosition = (...args) => {
        (window as unknown as { asked: number }).asked++;
        ask(...args);
      };
    });
    await page.reload();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url()));
    const map = page.locator(`figure[data-map="${m.id}"]`);
    const button = map.getByRole('button', { name: 'Use my location' });
    await expect.poll(() => button.isVisible()).toBe(true);
    const asked = () => page.evaluate(() => (window as unknown as { asked: number }).asked);
    // Using the box does not ask for the position; the press does, once.
    await map.getByRole('combobox').fill('warsaw');
    await expect.poll(() => map.locator('[role="option"]').count()).toBeGreaterThan(0);
    expect(await asked()).toBe(0);
    await context.grantPermissions(['geolocation']);
    await button.click();
    await expect.poll(asked).toBe(1);
    const status = map.locator('[data-town-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Your location: [\d,]+ km \([\d,]+ miles\) from the launch point, /);
    const km = greatCircleKm(await launchOf(map), [position.longitude, position.latitude]);
    expect(Math.abs(kmIn(await status.textContent()) - km)).toBeLessThanOrEqual(1.5);
    expect((await map.locator('[data-town="here"]').count()) + (await map.locator('[data-town-arrow="here"]').count())).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    expect(sent.filter((url) => url.includes(String(position.latitude)) || url.includes(String(position.longitude)))).toEqual([]);
    expect(sent.every((url) => new URL(url).origin === origin())).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe.each(ARTICLE_ROUTES)('the town search on %s', (route) => {
  it('is not shown with JavaScript off', async () => {
    const { page, close } = await openPage(browser(), origin() + route, { javaScriptEnabled: false });
    const boxes = page.locator('[data-town-search]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isVisible()).toBe(false);
    await close();
  });

  it.each([375, 320])('works by touch on a %i px phone: 24 px suggestions, the answer in view, nothing sideways', async (width) => {
    const { page, close } = await openPage(browser(), origin() + route, { viewport: { width, height: 667 }, hasTouch: true, isMobile: true });
    const map = page.locator('figure[data-map]').first();
    const input = map.getByRole('combobox');
    await expect.poll(() => input.isVisible()).toBe(true);
    await input.tap();
    await input.pressSequentially('warsaw');
    const options = map.locator('[role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const [list, svg] = [await map.getByRole('listbox').boundingBox(), await map.locator('svg.range-map__svg').boundingBox()];
    expect(list!.y, 'the list does not cover the map').toBeGreaterThanOrEqual(svg!.y + svg!.height);
    for (const option of await options.all()) expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await options.first().tap();
    // The keyboard goes (the box loses focus), and the answer is on screen.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('combobox');
    const status = await map.locator('[data-town-status]').boundingBox();
    expect(status!.y >= 0 && status!.y + status!.height <= 667).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await close();
  });
});
