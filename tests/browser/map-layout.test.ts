/**
 * The maps as a reader sees them, on every built page that carries one (articles and embeds, found by
 * crawling the built site), at 320, 375, 768 and 1280 px in light and dark: labels that must be there are
 * there and sit on no other place's marker, map text is large enough on screen, rings are wide and
 * contrasting enough, handles are big enough to hit, the preset row wraps, the launch label follows the
 * presets and the keyboard moves in proportion to the map.
 *
 * How it stays cheap per story without checking less: each page is loaded once per width and measured in
 * light and in dark on that one load; an action (a preset, a key) is taken once per width and what it did is
 * measured in both themes; the embed's fit is read from the 320 px load. The every-state check drags each map
 * once per pair of widths that show the same label set and measures each state at both (resizing the page
 * between them), so every state is still measured at all four widths. Round trips are batched: one
 * evaluation measures a state and says where the next drag starts.
 *
 * The site is built with the edge-case maps of tests/fixtures/ added (a world map, a Pacific extent across
 * 180°, a 50 km ring), so their embed pages are crawled along with every real page. It is built once per
 * run, before any test file, by tests/setup/fixture-maps-site.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { labelFaults } from '../helpers/label-faults.ts';
import { DIST } from '../../tools/dist.ts';
import { inStoryScope, STORY_SCOPE } from '../helpers/story-scope.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

// With STORY set (npm run check -- <slug>) only that story's pages are measured, and dist/ holds them as built.
const build = inject('fixtureMapsSite');
if (!STORY_SCOPE && !build.ok) throw new Error(`the site with the fixture maps does not build:\n${build.output}`);
const SITE = STORY_SCOPE ? DIST : build.dist;

let chromium: Browser | undefined;
let site: StaticSite | undefined;
beforeAll(async () => {
  [chromium, site] = await Promise.all([launchChromium(), serveStatic({ root: SITE })]);
});
afterAll(async () => {
  await chromium?.close();
  await site?.close();
});
const browser = () => chromium!;
const origin = () => site!.origin;

const ROUTES = nonEmpty(
  filesUnder(SITE)
    .filter((path) => path.endsWith('.html') && readFileSync(join(SITE, path), 'utf8').includes('data-map='))
    .map((path) => `/${path.replace(/index\.html$/, '')}`)
    .filter(inStoryScope),
  'built pages with a map',
);
/** The embed pages among them: each must fit its embed code's height. */
const EMBED_ROUTES = nonEmpty(
  ROUTES.filter((route) => route.includes('/embed/')),
  'built embed pages with a map',
);
const WIDTHS = [320, 375, 768, 1280] as const;
/** Each width whose every-state check also measures another, of the same label set: together, all four. */
const PARTNER_WIDTH = new Map<number, number>([
  [375, 320],
  [1280, 768],
]);
const SCHEMES = ['light', 'dark'] as const;

/** What every map on the page (or only the one named) looks like on screen, measured in the page. */
function measureMaps(only: string | null) {
  type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
  const rect = (el: Element): Rect => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  };
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  /** `over` with alpha laid on `under`. */
  const blend = (over: number[], under: number[]) => {
    const alpha = over[3] ?? 1;
    return [0, 1, 2].map((i) => over[i]! * alpha + under[i]! * (1 - alpha));
  };

  return [...document.querySelectorAll<HTMLElement>('figure[data-map]')]
    .filter((figure) => !only || figure.dataset.map === only)
    .map((figure) => {
      const svg = figure.querySelector<SVGSVGElement>('svg.range-map__svg')!;
      const state = JSON.parse(figure.querySelector('script[data-map-state]')!.textContent!) as { presets: unknown[] };
      const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(shown).map((t) => ({
        text: t.textContent ?? '',
        px: Number.parseFloat(getComputedStyle(t).fontSize) * k,
      }));
      const labels = [...svg.querySelectorAll<SVGTextElement>('[data-label-for]')]
        .filter(shown)
        .map((t) => ({ id: t.dataset.labelFor!, text: t.textContent, rect: rect(t) }));
      const markers = [
        ...[...svg.querySelectorAll<SVGGElement>('[data-place]')].flatMap((g) =>
          [...g.querySelectorAll('.map-place-dot, .map-strike')].map((m) => ({ id: g.dataset.place!, rect: rect(m) })),
        ),
        { id: 'launch', rect: rect(svg.querySelector('.map-launch-mark')!) },
      ];
      const surroundings = ['.map-water', '.map-country:not(.map-country--focus)', '.map-country--focus']
        .map((selector) => svg.querySelector(selector))
        .filter((el): el is Element => !!el)
        .map((el) => rgb(getComputedStyle(el).fill));
      const ringFill = rgb(getComputedStyle(svg.querySelector('.map-ring-area')!).fill);
      const rings = [...svg.querySelectorAll<SVGPathElement>('.map-ring-line')].map((line) => {
        const stroke = rgb(getComputedStyle(line).stroke);
        const against = surroundings.flatMap((s) => [s, blend(ringFill, s)]);
        return {
          km: line.dataset.rangeLineKm,
          widthPx: Number.parseFloat(getComputedStyle(line).strokeWidth) * k,
          contrast: Math.min(...against.map((s) => contrast(stroke, s))),
        };
      });
      const handles = [...svg.querySelectorAll('[data-place], [data-launch]')].map((h) => ({ id: (h as SVGElement).dataset.place ?? 'launch', rect: rect(h) }));
      const row = figure.querySelector<HTMLElement>('[data-map-presets]');
      const figureRect = rect(figure);
      return {
        id: figure.dataset.map!,
        presetCount: state.presets.length,
        focus: svg.querySelector<SVGElement>('.map-country--focus')?.dataset.country,
        strikes: [...svg.querySelectorAll<SVGGElement>('[data-place][data-strike="true"]')].map((g) => g.dataset.place!),
        texts,
        labels,
        markers,
        rings,
        handles,
        presetRow:
          row && shown(row)
            ? { overflows: row.scrollWidth > row.clientWidth + 1, buttons: [...row.querySelectorAll('button')].map(rect), figure: figureRect }
            : null,
      };
    });
}

type MeasuredMap = ReturnType<typeof measureMaps>[number];

/** An embed keeps its presets in a closed disclosure under the map; a reader opens it to reach them. */
async function showPresets(figure: Locator) {
  const more = figure.locator('details[data-map-more]:not([open]) > summary');
  if ((await more.count()) > 0) await more.click();
}

/**
 * Waits for the map's instrument (loaded on a reader's first touch, range-map.ts) by moving the point a step
 * and back, so what a test measures after its next action is that action's result, never the build's.
 */
async function loadInstrument(figure: Locator) {
  const handle = figure.locator('[data-launch]');
  const start = await handle.getAttribute('data-lat');
  await handle.focus();
  await handle.press('ArrowDown');
  await expect.poll(() => handle.getAttribute('data-lat')).not.toBe(start);
  await handle.press('Home');
  await expect.poll(() => handle.getAttribute('data-lat')).toBe(start);
}

const overlap = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A label's ink, not its line box: the box Chromium reports includes the font's full ascent and descent. */
const ink = (r: { left: number; top: number; right: number; bottom: number; height: number }) => ({
  ...r,
  top: r.top + r.height * 0.2,
  bottom: r.bottom - r.height * 0.2,
});

// Each page is loaded once per width and measured in light, then in dark: the theme changes colours, not
// layout, and the interactive checks below put every map back as they found it.
describe.each(ROUTES)('maps on %s', (route) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    let context: BrowserContext;
    let page: Page;
    let embedHeight: number | undefined;
    beforeAll(async () => {
      context = await browser().newContext({ colorScheme: SCHEMES[0], viewport: { width, height: 800 } });
      page = await context.newPage();
      await page.goto(origin() + route);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure[data-map]')].every((f) => f.dataset.interactive === 'true'));
      // Measured before any check opens a disclosure: the page as the embed code first shows it.
      embedHeight = await page.evaluate(() => document.querySelector('[data-embed-root]')?.getBoundingClientRect().height);
    });
    afterAll(() => context?.close());

    // Without the host script an embed keeps the height its code starts with: at 320 px it must hold the whole map.
    if (width === 320 && EMBED_ROUTES.includes(route))
      it('fits the embed in the height its embed code starts with', () => {
        const { height } = JSON.parse(readFileSync(join(SITE, route.replace(/^\//, ''), 'oembed.json'), 'utf8')) as { height: number };
        expect(embedHeight).toBeDefined();
        expect(Math.ceil(embedHeight!)).toBeLessThanOrEqual(height);
      });

    describe.each(SCHEMES)('%s', (colorScheme) => {
      let maps: MeasuredMap[];
      beforeAll(async () => {
        await page.emulateMedia({ colorScheme });
        maps = await page.evaluate(measureMaps, null);
      });

      it('labels the launch point, the focus country and every reported strike, each on no other place’s marker', () => {
        expect(maps.length).toBeGreaterThan(0);
        for (const map of maps) {
          const labelled = new Set(map.labels.map((l) => l.id));
          expect(labelled, `${map.id}: launch`).toContain('launch');
          expect(labelled, `${map.id}: focus country`).toContain(map.focus);
          const launch = map.markers.find((m) => m.id === 'launch')!.rect;
          for (const strike of map.strikes) {
            // A strike under the launch marker is named by the launch label.
            const onLaunch = map.markers.some((m) => m.id === strike && overlap(m.rect, launch));
            if (!onLaunch) expect(labelled, `${map.id}: strike ${strike}`).toContain(strike);
          }
          for (const label of map.labels) {
            for (const marker of map.markers.filter((m) => m.id !== label.id)) {
              expect(overlap(ink(label.rect), marker.rect), `${map.id}: label "${label.text}" on ${marker.id}'s marker`).toBe(false);
            }
          }
        }
      });

      it(`sets map text at ${width < 375 ? 11 : 12} px or more on screen`, () => {
        expect(maps.length).toBeGreaterThan(0);
        for (const map of maps) {
          expect(map.texts.length, map.id).toBeGreaterThan(0);
          for (const text of map.texts) expect(text.px, `${map.id}: "${text.text}"`).toBeGreaterThanOrEqual(width < 375 ? 11 : 12);
        }
      });

      it('draws rings at least 2 px wide that contrast 3:1 with the water and land around them', () => {
        expect(maps.length).toBeGreaterThan(0);
        for (const map of maps) {
          expect(map.rings.length, map.id).toBeGreaterThan(0);
          for (const ring of map.rings) {
            expect(ring.widthPx, `${map.id}: ${ring.km} km`).toBeGreaterThanOrEqual(2);
            expect(ring.contrast, `${map.id}: ${ring.km} km`).toBeGreaterThanOrEqual(3);
          }
        }
      });

      it('gives every map handle at least 24 × 24 px', () => {
        expect(maps.length).toBeGreaterThan(0);
        for (const map of maps) {
          expect(map.handles.length, map.id).toBeGreaterThan(0);
          for (const handle of map.handles) {
            expect(handle.rect.width, `${map.id}: ${handle.id}`).toBeGreaterThanOrEqual(24);
            expect(handle.rect.height, `${map.id}: ${handle.id}`).toBeGreaterThanOrEqual(24);
          }
        }
      });

      it('wraps the preset row rather than cutting a button off, and shows none without presets', () => {
        for (const map of maps) {
          if (map.presetCount === 0) {
            expect(map.presetRow, map.id).toBeNull();
            continue;
          }
          const row = map.presetRow!;
          expect(row.overflows, map.id).toBe(false);
          expect(row.buttons.length, map.id).toBeGreaterThanOrEqual(map.presetCount);
          for (const button of row.buttons) {
            expect(button.left).toBeGreaterThanOrEqual(row.figure.left - 0.5);
            expect(button.right).toBeLessThanOrEqual(row.figure.right + 0.5);
          }
        }
      });
    });

    // The interactive checks act once per width and measure what they did in light and in dark: the theme
    // changes colours, not what a press or a click does, so pressing again per theme only repeats the press.
    it('moves the launch label with each preset, keeping it off other markers, in light and dark', async () => {
      for (const map of (await page.evaluate(measureMaps, null)).filter((m) => m.presetCount > 0)) {
        const figure = page.locator(`figure[data-map="${map.id}"]`);
        const state = JSON.parse((await figure.locator('script[data-map-state]').textContent())!) as {
          home: { point: [number, number]; label: string };
          presets: { point: [number, number]; label: string }[];
        };
        await showPresets(figure);
        await loadInstrument(figure);
        const buttons = figure.locator('[data-preset-lat]');
        for (let i = 0; i < state.presets.length; i++) {
          await buttons.nth(i).click();
          // A preset at the map's own point is the map's own view, with the editor's label.
          const preset = state.presets[i]!;
          const home = preset.point.every((value, axis) => value.toFixed(2) === state.home.point[axis]!.toFixed(2));
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            const [after] = await page.evaluate(measureMaps, map.id);
            expect(after, map.id).toBeDefined();
            const launchLabel = after!.labels.find((l) => l.id === 'launch')!;
            expect(launchLabel.text, colorScheme).toBe(home ? state.home.label : preset.label);
            for (const marker of after!.markers.filter((m) => m.id !== 'launch')) {
              expect(overlap(ink(launchLabel.rect), marker.rect), `${colorScheme}: ${map.id}: "${launchLabel.text}" on ${marker.id}`).toBe(false);
            }
          }
        }
        await figure.locator('[data-map-reset]').click();
      }
    });

    it('steps the launch point by keyboard in proportion to the map, relabels it, and keeps ring labels on their rings, in light and dark', async () => {
      const figures = await page.locator('figure[data-map]').all();
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        const map = await figure.getAttribute('data-map');
        // What the map shows of its launch point, read in one round trip.
        const read = () =>
          figure.evaluate((el) => {
            const ringLabel = el.querySelector('.only-wide [data-ring-label-km]');
            return {
              steps: (JSON.parse(el.querySelector('script[data-map-state]')!.textContent!) as { steps: { km: number } }).steps,
              lat: Number(el.querySelector('[data-launch]')!.getAttribute('data-lat')),
              label: el.querySelector('[data-label-for="launch"]')?.textContent,
              readout: el.querySelector('[data-map-readout]')?.textContent,
              ringLabelAt: ringLabel ? `${ringLabel.getAttribute('x')},${ringLabel.getAttribute('y')}` : null,
            };
          });
        const before = await read();
        await figure.locator('[data-launch]').focus();
        await page.keyboard.press('ArrowDown');
        // The first move on a page waits for the map's instrument to load (range-map.ts).
        await expect.poll(async () => (await read()).lat, { message: map! }).not.toBe(before.lat);
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const moved = await read();
          const where = `${colorScheme}: ${map}`;
          // One step south moves the point by steps.km along the meridian: 111.2 km a degree.
          const movedKm = (before.lat - moved.lat) * 111.2;
          expect(Math.abs(movedKm - before.steps.km) / before.steps.km, where).toBeLessThan(0.02);
          // A moved point gets a short name on the map; its coordinates go in the readout.
          expect(moved.label, where).toBe('Your point');
          expect(moved.readout, where).toMatch(/^Launch point: your point, \d+\.\d\d° [NS], \d+\.\d\d° [EW]\.$/);
          if (before.ringLabelAt) expect(moved.ringLabelAt, where).not.toBe(before.ringLabelAt);
        }
        await page.keyboard.press('Home');
        expect((await read()).lat, map!).toBeCloseTo(before.lat, 3);
      }
    });

    // The states a reader reaches are reached once for each pair of widths that show the same label set (320
    // and 375 px the narrow one, 768 and 1280 the wide one: the placer lays out every set in the drawing's own
    // units at each move, and the screen only scales it) and measured at both: the page is resized between them
    // at each state, which keeps its point, callout and labels, and the next drag starts at whichever width the
    // page has then. So every width is measured in every state, as when each width dragged on its own.
    const partner = PARTNER_WIDTH.get(width);
    if (partner)
      it(`keeps every label clear and by its marker at ${width} and ${partner} px in every state a reader reaches: each preset, a grid of moved points, mid-drag, a tapped place, a shared link`, async () => {
        const found: string[] = [];
        let now: number = width;
        /** Records the faults at the width the page has, then at the other, leaving the page there; returns where the dragged map is now. */
        const record = async (state: string, dragged: string | null = null) => {
          let measured = await page.evaluate(labelFaults, dragged);
          found.push(...measured.faults.map((fault) => `${now} px, ${state}: ${fault}`));
          now = now === width ? partner : width;
          await page.setViewportSize({ width: now, height: 800 });
          measured = await page.evaluate(labelFaults, dragged);
          found.push(...measured.faults.map((fault) => `${now} px, ${state}: ${fault}`));
          return measured.drag;
        };
        /** Grid point `i` of 4 × 4 over the frame, on screen. */
        const gridPoint = (frame: { x: number; y: number; width: number; height: number }, i: number) => ({
          x: frame.x + frame.width * ((i % 4) + 0.5) * 0.25,
          y: frame.y + frame.height * (Math.floor(i / 4) + 0.5) * 0.25,
        });
        const sharedLinks: { map: string | null; url: string }[] = [];
        await record('as built');
        for (const figure of await page.locator('figure[data-map]').all()) {
          const map = (await figure.getAttribute('data-map'))!;
          await showPresets(figure);
          await loadInstrument(figure);
          for (const button of await figure.locator('[data-preset-lat]').all()) {
            await button.click();
            await record(`${map} at preset "${await button.textContent()}"`);
          }
          let at = (await page.evaluate(labelFaults, map)).drag!;
          for (let i = 0; i < 16; i += 1) {
            const to = gridPoint(at.frame, i);
            await page.mouse.move(at.from.x, at.from.y);
            await page.mouse.down();
            if (i === 0) {
              await page.mouse.move((at.from.x + to.x) / 2, (at.from.y + to.y) / 2, { steps: 2 });
              // Mid-drag, the page may be resized: the drag goes on to the same grid point of the frame as it is now.
              const middle = (await record(`${map} mid-drag`, map))!;
              const on = gridPoint(middle.frame, i);
              await page.mouse.move(on.x, on.y, { steps: 2 });
            } else await page.mouse.move(to.x, to.y); // one move is a drag: the steps are range-map.test.ts's business
            await page.mouse.up();
            at = (await record(`${map} moved to grid point ${i}`, map))!;
          }
          // The address now holds the last point (each map ends at Home, so only this map's): a reader who
          // shares it opens the map there. A world map may refuse a grid point on the far side of the globe.
          if (new URL(page.url()).search.includes('launch')) sharedLinks.push({ map, url: page.url() });
          const place = figure.locator('[data-place]').first();
          await place.locator('.map-place-dot').click({ force: true });
          await record(`${map} moved, ${await place.getAttribute('data-place')} tapped`);
          await figure.locator('[data-launch]').focus();
          await page.keyboard.press('Home');
          await place.locator('.map-place-dot').click({ force: true });
          await record(`${map} ${await place.getAttribute('data-place')} tapped`);
          await page.keyboard.press('Escape');
        }
        for (const { map, url } of sharedLinks) {
          await page.goto(url);
          // A shared point loads the instrument at once; the map is drawn for it when its launch label says so.
          await expect.poll(() => page.locator(`figure[data-map="${map}"] [data-label-for="launch"]`).first().textContent()).toBe('Your point');
          await record(`${map} opened from a shared link`);
        }
        await page.setViewportSize({ width, height: 800 });
        expect(sharedLinks.length).toBeGreaterThan(0);
        expect(found).toEqual([]);
      });
  });
});

// A phone held sideways (667 × 375): the whole drawing fits the screen's height, its text still legible.
describe.each(ROUTES)('the maps on %s in phone landscape', (route) => {
  it('fit the screen’s height, with map text at 11 px or more', async () => {
    const context = await browser().newContext({ viewport: { width: 667, height: 375 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(origin() + route);
    const maps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('figure[data-map]')].map((figure) => {
        const svg = figure.querySelector<SVGSVGElement>('svg.range-map__svg')!;
        const sizes = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((text) => text.getClientRects().length > 0)
          .map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a);
        return { id: figure.dataset.map, height: svg.getBoundingClientRect().height, smallest: Math.min(...sizes) };
      }),
    );
    await context.close();
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      expect(map.height, `${map.id}: drawing height`).toBeLessThanOrEqual(375);
      expect(map.smallest, `${map.id}: smallest map text`).toBeGreaterThanOrEqual(11);
    }
  });
});
