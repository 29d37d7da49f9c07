import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { HeadlineTooLongError, headlineLayout, shareCardSvg, shareCardTextWidth } from '../../../src/lib/share/share-card.ts';
import { FONT_FILES, svgToPng } from '../../../src/lib/share/png.ts';
import { pngSize } from '../../helpers/png.ts';
import { textBlock, wrapText } from '../../../src/lib/share/svg-text.ts';
import { buildRangeMapModel } from '../../../src/lib/maps/range-map-model.ts';
import { contentMap, contentPlaces } from '../../helpers/places.ts';

const headline = "White House Reveals Russia's Use of North Korean Missiles in Recent Strikes Against Ukraine";
const map = buildRangeMapModel({ map: contentMap('ukraine-900km'), places: contentPlaces() });
const svg = shareCardSvg({ siteName: 'Explainers', headline, dateLabel: '4 January 2024', map });

describe('the share card', () => {
  it('renders to a 1200 × 630 PNG under 300 KB', () => {
    const png = svgToPng(svg);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(300 * 1024);
  });

  it('gives the same bytes every time', () => {
    expect(svgToPng(svg).equals(svgToPng(svg))).toBe(true);
  });

  it('sets the headline large and escapes it', () => {
    expect(svg).toContain("Russia's");
    expect(svg).toMatch(/font-size="(60|54|48)" font-weight="700"/);
    expect(shareCardSvg({ siteName: 'E', headline: 'A <b> & "c"', dateLabel: 'd' })).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});

/** How wide resvg really draws the headline's lines: the ink's bounding box, rendered alone. */
function drawnWidth(lines: string[], size: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${textBlock(lines, 0, size, size * 1.15, `font-family="Inter" font-size="${size}" font-weight="700"`)}</svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' } });
  return resvg.innerBBox()!.width;
}

describe('the share card headline', () => {
  it.each([
    ['the seed headline', headline],
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

  it('refuses a headline that does not fit, rather than cutting it', () => {
    const long =
      'White House Reveals That Russia Has Used North Korean Short-Range Ballistic Missiles, Launchers and Ammunition in Its Recent Strikes Against Kharkiv, Zaporizhzhia and Other Cities Across Ukraine';
    expect(long.length).toBeGreaterThan(190);
    expect(() => shareCardSvg({ siteName: 'E', headline: long, dateLabel: 'd', map })).toThrow(HeadlineTooLongError);
    expect(() => shareCardSvg({ siteName: 'E', headline: long, dateLabel: 'd', map })).toThrow(
      /takes \d+ lines at the smallest size, and the image has room for 5/,
    );
  });
});

describe('wrapText', () => {
  it('keeps lines within the estimated width and loses no word', () => {
    const lines = wrapText(headline, 600, 54);
    expect(lines.join(' ')).toBe(headline);
    for (const line of lines) expect(line.length * 54 * 0.55).toBeLessThanOrEqual(600);
  });

  it('breaks a word longer than a line', () => {
    expect(wrapText('a abcdefghijklmnop b', 28, 10)).toEqual(['a', 'abcde', 'fghij', 'klmno', 'p b']);
  });
});
