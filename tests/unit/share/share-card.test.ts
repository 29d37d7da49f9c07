import { describe, expect, it } from 'vitest';
import { shareCardSvg } from '../../../src/lib/share/share-card.ts';
import { pngSize, svgToPng } from '../../../src/lib/share/png.ts';
import { wrapText } from '../../../src/lib/share/svg-text.ts';
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

describe('wrapText', () => {
  it('keeps lines within the estimated width and loses no word', () => {
    const lines = wrapText(headline, 600, 54);
    expect(lines.join(' ')).toBe(headline);
    for (const line of lines) expect(line.length * 54 * 0.55).toBeLessThanOrEqual(600);
  });
});
