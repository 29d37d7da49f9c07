/**
 * The edge-case maps in tests/fixtures/ (a world-scale map with 15,000 and 5,500 km rings, a Pacific extent
 * across 180°, a 50 km ring) built through the real `astro build` on a copy of the project: each gets its
 * embed page, SVG and PNG files, within the weight budgets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { fixtureContentFiles, fixtureMapIds } from '../helpers/places.ts';

const ids = fixtureMapIds();

const build = buildWithContent(fixtureContentFiles(), (dist) =>
  Object.fromEntries(
    ids.map((id) => {
      const dir = join(dist, 'embed', id);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      return [id, { html, svgFile: readFileSync(join(dir, 'map.svg'), 'utf8'), png: existsSync(join(dir, 'map.png')) }];
    }),
  ),
);

describe('the fixture maps, built', () => {
  it('build', () => {
    expect(build.ok, build.output).toBe(true);
  });

  describe.each(ids)('%s', (id) => {
    const built = build.inspected?.[id];

    it('has an embed page within 50 KB gzip whose map SVG is within 25 KB gzip, and SVG and PNG files', () => {
      expect(built).toBeDefined();
      const page = parseHtml(built!.html);
      const svg = page.querySelector(`figure[data-map="${id}"] svg`)!;
      expect(gzipSync(svg.outerHTML).length).toBeLessThan(25 * 1024);
      expect(gzipSync(built!.html).length).toBeLessThan(50 * 1024);
      expect(built!.svgFile).toMatch(/^<svg /);
      expect(built!.png).toBe(true);
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
    const page = parseHtml(build.inspected!['world-icbm']!.html);
    const within = Object.fromEntries(page.querySelectorAll('[data-place]').map((p) => [p.getAttribute('data-place'), p.getAttribute('data-within-km')]));
    expect(within).toMatchObject({ seoul: '15000 5500', tokyo: '15000 5500', washington: '15000', honolulu: '15000' });
  });
});
