/**
 * The maps as a reader sees them, on every built page that carries one (articles and embeds, found by
 * crawling the built site), at 320, 375, 768 and 1280 px in light and dark: labels that must be there are
 * there and sit on no other place's marker, map text is large enough on screen, rings are wide and
 * contrasting enough, handles are big enough to hit, the preset row wraps, the launch label follows the
 * presets and the keyboard moves in proportion to the map.
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
const WIDTHS = [320, 375, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/** What every map on the page looks like on screen, measured in the page. */
function measureMaps() {
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

  return [...document.querySelectorAll<HTMLElement>('figure[data-map]')].map((figure) => {
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

/**
 * Every fault of the labels shown on each map, measured in the page: map text (labels, ring distances,
 * country names, a callout) over other map text or another place's painted marker, cut by the frame, or
 * further than about 8 px from its own marker (or nearer another) without a leader line.
 */
function labelFaults() {
  const faults: string[] = [];
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map]')) {
    const svg = figure.querySelector<SVGSVGElement>('svg.range-map__svg')!;
    const frame = svg.getBoundingClientRect();
    // Chromium's text box spans the font's whole ascent and descent: keep the ink, as the placer measures it.
    const ink = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + r.height * 0.2, bottom: r.bottom - r.height * 0.2 };
    };
    type Box = ReturnType<typeof ink>;
    const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const gap = (a: Box, b: Box) => Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));
    const texts = [...svg.querySelectorAll<SVGTextElement>('.map-labels text')].filter(shown).map((el) => ({
      el,
      id: el.dataset.labelFor ?? el.dataset.calloutFor ?? null,
      text: el.textContent ?? '',
      box: ink(el),
    }));
    const markers = [
      ...[...svg.querySelectorAll<SVGGElement>('[data-place]')].flatMap((g) =>
        [...g.querySelectorAll('.map-place-dot, .map-strike')].map((m) => ({ id: g.dataset.place!, box: m.getBoundingClientRect() as Box })),
      ),
      { id: 'launch', box: svg.querySelector('.map-launch-mark')!.getBoundingClientRect() as Box },
    ];
    const where = `${figure.dataset.map}`;
    texts.forEach((t, i) => {
      if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5 || t.box.top < frame.top - 0.5 || t.box.bottom > frame.bottom + 0.5)
        faults.push(`${where}: "${t.text}" cut by the frame`);
      for (const other of texts.slice(i + 1)) if (overlap(t.box, other.box)) faults.push(`${where}: "${t.text}" over "${other.text}"`);
      for (const marker of markers) if (marker.id !== t.id && overlap(t.box, marker.box)) faults.push(`${where}: "${t.text}" over ${marker.id}'s marker`);
      const own = markers.filter((m) => m.id === t.id);
      const led = t.el.previousElementSibling?.classList.contains('map-leader');
      if (!own.length || led) return;
      const mine = Math.min(...own.map((m) => gap(t.box, m.box)));
      if (mine > 16) faults.push(`${where}: "${t.text}" ${mine.toFixed(1)} px from its marker with no leader`);
      // The page's text boxes are not the placer's (ascent, overhang): a few pixels either way are the same.
      const nearer = markers.filter((m) => m.id !== t.id && gap(t.box, m.box) < mine - 3 && !own.some((o) => overlap(o.box, m.box)));
      if (nearer.length)
        faults.push(
          `${where}: "${t.text}" nearer ${nearer.map((m) => `${m.id} (${gap(t.box, m.box).toFixed(1)} px)`).join(', ')} than its own marker (${mine.toFixed(1)} px)`,
        );
    });
  }
  return faults;
}

// Each page is loaded once per width and measured in light, then in dark: the theme changes colours, not
// layout, and the interactive checks below put every map back as they found it.
describe.each(ROUTES)('maps on %s', (route) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser().newContext({ colorScheme: SCHEMES[0], viewport: { width, height: 800 } });
      page = await context.newPage();
      await page.goto(origin() + route);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure[data-map]')].every((f) => f.dataset.interactive === 'true'));
    });
    afterAll(() => context?.close());

    describe.each(SCHEMES)('%s', (colorScheme) => {
      let maps: MeasuredMap[];
      beforeAll(async () => {
        await page.emulateMedia({ colorScheme });
        maps = await page.evaluate(measureMaps);
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

      it('moves the launch label with each preset, keeping it off other markers', async () => {
        for (const map of maps.filter((m) => m.presetCount > 0)) {
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
            const after = (await page.evaluate(measureMaps)).find((m) => m.id === map.id)!;
            const launchLabel = after.labels.find((l) => l.id === 'launch')!;
            // A preset at the map's own point is the map's own view, with the editor's label.
            const preset = state.presets[i]!;
            const home = preset.point.every((value, axis) => value.toFixed(2) === state.home.point[axis]!.toFixed(2));
            expect(launchLabel.text).toBe(home ? state.home.label : preset.label);
            for (const marker of after.markers.filter((m) => m.id !== 'launch')) {
              expect(overlap(ink(launchLabel.rect), marker.rect), `${map.id}: "${launchLabel.text}" on ${marker.id}`).toBe(false);
            }
          }
          await figure.locator('[data-map-reset]').click();
        }
      });

      it('steps the launch point by keyboard in proportion to the map, relabels it, and keeps ring labels on their rings', async () => {
        for (const map of maps) {
          const figure = page.locator(`figure[data-map="${map.id}"]`);
          const state = JSON.parse((await figure.locator('script[data-map-state]').textContent())!) as { steps: { km: number } };
          const handle = figure.locator('[data-launch]');
          const lat = async () => Number(await handle.getAttribute('data-lat'));
          const ringLabel = figure.locator('.only-wide [data-ring-label-km]').first();
          const ringLabelAt = async () => ((await ringLabel.count()) ? `${await ringLabel.getAttribute('x')},${await ringLabel.getAttribute('y')}` : null);
          const before = [await lat(), await ringLabelAt()] as const;
          await handle.focus();
          await page.keyboard.press('ArrowDown');
          // The first move on a page waits for the map's instrument to load (range-map.ts).
          await expect.poll(lat, { message: map.id }).not.toBe(before[0]);
          // One step south moves the point by steps.km along the meridian: 111.2 km a degree.
          const movedKm = (before[0] - (await lat())) * 111.2;
          expect(Math.abs(movedKm - state.steps.km) / state.steps.km, map.id).toBeLessThan(0.02);
          const label = figure.locator('[data-label-for="launch"]').first();
          // A moved point gets a short name on the map; its coordinates go in the readout.
          expect(await label.textContent(), map.id).toBe('Your point');
          expect(await figure.locator('[data-map-readout]').textContent(), map.id).toMatch(/^Launch point: your point, \d+\.\d\d° [NS], \d+\.\d\d° [EW]\.$/);
          if (before[1]) expect(await ringLabelAt(), map.id).not.toBe(before[1]);
          await page.keyboard.press('Home');
          expect(await lat(), map.id).toBeCloseTo(before[0], 3);
        }
      });
    });

    it('keeps every label clear and by its marker in every state a reader reaches: each preset, a grid of moved points, mid-drag, a tapped place, a shared link', async () => {
      const found: string[] = [];
      const record = async (state: string) => found.push(...(await page.evaluate(labelFaults)).map((fault) => `${state}: ${fault}`));
      const sharedLinks: { map: string | null; url: string }[] = [];
      await record('as built');
      for (const figure of await page.locator('figure[data-map]').all()) {
        const map = await figure.getAttribute('data-map');
        await showPresets(figure);
        await loadInstrument(figure);
        const buttons = await figure.locator('[data-preset-lat]').all();
        for (const button of buttons) {
          await button.click();
          await record(`${map} at preset "${await button.textContent()}"`);
        }
        const svg = figure.locator('svg.range-map__svg');
        await svg.scrollIntoViewIfNeeded();
        const frame = (await svg.boundingBox())!;
        for (let i = 0; i < 16; i += 1) {
          const handle = (await figure.locator('[data-launch] .map-launch-mark').boundingBox())!;
          const to = { x: frame.x + frame.width * ((i % 4) + 0.5) * 0.25, y: frame.y + frame.height * (Math.floor(i / 4) + 0.5) * 0.25 };
          await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
          await page.mouse.down();
          await page.mouse.move((handle.x + to.x) / 2, (handle.y + to.y) / 2, { steps: 2 });
          if (i === 0) await record(`${map} mid-drag`);
          await page.mouse.move(to.x, to.y, { steps: 2 });
          await page.mouse.up();
          await record(`${map} moved to grid point ${i}`);
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
      expect(sharedLinks.length).toBeGreaterThan(0);
      expect(found).toEqual([]);
    });
  });
});

// Without the host script an embed keeps the height its code starts with: it must hold the whole map.
describe.each(
  nonEmpty(
    ROUTES.filter((route) => route.includes('/embed/')),
    'built embed pages with a map',
  ),
)('the embed %s', (route) => {
  it('fits at 320 px in the height its embed code starts with', async () => {
    const { height } = JSON.parse(readFileSync(join(SITE, route.replace(/^\//, ''), 'oembed.json'), 'utf8')) as { height: number };
    const context = await browser().newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(origin() + route);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('figure[data-map]')?.dataset.interactive === 'true');
    const content = await page.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
    await context.close();
    expect(content).toBeLessThanOrEqual(height);
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
