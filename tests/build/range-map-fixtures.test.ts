/**
 * The edge-case maps in tests/fixtures/ (a world-scale map with 15,000 and 5,500 km rings, a Pacific extent
 * across 180°, a 50 km ring, a crowded map with a name wider than itself and a long title) built through the
 * real `astro build` on a copy of the project (once per run, by tests/setup/fixture-maps-site.ts): each gets its embed page, SVG and PNG files, within the
 * weight budgets; no text runs off map.svg; every name with no spot on the map is reported by the build
 * and still named in the table and the place's callout; every source address the fixtures give is linked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHtml } from '../helpers/dist.ts';
import { fixtureMap, fixtureMapIds, placesWithFixtures } from '../helpers/places.ts';
import { contentUrlsIn, dataFilesUnder, linkedUrls } from '../helpers/source-urls.ts';
import { svgTextExtents } from '../helpers/svg-text-extent.ts';
import { escapeRegExp } from '../helpers/regexp.ts';
import { drawMap } from '../helpers/models.ts';
import { nonEmpty } from '../helpers/non-empty.ts';

const ids = nonEmpty(fixtureMapIds(), 'fixture maps in tests/fixtures/maps/');

const build = inject('fixtureMapsSite');

/** A fixture map's embed page and files, as built. */
function builtMap(id: string) {
  const dir = join(build.dist, 'embed', id);
  return { html: readFileSync(join(dir, 'index.html'), 'utf8'), svgFile: readFileSync(join(dir, 'map.svg'), 'utf8'), png: existsSync(join(dir, 'map.png')) };
}

/** Each fixture map's names that get no spot on it, at either layout, from the model the build draws. */
const unplaced = ids.flatMap((id) => {
  const model = drawMap({ map: fixtureMap(id), places: placesWithFixtures() });
  return [...model.labels.wide.unplaced, ...model.labels.narrow.unplaced].map((label) => ({ map: id, ...label }));
});

describe('the fixture maps, built', () => {
  it('build', () => {
    expect(build.ok, build.output).toBe(true);
  });

  describe.each(ids)('%s', (id) => {
    let built: ReturnType<typeof builtMap> | undefined;
    beforeAll(() => {
      if (build.ok) built = builtMap(id);
    });

    it('has an embed page within 50 KB gzip whose map SVG is within 25 KB gzip, and SVG and PNG files', () => {
      expect(built).toBeDefined();
      const page = parseHtml(built!.html);
      const svg = page.querySelector(`figure[data-map="${id}"] svg`)!;
      expect(gzipSync(svg.outerHTML).length).toBeLessThan(25 * 1024);
      expect(gzipSync(built!.html).length).toBeLessThan(50 * 1024);
      expect(built!.svgFile).toMatch(/^<svg /);
      expect(built!.png).toBe(true);
    });

    it('keeps every line of text in map.svg within the image (measured in the font map.png is drawn with)', () => {
      const { width, lines } = svgTextExtents(built!.svgFile);
      expect(lines.length).toBeGreaterThan(0);
      const outside = lines.filter((line) => line.x0 < 0 || line.x1 > width).map((line) => `${line.text}: ${line.x0.toFixed(1)}–${line.x1.toFixed(1)}`);
      expect(outside, `map.svg is ${width} px wide`).toEqual([]);
    });

    it('draws a path[data-range-km] per ring and a legend entry per ring', () => {
      const page = parseHtml(built!.html);
      const rings = page.querySelectorAll('path[data-range-km]').map((p) => p.getAttribute('data-range-km'));
      const legend = page.querySelectorAll('[data-legend-range-km]').map((li) => li.getAttribute('data-legend-range-km'));
      expect(rings.length).toBeGreaterThan(0);
      expect(legend).toEqual(rings);
    });
  });

  it('world-icbm: every place carries the rings that hold it', () => {
    const page = parseHtml(builtMap('world-icbm').html);
    const within = Object.fromEntries(page.querySelectorAll('[data-place]').map((p) => [p.getAttribute('data-place'), p.getAttribute('data-within-km')]));
    expect(within).toMatchObject({ seoul: '15000 5500', tokyo: '15000 5500', washington: '15000', honolulu: '15000' });
  });
});

describe('names a fixture map has no spot for', () => {
  it("include the crowded map's: a name wider than the map and most of a tight cluster", () => {
    const crowded = unplaced.filter((label) => label.map === 'crowded-labels').map((label) => label.id);
    expect(crowded).toContain('long-named');
    expect(new Set(crowded.filter((id) => id.startsWith('crowd-'))).size).toBeGreaterThan(2);
  });

  it.each(unplaced)('$map: $id ($layout) is reported by the build with its file, text and width', ({ map, id, text, width }) => {
    const line = new RegExp(
      `^content/maps/${escapeRegExp(map)}\\.yaml: the (launch )?label "${escapeRegExp(text)}" (of place ${escapeRegExp(id)} )?\\([^)]*\\b${width} px wide\\b.*cannot be placed on the map; it is named in the`,
      'm',
    );
    expect(build.output).toMatch(line);
  });

  it.each(unplaced.filter((label) => label.id !== 'launch'))('$map: $id is named in the table and in its callout', ({ map, id }) => {
    const page = parseHtml(builtMap(map).html);
    const name = placesWithFixtures().get(id)!.name;
    expect(page.querySelector(`[data-place-row="${id}"] th`)!.text).toContain(name);
    expect(page.querySelector(`[data-place="${id}"] .map-place-name`)!.text).toBe(name);
  });
});

describe("the fixtures' source addresses", () => {
  const urls = contentUrlsIn(dataFilesUnder('tests/fixtures'));

  it("include a map's launch source and places' coordinate pages", () => {
    expect(urls.map((url) => url.field)).toEqual(expect.arrayContaining(['launch.sources.0.url', 'sourceUrl']));
  });

  it('are each linked from some built page', () => {
    const links = linkedUrls(build.dist);
    expect(urls.filter(({ url }) => !links.has(url)).map(({ file, field, url }) => `${file} ${field}: ${url}`)).toEqual([]);
  });
});
