/**
 * Long unbroken text never scrolls a page sideways. A story from content/ is built with a 95-character
 * URL in a paragraph of its body and a 200-character word in every field that still allows one (the dek,
 * the byline, an excerpt of its sources, an event's text, attribution and excerpt, the map's description,
 * certainty and range source, a marked place's note and source); its article page and every embed page
 * are then checked in Chromium at 280 to 1280 px with every <details> open.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { filesUnder } from '../helpers/dist-files.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { ROOT } from '../../tools/dist.ts';
import { contentMap } from '../../tools/places.ts';
import { storyWithStrikeMap } from '../helpers/stories.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { openPage } from '../helpers/open-page.ts';
import { changed } from '../helpers/fixture-edit.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Letters only: digits would read as figures the evidence check looks for. */
const WORD = 'Unbreakable'.repeat(20).slice(0, 200);
const URL_95 = `https://www.example.org/newsroom/statements/${'transcript'.repeat(6)}`.slice(0, 95);
if (URL_95.length !== 95) throw new Error('the fixture URL must have 95 characters');

/** A YAML field (a one-line value or a folded block) given a new one-line value. */
const withField = (text: string, indent: string, key: string, value: string) =>
  changed(text, new RegExp(`^${indent}${key}: (?:>-?\\n(?:${indent}  .*\\n)+|.*\\n)`, 'm'), `${indent}${key}: ${JSON.stringify(value)}\n`);
/** A YAML file whose first list of evidence starts with one more excerpt. */
const withExcerpt = (text: string) => changed(text, /^( *)evidence:\n/m, `$1evidence:\n$1  - ${JSON.stringify(`${WORD} says the source.`)}\n`);

const { story, timeline } = storyWithStrikeMap();
const map = contentMap(timeline.map);
const EVENTS = `content/events/${timeline.id}`;
const EVENT = `${EVENTS}/${filesUnder(join(ROOT, EVENTS)).sort()[0]!}`;
const PLACE = `content/places/${map.places[0]!}.yaml`;
const MAP = `content/maps/${timeline.map}.yaml`;

const files = {
  [story.file]: withExcerpt(
    changed(
      withField(withField(story.text, '', 'dek', `A ${WORD} dek.`), '', 'byline', `${WORD} desk`),
      /^---\n([\s\S]*?)\n---\n/,
      `---\n$1\n---\n\nThe statement is at ${URL_95} for anyone to read.\n`,
    ),
  ),
  [EVENT]: withExcerpt(withField(withField(read(EVENT), '', 'text', `It happened, says ${WORD}.`), '', 'attribution', `${WORD}, spokesman`)),
  [MAP]: withField(
    withField(withField(read(MAP), '', 'description', `The ring shows ${WORD}.`), '  ', 'certainty', `Illustrative: ${WORD}.`),
    '    ',
    'source',
    WORD,
  ),
  [PLACE]: `${withField(read(PLACE), '', 'source', `${/^source: (GeoNames \d+)/m.exec(read(PLACE))?.[1] ?? 'GeoNames'} ${WORD}`).replace(/^note: .*\n/m, '')}note: ${JSON.stringify(`Also ${WORD}.`)}\n`,
};

const SITE = mkdtempSync(join(tmpdir(), 'explainer-long-words-'));
const WIDTHS = [280, 320, 375, 768, 1280];

let chromium: Browser | undefined;
let site: StaticSite | undefined;
beforeAll(async () => {
  const build = buildWithContent(files, (dist) => cpSync(dist, SITE, { recursive: true }));
  if (!build.ok) throw new Error(`the story with long words does not build:\n${build.output}`);
  [chromium, site] = await Promise.all([launchChromium(), serveStatic({ root: SITE })]);
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await site?.close();
  rmSync(SITE, { recursive: true, force: true });
});

/** The story's article page and every embed page of the built site. */
const routes = () => [
  story.route,
  ...nonEmpty(
    filesUnder(SITE).filter((path) => /^embed\/[^/]+\/index\.html$/.test(path)),
    'embed pages in the built site',
  ).map((path) => `/${path.replace(/index\.html$/, '')}`),
];

/** Where a page is wider than the screen, at each width from 280 to 1280 px, with every <details> open. */
async function overflowOf(route: string): Promise<string[]> {
  const { page, context } = await openPage(chromium!, `${site!.origin}${route}`, { viewport: { width: WIDTHS[0]!, height: 800 } });
  try {
    const wide: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
        culprits: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.getClientRects().length > 0)
          .slice(-3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
      }));
      if (scrollWidth > innerWidth) wide.push(`${route} at ${width} px: ${scrollWidth} px wide (${culprits.join(', ')})`);
    }
    return wide;
  } finally {
    await context.close();
  }
}

describe('long words and URLs', () => {
  it('reach the built pages', () => {
    const page = readFileSync(join(SITE, story.route, 'index.html'), 'utf8');
    const missing = [URL_95, `A ${WORD} dek.`, `Also ${WORD}`, `It happened, says ${WORD}.`, `${WORD} says the source.`].filter((text) => !page.includes(text));
    expect(missing).toEqual([]);
  });

  // The pages are known only once the site is built (in beforeAll), so one test walks them all.
  it('never scroll the article or any embed page sideways, from 280 to 1280 px, with every disclosure open', async () => {
    const wide: string[] = [];
    for (const route of routes()) wide.push(...(await overflowOf(route)));
    expect(wide).toEqual([]);
  }, 300_000);
});
