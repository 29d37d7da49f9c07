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
import { parseHtml } from '../../tools/dist.ts';
import { LABEL_LAYOUT_NAMES } from '../../src/lib/theme/map-layouts.ts';
import { EDGE_SHARE } from '../../src/lib/maps/format.ts';
import { fixtureMap, fixtureMapIds, placesWithFixtures } from '../../tools/places.ts';
import { contentUrlsIn, dataFilesUnder, linkedUrls } from '../helpers/source-urls.ts';
import { svgTextExtents } from '../helpers/svg-text-extent.ts';
import { escapeRegExp } from '../helpers/regexp.ts';
import { drawMap } from '../../tools/models.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

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
  return Object.values(model.labels)
    .flatMap((set) => set.unplaced)
    .map((label) => ({ map: id, ...label }));
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

describe('fixture maps of several rings say which ring, in the built page', () => {
  const several = ids.filter((id) => fixtureMap(id).ranges.length > 1);
  const kmWords = (km: number) => `${km.toLocaleString('en-GB')} km`;
  /** The words expected for a place, worked out here from its distance alone: the smallest ring that holds it, the largest that does not. */
  const expected = (distanceKm: number, rings: number[]) => {
    const inside = rings.filter((km) => distanceKm <= km);
    const outside = rings.filter((km) => distanceKm > km);
    if (!inside.length) return `outside ${kmWords(Math.max(...outside))}`;
    return outside.length ? `within ${kmWords(Math.min(...inside))}, outside ${kmWords(Math.max(...outside))}` : `within ${kmWords(Math.min(...inside))}`;
  };

  it('include a regional map with an extent and a world map', () => {
    expect(several.some((id) => fixtureMap(id).extent)).toBe(true);
    expect(several.some((id) => !fixtureMap(id).extent)).toBe(true);
  });

  describe.each(several)('%s', (id) => {
    const rings = fixtureMap(id).ranges.map((range) => range.km);
    const page = () => parseHtml(builtMap(id).html);

    it('says in the legend which ring a filled or hollow dot answers for', () => {
      const legend = page()
        .querySelectorAll('.range-map__legend li')
        .map((li) => li.text.trim());
      expect(legend).toContain(`Place within ${kmWords(rings[0]!)}`);
      expect(legend).toContain(`Place outside ${kmWords(rings[0]!)}`);
      expect(legend.join('\n')).not.toMatch(/within range|out of range/);
    });

    it('gives each place its rings (data-within-km), and says which ring in its callout, title and table row', () => {
      const places = page().querySelectorAll('[data-place]');
      expect(places.length).toBeGreaterThan(0);
      const words = new Set<string>();
      for (const place of places) {
        const distance = Number(place.getAttribute('data-distance-km'));
        const placeId = place.getAttribute('data-place')!;
        expect(place.getAttribute('data-within-km'), placeId).toBe(rings.filter((km) => distance <= km).join(' '));
        const said = expected(distance, rings);
        words.add(said);
        expect(place.querySelector('.map-place-rings')!.text, placeId).toBe(said);
        expect(place.getAttribute('aria-label'), placeId).toContain(`from the launch point: ${said}`);
        const cells = page()
          .querySelectorAll(`[data-place-row="${placeId}"] td[data-cell^="in-range"]`)
          .map((cell) => cell.text);
        expect(cells, placeId).toEqual(
          rings.map((km) => `${distance <= km ? 'Yes' : 'No'}${Math.abs(distance - km) <= km * EDGE_SHARE ? ', at the edge' : ''}`),
        );
      }
      const headers = page()
        .querySelectorAll('[data-map-table] thead th')
        .map((th) => th.text);
      expect(headers).toEqual(expect.arrayContaining(rings.map((km) => `Within ${kmWords(km)}`)));
      // Places in different rings, so the words are really told apart.
      expect(words.size).toBeGreaterThan(1);
    });

    it('writes every ring that shows its distance on the map, at every label set, and names every ring in the summary', () => {
      const model = drawMap({ map: fixtureMap(id), places: placesWithFixtures() });
      for (const layout of LABEL_LAYOUT_NAMES) {
        const drawn = page()
          .querySelectorAll(`.only-${layout} [data-ring-label-km]`)
          .map((label) => label.text);
        expect(drawn, layout).toEqual(model.labels[layout].rings.map((label) => label.text));
        expect(drawn.length, layout).toBe(rings.length);
      }
      const summary = page().querySelector('[data-map-summary]')!.text;
      for (const km of rings) expect(summary).toContain(kmWords(km));
    });
  });
});
