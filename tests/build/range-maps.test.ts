import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPage } from '../../tools/dist.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { contentMap } from '../../tools/places.ts';
import { contentStories } from '../helpers/stories.ts';
import { expectWhereWritten } from '../helpers/mdx-blocks.ts';
import type { MapClientState } from '../../src/lib/maps/client-state.ts';
import { greatCircleKm } from '../../src/lib/geo/distance.ts';
import { nonEmpty } from '../../tools/non-empty.ts';
import { LABEL_LAYOUT_NAMES } from '../../src/lib/theme/map-layouts.ts';

/** Every map on every built page (articles and embeds), found by crawling dist/. */
const mapsOnPages = nonEmpty(
  builtPages().flatMap(({ route }) =>
    builtPage(route)
      .querySelectorAll('figure[data-map]')
      .map((map) => [`${map.getAttribute('data-map')} on ${route}`, map] as const),
  ),
  'maps on the pages in dist/',
);

describe.each(mapsOnPages)('the %s (no JavaScript needed)', (_, map) => {
  const svg = map.querySelector('svg')!;
  const state = JSON.parse(map.querySelector('script[type="application/json"][data-map-state]')!.text) as MapClientState;
  const launch = svg.querySelector('[data-launch]')!;
  const from: [number, number] = [Number(launch.getAttribute('data-lon')), Number(launch.getAttribute('data-lat'))];

  it('is an inline SVG with countries, each tagged with its ISO code', () => {
    const countries = svg.querySelectorAll('path[data-country]');
    expect(countries.length).toBeGreaterThan(3);
    for (const country of countries) expect(country.getAttribute('data-country')).toMatch(/^[A-Z]{3}$/);
  });

  it('draws one closed path[data-range-km] per ring, each with its legend entry and source', () => {
    const rings = svg.querySelectorAll('path[data-range-km]');
    expect(rings.map((r) => Number(r.getAttribute('data-range-km')))).toEqual(state.rings.map((r) => r.km));
    for (const ring of rings) {
      expect(ring.getAttribute('d')).toMatch(/^M.*Z$/);
      const legend = map.querySelector(`[data-legend-range-km="${ring.getAttribute('data-range-km')}"]`)!;
      expect(legend.text).toMatch(/range, \S/);
    }
  });

  it('marks every place with in-range flags per ring that match the great-circle distance', () => {
    const places = svg.querySelectorAll('[data-place]');
    expect(places.length).toBe(state.places.length);
    for (const place of places) {
      const km = greatCircleKm(from, [Number(place.getAttribute('data-lon')), Number(place.getAttribute('data-lat'))]);
      const within = state.rings.map((r) => r.km).filter((range) => km <= range);
      expect(place.getAttribute('data-within-km')).toBe(within.join(' '));
      expect(place.getAttribute('data-in-range')).toBe(String(km <= state.rings[0]!.km));
    }
  });

  it('gives the SVG an accessible name and description that state the finding', () => {
    const name = map.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!.text;
    const description = map.querySelector(`#${svg.getAttribute('aria-describedby')}`)!.text;
    expect(name).not.toMatch(/^map$/i);
    expect(description).toMatch(/^By area, .* lies within /);
  });

  it('has a text alternative: a table row per place with its distance and a column per ring', () => {
    const rows = map.querySelectorAll('table[data-map-table] tbody tr');
    expect(rows.length).toBe(svg.querySelectorAll('[data-place]').length);
    expect(map.querySelectorAll('table[data-map-table] thead th').length).toBe(3 + state.rings.length);
    for (const row of rows) {
      const place = svg.querySelector(`[data-place="${row.getAttribute('data-place-row')}"]`)!;
      expect(row.querySelector('[data-cell="distance"]')!.text).toMatch(/^[\d,]+ km \([\d,]+ miles\)$/);
      expect(row.querySelector('[data-cell="in-range"]')!.text).toMatch(
        new RegExp(`^${place.getAttribute('data-in-range') === 'true' ? 'Yes' : 'No'}(, at the edge)?$`),
      );
    }
  });

  it('labels the launch point and the focus country, each label tied to what it names', () => {
    expect(svg.querySelectorAll('[data-label-for="launch"]').length).toBe(LABEL_LAYOUT_NAMES.length); // one per label set
    const focus = svg.querySelector('.map-country--focus')!.getAttribute('data-country');
    expect(svg.querySelectorAll(`[data-label-for="${focus}"]`).length).toBe(LABEL_LAYOUT_NAMES.length);
  });

  it('shows distance as the projection allows: a scale bar in km and miles where it is true, labelled rings otherwise', () => {
    const scale = svg.querySelector('.map-scale');
    if (state.projection.kind === 'equidistant') {
      expect(scale).toBeNull();
      expect(svg.querySelectorAll('[data-ring-label-km]').length).toBeGreaterThan(0);
    } else if (scale) {
      expect(scale.text).toMatch(/\d+ km/);
      expect(scale.text).toMatch(/\d+ miles/);
    }
  });

  it('carries a figcaption, a credit and an as-of date', () => {
    expect(map.querySelector('figcaption')).not.toBeNull();
    const credit = map.querySelector('.range-map__credit')!;
    expect(credit.text).toMatch(/Natural Earth.*Ranges?: /);
    expect(credit.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('labels the launch point honestly: its note is the certainty its content file gives, word for word', () => {
    const { certainty } = contentMap(map.getAttribute('data-map')!).launch;
    expect(map.querySelector('.range-map__note')!.text.replace(/\s+/g, ' ').trim()).toBe(`Launch point: ${certainty.replace(/\s+/g, ' ').trim()}`);
  });

  it('marks exactly the places its content file lists, and the launch point where the file puts it', () => {
    const content = contentMap(map.getAttribute('data-map')!);
    const ids = svg.querySelectorAll('[data-place]').map((p) => p.getAttribute('data-place'));
    expect([...ids].sort()).toEqual([...content.places].sort());
    expect(from).toEqual([content.launch.lon, content.launch.lat]);
  });

  it('shows a preset row only when the map has presets', () => {
    expect(map.querySelectorAll('[data-map-presets]').length).toBe(state.presets.length > 0 ? 1 : 0);
  });

  it('uses no style attributes (a strict CSP would block them)', () => {
    expect(map.querySelectorAll('[style]')).toEqual([]);
  });

  it('stays small: under 25 KB gzipped', () => {
    expect(gzipSync(svg.outerHTML).length).toBeLessThan(25 * 1024);
  });
});

/** Every map every story shows, with the story it is in. */
const mapsInStories = nonEmpty(
  contentStories().flatMap((story) => story.maps.map((id) => [`${id} in ${story.slug}`, story, id] as const)),
  'maps in published stories',
);

it('the stories show at least one map', () => expect(mapsInStories.length).toBeGreaterThan(0));

describe.each(mapsInStories)('the map %s', (_, story, id) => {
  it('stands where the editor put it: between the same prose as in the MDX', () => {
    const page = builtPage(story.route);
    const figure = page.querySelector(`figure[data-map="${id}"]`)!;
    expect(figure).not.toBeNull();
    expectWhereWritten(story.text, `<RangeMap id="${id}"`, page.querySelector('.prose')!, figure);
  });
});
