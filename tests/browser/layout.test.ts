/**
 * Story first on a phone, and on paper: layout rules checked in Chromium on EVERY article and embed page
 * in dist/, at phone, tablet and desktop widths, light and dark (and forced colours for highlights).
 * A new story that breaks one of them fails here. One browser; each page is loaded once per colour
 * scheme and resized, so the whole file stays quick.
 *
 * The inside of a map drawing (its labels and handles) is the range-map tests' business; everything
 * around it is checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { builtArticles, builtPages } from '../helpers/dist-files.ts';
import { MAX_KEY_EVENTS } from '../../src/lib/schemas/event.ts';
import { isTitleCase } from '../../src/lib/sentence-case.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { pdfText, squeezed, type PdfPages, type PdfText } from '../helpers/pdf-text.ts';

const { browser, origin } = useBuiltSiteInChromium();

const routes = builtPages().map((page) => page.route);
const ARTICLES = builtArticles().map((article) => article.route);
const EMBEDS = nonEmpty(
  routes.filter((route) => /^\/embed\/[^/]+\/$/.test(route)),
  'embed pages in dist/',
);
const PHONE = { width: 375, height: 667 };
const WIDTHS = [320, 375, 768, 1280];
/** Embeds go into narrow columns: they must hold from 280 px. */
const EMBED_WIDTHS = [280, ...WIDTHS];
const SCHEMES = ['light', 'dark'] as const;

/** The smallest text allowed on screen at a viewport width (none is checked below 320 px). */
const minTextPx = (width: number) => (width >= 375 ? 12 : width >= 320 ? 11 : 0);

/** Opens every disclosure, as a reader could, so what they hold is checked too. */
const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));

/** Text on screen smaller than `min` px, as rendered: SVG text counts at its drawing's scale. */
function smallText(min: number): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('script, style, noscript, template')) continue;
    if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers
    let size = parseFloat(getComputedStyle(element).fontSize);
    if (element instanceof SVGGraphicsElement) {
      const matrix = element.getScreenCTM();
      if (matrix) size *= Math.hypot(matrix.a, matrix.b);
    }
    if (size < min - 0.05)
      found.push(`${size.toFixed(1)} px "${text.slice(0, 30)}" in ${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
  }
  return found;
}

/**
 * Targets under 24 × 24 px that WCAG 2.5.8 does not excuse. Links inside a sentence are excused; any
 * other small target passes only if a 24 px circle on its centre touches no other target and no other
 * small target's circle. Handles inside map drawings are left to the range-map tests.
 */
function crampedTargets(): string[] {
  const MIN = 24;
  const inSentence = (el: Element) => {
    const block = el.closest('p, li, td, th, dd, figcaption');
    return el.tagName === 'A' && !!block && block.textContent!.trim().length > el.textContent!.trim().length;
  };
  const targets = [...document.querySelectorAll('a[href], button, summary, input, select, textarea, [role="button"], [tabindex="0"]')]
    .filter((el) => !el.closest('svg') && el.checkVisibility({ visibilityProperty: true }))
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0 && box.bottom + window.scrollY > 0);
  const small = targets.filter(({ el, box }) => (box.width < MIN || box.height < MIN) && !inSentence(el));
  const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  const distanceToBox = (p: { x: number; y: number }, box: DOMRect) =>
    Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));
  return small
    .filter(({ el, box }) => {
      const c = centre(box);
      const touchesTarget = targets.some(
        (other) => other.el !== el && !other.el.contains(el) && !el.contains(other.el) && distanceToBox(c, other.box) < MIN / 2,
      );
      const touchesCircle = small.some((other) => other.el !== el && Math.hypot(centre(other.box).x - c.x, centre(other.box).y - c.y) < MIN);
      return touchesTarget || touchesCircle;
    })
    .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent!.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
}

/** How far the page scrolls sideways (0 when it does not). */
const sidewaysScroll = () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;

it('finds article and embed pages in dist/', () => {
  expect(ARTICLES.length).toBeGreaterThan(0);
  expect(EMBEDS.length).toBeGreaterThan(0);
});

describe.each([...ARTICLES, ...EMBEDS])('%s', (path) => {
  const isArticle = ARTICLES.includes(path);

  describe.each(SCHEMES)('in %s mode', (colorScheme) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser().newContext({ colorScheme, viewport: PHONE });
      page = await context.newPage();
      await page.goto(origin() + path);
    });
    afterAll(() => context.close());

    if (isArticle) {
      it('leads with the story at 375 × 667: the first map within 2 screens, each timeline on its key events within 3 screens, all of them within 9', async () => {
        const layout = await page.evaluate(() => {
          const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
          const map = document.querySelector('figure[data-map]');
          return {
            screen: window.innerHeight,
            mapTop: map ? top(map) : undefined,
            timelines: [...document.querySelectorAll<HTMLElement>('[data-timeline]')].map((timeline) => {
              const entries = [...timeline.querySelectorAll<HTMLElement>('li[data-event]')];
              const shown = entries.filter((entry) => entry.checkVisibility());
              return {
                id: timeline.dataset.timeline,
                height: timeline.getBoundingClientRect().height,
                controls: timeline.querySelectorAll('details[data-timeline-all]').length,
                shown: shown.length,
                shownAreKey: shown.every((entry) => entry.dataset.key === 'true'),
                key: entries.filter((entry) => entry.dataset.key === 'true').length,
              };
            }),
          };
        });
        if (layout.mapTop !== undefined) expect(layout.mapTop / layout.screen, 'first map, in screens from the top').toBeLessThanOrEqual(2);
        for (const timeline of layout.timelines) {
          expect(timeline.height / layout.screen, `timeline ${timeline.id}, in screens`).toBeLessThanOrEqual(3);
          expect(timeline).toMatchObject({ controls: 1, shownAreKey: true, shown: timeline.key });
          expect(timeline.key).toBeGreaterThan(0);
          expect(timeline.key).toBeLessThanOrEqual(MAX_KEY_EVENTS);
        }
        // One control shows the rest, without JavaScript's help (it is a <details>).
        await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details[data-timeline-all]').forEach((d) => (d.open = true)));
        const hidden = await page.$$eval('[data-timeline] li[data-event]', (entries) =>
          entries.filter((entry) => !entry.checkVisibility()).map((entry) => entry.id),
        );
        expect(hidden).toEqual([]);
        // Every entry read in place, its sources closed.
        const all = await page.$$eval('[data-timeline]', (timelines) =>
          timelines.map((timeline) => [(timeline as HTMLElement).dataset.timeline, timeline.getBoundingClientRect().height]),
        );
        for (const [id, height] of all) expect((height as number) / PHONE.height, `timeline ${id}, all entries, in screens`).toBeLessThanOrEqual(9);
      });
    }

    it.each(isArticle ? WIDTHS : EMBED_WIDTHS)('at %i px, every disclosure open: no sideways scrolling, readable text, targets of 24 px', async (width) => {
      await page.setViewportSize({ width, height: PHONE.height });
      await openAll(page);
      expect(await page.evaluate(sidewaysScroll), 'px of sideways scrolling').toBe(0);
      if (minTextPx(width)) expect(await page.evaluate(smallText, minTextPx(width))).toEqual([]);
      expect(await page.evaluate(crampedTargets)).toEqual([]);
    });

    it('sets headings in sentence case, and on phones the headline above every other heading', async () => {
      await page.setViewportSize(PHONE);
      const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (els) =>
        els
          .filter((el) => el.checkVisibility())
          .map((el) => ({ tag: el.tagName, text: el.textContent!.trim(), size: parseFloat(getComputedStyle(el).fontSize) })),
      );
      expect(headings.filter((h) => isTitleCase(h.text)).map((h) => h.text)).toEqual([]);
      const h1 = headings.filter((h) => h.tag === 'H1');
      expect(h1).toHaveLength(1);
      for (const heading of headings.filter((h) => h.tag !== 'H1')) expect(heading.size, `"${heading.text}"`).toBeLessThan(h1[0]!.size);
    });
  });
});

describe.each(ARTICLES)('%s: timeline permalinks', (path) => {
  const modes = [
    { name: 'light', options: { colorScheme: 'light' as const } },
    { name: 'dark', options: { colorScheme: 'dark' as const } },
    { name: 'forced colours', options: { forcedColors: 'active' as const } },
    { name: 'JavaScript off', options: { javaScriptEnabled: false } },
  ];

  it.each(modes)('show and highlight the entry they name ($name)', async ({ options }) => {
    const context = await browser().newContext({ viewport: PHONE, ...options });
    const page = await context.newPage();
    await page.goto(origin() + path);
    const ids = await page.$$eval('[data-timeline] li[data-event]', (entries) => entries.map((entry) => entry.id));
    const failures: string[] = [];
    for (const id of ids) {
      await page.goto(`${origin()}${path}#${id}`);
      const seen = await page.evaluate((id) => {
        const entry = document.getElementById(id)!;
        const look = (el: Element) => {
          const style = getComputedStyle(el);
          return [style.backgroundColor, style.boxShadow, style.outlineStyle, style.outlineWidth, style.outlineColor, style.borderLeftColor].join(' ');
        };
        const other = [...document.querySelectorAll('[data-timeline] li[data-event]')].find((el) => el !== entry && el.checkVisibility());
        const box = entry.getBoundingClientRect();
        const text = entry.querySelector('.timeline-entry__text');
        return {
          onScreen: box.height > 0 && box.top < window.innerHeight && box.bottom > 0,
          inFull: !text || text.checkVisibility(),
          highlighted: !!other && look(entry) !== look(other),
        };
      }, id);
      if (!seen.onScreen || !seen.inFull || !seen.highlighted) failures.push(`#${id}: ${JSON.stringify(seen)}`);
    }
    expect(failures).toEqual([]);
    await context.close();
  });
});

/** A line that starts a heading or title: its first line (at least 10 characters of it, or all of a shorter one). */
const startsLine = (whole: string) => (run: PdfText) => squeezed(whole).startsWith(run.text) && run.text.length >= Math.min(10, squeezed(whole).length);

/** Timeline entries whose headline is not printed right under its date, in the same column of the same page. */
function separatedEntries(paper: PdfPages, timelines: { title: string; entries: { date: string; title: string }[] }[]): string[] {
  const faults: string[] = [];
  for (const timeline of timelines) {
    const start = paper.texts.findIndex(startsLine(timeline.title));
    if (start < 0) faults.push(`timeline "${timeline.title}" not printed`);
    for (const entry of timeline.entries) {
      const title = paper.texts.find((run, i) => i > start && startsLine(entry.title)(run));
      if (start < 0 || !title) {
        faults.push(`${entry.date} "${entry.title}" not printed`);
        continue;
      }
      // Its date: the line just above it (within 30 pt), starting where it starts.
      const dated = paper.texts.some(
        (run) =>
          run.page === title.page && Math.abs(run.x - title.x) < 10 && run.y < title.y && title.y - run.y < 30 && run.text.startsWith(squeezed(entry.date)),
      );
      if (!dated) faults.push(`${entry.date}: its headline "${entry.title}" on page ${title.page + 1} is not under it`);
    }
  }
  return faults;
}

/** Maps whose table of distances (its heading, and its last row under it) did not print on the map's page. */
function tablesOffTheirMapsPage(paper: PdfPages, maps: { title: string; table: string; lastRow: string }[]): string[] {
  const faults: string[] = [];
  let after = -1;
  for (const map of maps) {
    const title = paper.texts.findIndex((run, i) => i > after && startsLine(map.title)(run));
    const heading = paper.texts.findIndex((run, i) => i > title && run.text.startsWith(squeezed(map.table)));
    if (title < 0 || heading < 0) {
      faults.push(`map "${map.title}" or its table not printed`);
      continue;
    }
    const [page, table] = [paper.texts[title]!.page, paper.texts[heading]!];
    const lastRow = paper.texts.some((run) => run.page === page && run.text.startsWith(squeezed(map.lastRow)) && run.y > table.y && run.x >= table.x - 2);
    if (table.page !== page || !lastRow) faults.push(`map "${map.title}" on page ${page + 1}, its table from page ${table.page + 1}`);
    after = heading;
  }
  return faults;
}

/** Pages before the last with more than 30% of their printable height blank, at the foot or in one gap. */
function blankPages(paper: PdfPages): string[] {
  const margin = (12 / 25.4) * 72; // the house @page margin, in points
  return paper.pages.slice(0, -1).flatMap(({ height }, page) => {
    const ys = paper.texts.filter((run) => run.page === page).map((run) => run.y);
    const edges = [margin, ...ys, height - margin];
    const gap = Math.max(...edges.slice(1).map((y, i) => y - edges[i]!));
    const share = gap / (height - 2 * margin);
    return share > 0.3 ? [`page ${page + 1}: ${Math.round(share * 100)}% blank`] : [];
  });
}

describe.each(ARTICLES)('%s on paper', (path) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: PHONE });
    page = await context.newPage();
    await page.goto(origin() + path);
  });
  afterAll(() => context.close());

  /** Pages in a PDF: Chromium writes one `/Type /Page` object per page. */
  const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

  it.each(['A4', 'Letter'] as const)('prints on at most 6 %s pages', async (format) => {
    const count = pageCount(await page.pdf({ format }));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
  });

  it.each(['A4', 'Letter'] as const)(
    'on %s keeps each timeline date with its headline (page and column), each map’s table on its page, and no page but the last over 30 percent blank',
    async (format) => {
      const paper = await pdfText(await page.pdf({ format }));
      await page.emulateMedia({ media: 'print' });
      const story = await page.evaluate(() => {
        const text = (el: Element | null | undefined) => (el as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
        return {
          timelines: [...document.querySelectorAll('[data-timeline]')].map((timeline) => ({
            title: text(timeline.querySelector('.timeline__title')),
            entries: [...timeline.querySelectorAll('li[data-event]')]
              .filter((entry) => entry.checkVisibility())
              .map((entry) => ({ date: text(entry.querySelector('.timeline-entry__when time')), title: text(entry.querySelector('.timeline-entry__title')) })),
          })),
          maps: [...document.querySelectorAll('figure[data-map]')].map((figure) => ({
            title: text(figure.querySelector('.range-map__title')),
            table: text(figure.querySelector('.range-map__table summary')),
            lastRow: text([...figure.querySelectorAll('table tbody tr')].at(-1)?.querySelector('th')),
          })),
        };
      });
      // Back to no emulation: page.pdf() prints with print media only when no other is emulated.
      await page.emulateMedia({ media: null });
      expect(story.maps.length + story.timelines.length).toBeGreaterThan(0);
      expect(separatedEntries(paper, story.timelines)).toEqual([]);
      expect(tablesOffTheirMapsPage(paper, story.maps)).toEqual([]);
      expect(blankPages(paper)).toEqual([]);
    },
  );

  it('prints its own address under the headline, the sources with their addresses, links elsewhere without, tables open, no controls, each map whole on a page', async () => {
    await page.emulateMedia({ media: 'print' });
    // Lay the page out at the printable width of the narrower paper (A4), from the house @page margin.
    const paper = await page.evaluate(() => {
      const rule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((r): r is CSSPageRule => r instanceof CSSPageRule);
      const probe = document.createElement('div');
      probe.style.width = rule?.style.marginLeft || '0';
      document.body.append(probe);
      const margin = probe.getBoundingClientRect().width;
      probe.remove();
      const mm = 96 / 25.4;
      return { width: Math.floor(210 * mm - 2 * margin), height: Math.floor(Math.min(297, 279.4) * mm - 2 * margin) };
    });
    await page.setViewportSize({ width: paper.width, height: paper.height });
    const printed = await page.evaluate(() => {
      const after = (a: Element) => getComputedStyle(a, '::after').content;
      const sources = [...document.querySelectorAll('[data-sources] a[href^="http"]')];
      const elsewhere = [...document.querySelectorAll('a[href]')].filter((a) => !a.closest('[data-sources]'));
      // A disclosure prints only to show its table, open.
      const interactive = '[data-share-bar], [data-map-controls], a[data-copy-link], button, input, select, details:not(:has(table)) > summary';
      return {
        sources: sources.length,
        sourcesWithoutAddress: sources.filter((a) => !after(a).includes(a.getAttribute('href')!)).map((a) => a.getAttribute('href')),
        addressesElsewhere: elsewhere.filter((a) => after(a).includes(a.getAttribute('href')!)).length,
        closedTables: [...document.querySelectorAll('details table')].filter((table) => !table.checkVisibility()).length,
        controls: [...document.querySelectorAll(interactive)].filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 60)),
        mapHeights: [...document.querySelectorAll('figure[data-map] svg.range-map__svg')].map((svg) => svg.getBoundingClientRect().height),
        address: (() => {
          const printedAddress = document.querySelector<HTMLElement>('header [data-print-address]');
          return {
            text: printedAddress?.checkVisibility() ? printedAddress.innerText.trim() : undefined,
            canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          };
        })(),
      };
    });
    // The story's own address prints under its headline (paper has no address bar), and only on paper.
    expect(printed.address.text).toBe(printed.address.canonical);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('header [data-print-address]').isVisible()).toBe(false);
    expect(printed.sources).toBeGreaterThan(0);
    expect(printed.sourcesWithoutAddress).toEqual([]);
    expect(printed.addressesElsewhere).toBe(0);
    expect(printed.closedTables).toBe(0);
    expect(printed.controls).toEqual([]);
    for (const height of printed.mapHeights) expect(height).toBeLessThanOrEqual(paper.height);
  });
});
