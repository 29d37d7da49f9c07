import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
  CardTextTooWideError,
  HeadlineTooLongError,
  headlineLayout,
  shareCardSvg,
  shareCardTextWidth,
  type ShareCardInput,
} from '../../../src/lib/share/share-card.ts';
import { FONT_FILES, svgToPng } from '../../../src/lib/render/png.ts';
import { pngSize } from '../../helpers/png.ts';
import { textBlock, wrapToWidth, xml } from '../../../src/lib/render/svg-text.ts';
import { formatLongDate } from '../../../src/lib/dates.ts';
import { parseWireStory } from '../../../src/lib/wire-story.ts';
import { contentArticle } from '../../../tools/content.ts';
import { contentMapModel, contentStories, storyWith } from '../../helpers/stories.ts';
import { wireCopies } from '../../helpers/wire.ts';
import { svgTextExtents } from '../../helpers/svg-text-extent.ts';
import { fixtureMap, fixtureMapIds, placesWithFixtures } from '../../../tools/places.ts';
import { drawMap } from '../../../tools/models.ts';

const stories = contentStories().map((story) => {
  const article = contentArticle(story.slug);
  return { ...story, headline: article.shareTitle ?? article.title, dateLabel: formatLongDate(article.publishedAt) };
});

/**
 * A card for every map of every published story, with the story's share headline and date: the first
 * map's card is the one the build draws (share.png.ts); the others put each further map in the miniature.
 */
const cards: [string, ShareCardInput & { map: NonNullable<ShareCardInput['map']> }][] = stories.flatMap((story) =>
  story.maps.map((mapId): [string, ShareCardInput & { map: NonNullable<ShareCardInput['map']> }] => [
    `${story.slug} with the ${mapId} map`,
    { siteName: 'Explainers', headline: story.headline, dateLabel: story.dateLabel, map: contentMapModel(mapId) },
  ]),
);

/** Every headline content gives a card: each story's share headline, and each wire story's, as the desk received it. */
const headlines: [string, string][] = [
  ...stories.map(({ slug, headline }): [string, string] => [`the share headline of ${slug}`, headline]),
  ...wireCopies().map(({ slug, text }): [string, string] => [`the wire headline of ${slug}`, parseWireStory(text).headline]),
];

describe('content', () => {
  it('has a published story with a range map, whose share card these tests draw', () => {
    storyWith('a range map', (story) => story.maps.length > 0);
    expect(cards.length).toBeGreaterThan(0);
  });
});

describe.each(cards)('the share card of %s', (_, card) => {
  const svg = shareCardSvg(card);

  it('renders to a 1200 × 630 PNG under 300 KB', () => {
    const png = svgToPng(svg);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(300 * 1024);
  });

  it('gives the same bytes every time', () => {
    expect(svgToPng(svg).equals(svgToPng(svg))).toBe(true);
  });

  it('sets the headline large and escapes it', () => {
    for (const line of headlineLayout(card.headline, shareCardTextWidth(true)).lines) expect(svg).toContain(`>${xml(line)}</tspan>`);
    expect(svg).toMatch(/font-size="(60|54|48)" font-weight="700"/);
    expect(shareCardSvg({ siteName: 'E', headline: 'A <b> & "c"', dateLabel: 'd' })).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('wraps a long range key within the miniature and keeps every line of text on the card', () => {
    const rangeLabel = `about ${'9'.repeat(40)} km, the longest range any of the sources gives for the missile`;
    const svg = shareCardSvg({ ...card, map: { ...card.map, rangeLabel } });
    const { width, lines } = svgTextExtents(svg);
    expect(lines.map((line) => line.text).join(' ')).toContain(rangeLabel.split(' ').slice(-3).join(' '));
    expect(lines.filter((line) => line.x0 < 0 || line.x1 > width).map((line) => line.text)).toEqual([]);
    // The key stays inside the miniature (x 700 to 1160).
    expect(lines.filter((line) => line.x0 >= 700).every((line) => line.x1 <= 1160)).toBe(true);
  });

  it('refuses a site name wider than its column, naming it, rather than cutting it', () => {
    expect(() => shareCardSvg({ ...card, siteName: 'Explainers '.repeat(12) })).toThrow(CardTextTooWideError);
    expect(() => shareCardSvg({ ...card, siteName: 'Explainers '.repeat(12) })).toThrow(/site name \(SITE_NAME in src\/lib\/site\.ts\) ".*" is \d+ px wide/);
  });

  it('refuses a headline that does not fit, rather than cutting it', () => {
    const { map } = card;
    const long =
      'White House Reveals That Russia Has Used North Korean Short-Range Ballistic Missiles, Launchers and Ammunition in Its Recent Strikes Against Kharkiv, Zaporizhzhia and Other Cities Across Ukraine';
    expect(long.length).toBeGreaterThan(190);
    expect(() => shareCardSvg({ siteName: 'E', headline: long, dateLabel: 'd', map })).toThrow(HeadlineTooLongError);
    expect(() => shareCardSvg({ siteName: 'E', headline: long, dateLabel: 'd', map })).toThrow(
      /takes \d+ lines at the smallest size, and the image has room for 5/,
    );
  });
});

/** How wide resvg really draws the headline's lines: the ink's bounding box, rendered alone. */
function drawnWidth(lines: string[], size: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${textBlock(lines, 0, size, size * 1.15, `font-family="Inter" font-size="${size}" font-weight="700"`)}</svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' } });
  return resvg.innerBBox()!.width;
}

describe('the share card headline', () => {
  it('has content headlines to set', () => {
    expect(headlines.length).toBeGreaterThan(0);
  });

  it.each([
    ...headlines,
    ['capitals, the widest letters', 'NORTH KOREAN MISSILES HIT KHARKIV AS WASHINGTON WARNS OF ESCALATION'],
    ['a word longer than a line', 'Officials cite https://www.example.org/reports/2024/north-korean-ballistic-missile-transfers-to-russia today'],
  ])('%s wraps inside its column, keeping every character', (_, text) => {
    for (const withMap of [true, false]) {
      const width = shareCardTextWidth(withMap);
      const { size, lines } = headlineLayout(text, width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      expect(drawnWidth(lines, size)).toBeLessThanOrEqual(width);
    }
  });
});

/** An estimate of 0.55 of the font size a character, so the cases are easy to count. */
const estimate = (fontSize: number) => (text: string) => [...text].length * fontSize * 0.55;

describe('wrapToWidth', () => {
  it.each(headlines)('keeps the lines of %s within the given width and loses no word', (_, headline) => {
    const lines = wrapToWidth(headline, 600, estimate(54));
    expect(lines.join(' ')).toBe(headline);
    for (const line of lines) expect(line.length * 54 * 0.55).toBeLessThanOrEqual(600);
  });

  it('breaks a word longer than a line', () => {
    expect(wrapToWidth('a abcdefghijklmnop b', 28, estimate(10))).toEqual(['a', 'abcde', 'fghij', 'klmno', 'p b']);
  });
});

describe('the share image names only the rings its miniature shows', () => {
  // The miniature (x 700–1160, y 40–590) shows the middle of the map, cropped to fill its box.
  const shownWindow = (model: { width: number; height: number }) => {
    const scale = Math.max(460 / model.width, 550 / model.height);
    const [w, h] = [460 / scale, 550 / scale];
    return { x0: (model.width - w) / 2, y0: (model.height - h) / 2, x1: (model.width + w) / 2, y1: (model.height + h) / 2 };
  };
  /** Whether any vertex of the ring's drawn line lies in the window, read from the path the map draws. */
  const ringShows = (line: string, window: ReturnType<typeof shownWindow>) =>
    [...line.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].some(
      ([, x, y]) => Number(x) >= window.x0 && Number(x) <= window.x1 && Number(y) >= window.y0 && Number(y) <= window.y1,
    );
  const models = [
    ...contentStories().flatMap((story) => story.maps.map((id) => contentMapModel(id))),
    ...fixtureMapIds().map((id) => drawMap({ map: fixtureMap(id), places: placesWithFixtures() })),
  ];
  const cases = models.map((model) => [model.id, model] as const);

  it('has a map whose miniature crops out one of its rings and keeps another, so the check is not empty', () => {
    expect(models.some((model) => model.rings.length > 1 && model.rings.some((ring) => !ringShows(ring.line, shownWindow(model))))).toBe(true);
  });

  it.each(cases)('%s: the key names each ring the miniature shows, and no other', (_, map) => {
    const svg = shareCardSvg({ siteName: 'Explainers', headline: 'A headline', dateLabel: 'd', map });
    const keyText = svgTextExtents(svg)
      .lines.filter((line) => line.x0 >= 700)
      .map((line) => line.text)
      .join(' ');
    map.rings.forEach((ring, index) => {
      const words = index === 0 ? map.rangeLabel : ring.label.replace(/\s*\(.*\)$/, '');
      if (ringShows(ring.line, shownWindow(map))) expect(keyText, `${ring.km} km`).toContain(words);
      else expect(keyText, `${ring.km} km`).not.toContain(ring.km.toLocaleString('en-GB'));
    });
  });
});
