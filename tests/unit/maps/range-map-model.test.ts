import { describe, expect, it } from 'vitest';
import { geoBounds, geoContains } from 'd3-geo';
import { resolveRangeMap, type RangeMapModel } from '../../../src/lib/maps/range-map-model.ts';
import { drawMap } from '../../../tools/models.ts';
import { greatCircleKm, type LonLat } from '../../../src/lib/geo/distance.ts';
import { labelBox, markerBox } from '../../../src/lib/geo/labels.ts';
import { extentWidthDegrees, projectionFrom } from '../../../src/lib/geo/projection.ts';
import { pxPerKm, scaleBarIsTrue } from '../../../src/lib/geo/scale-bar.ts';
import { countries, countryByIso3, type Country } from '../../../src/lib/geo/world.ts';
import { LABEL_LAYOUT_NAMES, LABEL_LAYOUTS } from '../../../src/lib/theme/map-layouts.ts';
import { labelWidths } from '../../../src/lib/maps/label-widths.ts';
import { dayList, strikeTag } from '../../../src/lib/maps/format.ts';
import { contentIds } from '../../../tools/content.ts';
import { contentMapStrikes } from '../../helpers/stories.ts';
import { contentMap, fixtureMap, fixtureMapIds, placesWithFixtures } from '../../../tools/places.ts';
import { escapeRegExp } from '../../helpers/regexp.ts';

const places = placesWithFixtures();
const mapIds = contentIds('maps');

/** Every map in content/maps/, with its model as the build draws it. */
const contentModels = mapIds.map((id) => {
  const map = contentMap(id);
  const strikes = contentMapStrikes(id);
  return { id, map, strikes, model: drawMap({ map, places, strikes }) };
});

/**
 * Every map: the real ones as the build draws them (with their timelines' strikes: an invented strike
 * could need room the editor never had to leave), and the fixtures with a strike on their first place, so
 * required labels are exercised.
 */
const everyMap: [string, RangeMapModel][] = [
  ...contentModels.map(({ id, model }): [string, RangeMapModel] => [id, model]),
  ...fixtureMapIds().map((id): [string, RangeMapModel] => {
    const map = fixtureMap(id);
    return [id, drawMap({ map, places, strikes: new Map([[map.places[0]!, { dates: [new Date(Date.UTC(2024, 0, 2))], region: false }]]) })];
  }),
];

/** A range's label without its miles: `about 900 km`. */
const withoutMiles = (label: string) => label.replace(/\s*\(.*\)$/, '');
/** The round lengths a scale bar and the keyboard step use. */
const NICE = [1, 2, 5, 10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000, 2000, 5000];

/** Roughly how many km the frame spans across its middle, from its own projection. */
function frameWidthKm(model: RangeMapModel): number {
  const projection = projectionFrom(model.projection);
  return model.width / pxPerKm(projection, projection.invert!([model.width / 2, model.height / 2]) as LonLat);
}

/** The countries under a grid of points across the frame: what the reader sees there. */
function countriesAcrossFrame(model: RangeMapModel): string[] {
  const projection = projectionFrom(model.projection);
  const world = countries('50m');
  const bounds = world.map((country) => geoBounds(country));
  const inBounds = ([[west, south], [east, north]]: [[number, number], [number, number]], [lon, lat]: [number, number]) =>
    lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);
  const found = new Set<string>();
  for (let i = 0; i < 24; i++) {
    for (let j = 0; j < 16; j++) {
      const xy: [number, number] = [(model.width * (i + 0.5)) / 24, (model.height * (j + 0.5)) / 16];
      const point = projection.invert!(xy);
      const back = point && projection(point);
      if (!point || !back || Math.hypot(back[0] - xy[0], back[1] - xy[1]) > 0.5) continue; // off the globe
      const country = world.find((c, k) => inBounds(bounds[k]!, point) && geoContains(c, point));
      if (country) found.add(country.properties.a3);
    }
  }
  return [...found].sort();
}

/**
 * The share of a country's area within `km` of the launch point, measured apart from the model: the
 * country sampled on a grid of a few thousand points, each weighted by the area it stands for.
 */
function sampledShareWithin(country: Country, launch: LonLat, km: number): number {
  const [[west, south], [eastEdge, north]] = geoBounds(country);
  const east = eastEdge < west ? eastEdge + 360 : eastEdge;
  const step = Math.sqrt(((east - west) * (north - south)) / 4000);
  let inside = 0;
  let within = 0;
  for (let lat = south + step / 2; lat < north; lat += step) {
    const weight = Math.cos((lat * Math.PI) / 180);
    for (let lon = west + step / 2; lon < east; lon += step) {
      const point: [number, number] = [lon > 180 ? lon - 360 : lon, lat];
      if (!geoContains(country, point)) continue;
      inside += weight;
      if (greatCircleKm(launch, point) <= km) within += weight;
    }
  }
  return within / inside;
}

describe('content/maps', () => {
  it('has maps to model', () => {
    expect(mapIds.length, 'content/maps/ holds no map').toBeGreaterThan(0);
  });
});

describe.each(contentModels.map((m) => [m.id, m] as const))('the %s map model', (_, { map, strikes, model }) => {
  // What the gate reports for this map as changed (it adds the map file's name to each).
  const problemsOf = (changed: typeof map) => {
    const resolved = resolveRangeMap(
      changed,
      changed.places.map((place) => places.get(place)!),
    );
    return 'problems' in resolved ? resolved.problems : [];
  };
  const launch: LonLat = [map.launch.lon, map.launch.lat];
  const focus = countryByIso3(map.focusCountry)!;

  it('draws its focus country, the country of every marked place and every country across its frame, and nothing empty', () => {
    const drawn = model.countries.map((c) => c.iso3);
    expect(drawn).toEqual(expect.arrayContaining([map.focusCountry, ...new Set(model.places.map((p) => p.country))]));
    expect(drawn).toEqual(expect.arrayContaining(countriesAcrossFrame(model)));
    expect(model.countries.every((c) => c.d.length > 0)).toBe(true);
    expect(model.countries.filter((c) => c.focus).map((c) => c.iso3)).toEqual([map.focusCountry]);
  });

  it('keeps the look its frame calls for: the projection its extent (or none) asks for, borders as fine as its width allows, a scale bar where one is true', () => {
    const projection = projectionFrom(model.projection);
    const kind = !map.extent ? 'equidistant' : extentWidthDegrees(map.extent) > 150 ? 'equal-earth' : 'equal-area';
    expect(model.projection.kind).toBe(kind);
    expect(model.scaleBar !== null).toBe(kind !== 'equidistant' && scaleBarIsTrue(projection, model.width, model.height));
    expect(model.credit).toMatch(frameWidthKm(model) > 4000 ? /Natural Earth \(1:110m\)/ : /Natural Earth \(1:50m\)/);
  });

  it('flags each marked place by its great-circle distance from the launch point, and marks the strikes its timelines report', () => {
    expect(model.places.map((p) => p.id)).toEqual(map.places);
    for (const place of model.places) {
      const km = greatCircleKm(launch, [place.lon, place.lat]);
      expect(place.distanceKm, place.id).toBe(Math.round(km));
      expect(place.withinKm, place.id).toEqual(map.ranges.map((range) => range.km).filter((range) => km <= range));
      expect(place.inRange, place.id).toBe(km <= map.ranges[0]!.km);
      const report = strikes.get(place.id);
      expect(place.strike, place.id).toEqual(report && { tag: strikeTag(report), days: dayList(report.dates), region: report.region });
      expect(place.country, place.id).toBe(places.get(place.id)!.country);
      expect(countryByIso3(place.country), `${place.id}: ${place.country}`).toBeDefined();
      expect(place.countryName, place.id).toBe(countryByIso3(place.country)!.properties.name);
    }
  });

  it('states the finding with the share of its focus country, measured, and counts its own marked places in range', () => {
    const [primary] = map.ranges;
    const finding = new RegExp(
      `^By area, (all|none|about (\\d{1,2})%) of ${escapeRegExp(focus.properties.name)} lies within ${escapeRegExp(primary!.label)} of ${escapeRegExp(map.launch.label)}\\. (.*)$`,
    ).exec(model.finding);
    expect(finding, model.finding).not.toBeNull();
    const stated = finding![1] === 'all' ? 1 : finding![1] === 'none' ? 0 : Number(finding![2]) / 100;
    expect(Math.abs(stated - sampledShareWithin(focus, launch, primary!.km))).toBeLessThan(0.02);
    expect(finding![3]).toBe(model.summary);

    const distances = model.places.map((place) => greatCircleKm(launch, [place.lon, place.lat]));
    const [first, ...others] = map.ranges.map((range) => ({ count: distances.filter((km) => km <= range.km).length, label: withoutMiles(range.label) }));
    const more = others.map((ring) => `${ring.count} within ${ring.label}`).join(', ');
    expect(model.summary).toBe(
      `${first!.count} of ${map.places.length} marked places ${first!.count === 1 ? 'is' : 'are'} within ${first!.label} of the launch point${more ? `, and ${more}` : ''}.`,
    );
  });

  it('steps the keyboard by the longest round distance within a 150th of the map’s width (five times that with Shift)', () => {
    const km = [...NICE].reverse().find((n) => n <= frameWidthKm(model) / 150) ?? NICE[0]!;
    expect(model.client.steps).toEqual({ km, bigKm: km * 5 });
  });

  it('names each preset’s launch label with the map’s qualifier', () => {
    const qualifier = /\s*\([^()]*\)$/.exec(map.launch.label)?.[0] ?? '';
    expect(model.presets.map((p) => p.launchLabel)).toEqual(
      (map.presets ?? []).map((p) => (p.label.endsWith(qualifier.trim()) ? p.label : `${p.label}${qualifier}`)),
    );
  });

  it('credits borders, each range’s source and the place coordinates, GeoNames under its licence', () => {
    expect(model.credit).toMatch(/Natural Earth/);
    for (const range of map.ranges) expect(model.credit).toContain(range.source);
    expect(model.credit).toMatch(/Places: GeoNames city centres \(CC BY 4\.0\)/);
  });

  it('names the places whose coordinates come from elsewhere, with their source', () => {
    const place = places.get(map.places[0]!)!;
    const surveyed = new Map(places);
    surveyed.set(place.id, { ...place, source: `${place.name} city survey office`, sourceUrl: 'https://example.org/survey' });
    const others = map.places.slice(1).filter((other) => !places.get(other)!.source.startsWith('GeoNames'));
    const credited = drawMap({ map, places: surveyed, strikes });
    const source = `${place.name.charAt(0).toLowerCase()}${place.name.slice(1)} city survey office`;
    expect(credited.credit).toMatch(
      new RegExp(`Places: GeoNames city centres \\(CC BY 4\\.0\\); ${escapeRegExp(place.name)}: ${escapeRegExp(source)}${others.length ? ';' : '\\.'}`),
    );
  });

  it('refuses a marked place outside its extent, naming the place (without an extent, the frame grows to hold it)', () => {
    // The place (real or fixture) farthest from the launch point: off any regional frame.
    const far = [...places.values()].reduce((a, b) => (greatCircleKm(launch, [b.lon, b.lat]) > greatCircleKm(launch, [a.lon, a.lat]) ? b : a));
    const withFar = { ...map, places: [map.places[0]!, far.id] };
    if (map.extent) {
      expect(problemsOf(withFar)).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(far.id)} lie outside its extent`))]);
    } else {
      const grown = drawMap({ map: withFar, places });
      const marked = grown.places.find((p) => p.id === far.id)!;
      expect(marked.x >= 0 && marked.x <= grown.width && marked.y >= 0 && marked.y <= grown.height).toBe(true);
    }
  });

  it('refuses a preset off the map, naming the preset', () => {
    // The launch point's antipode: on no map that shows less than the whole globe.
    const antipode = { label: 'Antipode', lat: -map.launch.lat, lon: map.launch.lon > 0 ? map.launch.lon - 180 : map.launch.lon + 180 };
    expect(problemsOf({ ...map, presets: [antipode] })).toEqual([
      expect.stringMatching(
        new RegExp(`^presets "Antipode" \\(${escapeRegExp(String(antipode.lat))}, ${escapeRegExp(String(antipode.lon))}\\) lie outside the map`),
      ),
    ]);
  });

  it('refuses an unknown focus country, naming the field and the value (an unknown place is a broken reference: content-references)', () => {
    expect(problemsOf({ ...map, focusCountry: 'XXX' })).toEqual([expect.stringMatching(/^focusCountry XXX is not a country/)]);
  });
});

/** The content maps that draw a scale bar: regional ones, where one is true (checked above). */
const withScaleBars = contentModels.flatMap(({ id, model }) => (model.scaleBar ? [[id, model, model.scaleBar] as const] : []));

describe.each(withScaleBars)('the scale bar of the %s map', (_, model, bar) => {
  it('is true: a round length a tenth to a quarter of the map’s width, its pixel length over the km matching the projection', () => {
    const projection = projectionFrom(model.projection);
    const widthKm = frameWidthKm(model);
    expect(NICE).toContain(bar.km);
    expect(bar.km).toBeGreaterThan(widthKm / 10);
    expect(bar.km).toBeLessThanOrEqual(widthKm / 4);
    expect(bar.kmPx / bar.km).toBeCloseTo(pxPerKm(projection, projection.invert!([model.width / 2, model.height / 2]) as LonLat), 6);
    expect(bar.milesPx / bar.miles / (bar.kmPx / bar.km)).toBeCloseTo(1.609344, 6);
  });
});

/**
 * The cases the tests above check on every map, each of which some map in content/maps/ must have:
 * without one, its check would pass on nothing.
 */
const cases: [string, (m: (typeof contentModels)[number]) => boolean][] = [
  ['a marked place within its first range', ({ model }) => model.places.some((p) => p.inRange)],
  ['a marked place out of its first range', ({ model }) => model.places.some((p) => !p.inRange)],
  ['a marked place its timelines report struck', ({ model }) => model.places.some((p) => p.strike)],
  ['a focus country only partly in range (a percentage in the finding)', ({ model }) => /^By area, about \d+% of /.test(model.finding)],
  ['a scale bar', ({ model }) => model.scaleBar !== null],
  [
    'presets, on a launch label with a qualifier their launch labels take',
    ({ map }) => (map.presets ?? []).length > 0 && /\([^()]*\)$/.test(map.launch.label) && map.presets!.some((p) => !p.label.endsWith(')')),
  ],
  ['an extent', ({ map }) => map.extent !== undefined],
];

describe('content/maps, taken together', () => {
  it.each(cases)('has a map with %s, so the check runs on real content', (what, has) => {
    expect(contentModels.some(has), `no map in content/maps/ has ${what}`).toBe(true);
  });
});

describe('the world-scale fixture: 15,000 and 5,500 km around Pyongyang, no extent, the United States in focus', () => {
  const world = drawMap({ map: fixtureMap('world-icbm'), places });

  it('frames the largest ring whole in an azimuthal equidistant projection centred on the launch point', () => {
    expect(world.projection.kind).toBe('equidistant');
    expect([world.launch.x, world.launch.y]).toEqual([world.width / 2, world.height / 2]);
  });

  it('has no scale bar but writes each ring’s distance on it, and uses coarse borders', () => {
    expect(world.scaleBar).toBeNull();
    expect(world.labels.wide.rings.map((l) => l.text).sort()).toEqual(['15,000 km', '5,500 km']);
    expect(world.credit).toMatch(/Natural Earth \(1:110m\)/);
  });

  it('flags each place per ring, by great-circle distance', () => {
    const launch: [number, number] = [world.launch.lon, world.launch.lat];
    for (const place of world.places) {
      const km = greatCircleKm(launch, [place.lon, place.lat]);
      expect(place.withinKm).toEqual([15000, 5500].filter((range) => km <= range));
      expect(place.inRange).toBe(km <= 15000);
    }
    expect(world.places.find((p) => p.id === 'washington')!.withinKm).toEqual([15000]);
  });

  it('reports the share of the United States (across 180°) and every ring in the summary and credit', () => {
    expect(world.finding).toMatch(/^By area, all of United States of America lies within about 15,000 km/);
    expect(world.summary).toMatch(/^7 of 7 marked places are within about 15,000 km of the launch point, and 3 within 5,500 km\.$/);
    expect(world.credit).toMatch(/Ranges: about 15,000 km: Test fixture range A; 5,500 km: Test fixture range B\./);
  });

  it('steps the keyboard in proportion to a world map', () => {
    expect(world.client.steps.km).toBeGreaterThanOrEqual(100);
  });

  it('does not label Pyongyang twice: the launch label names it', () => {
    for (const layout of LABEL_LAYOUT_NAMES) expect(world.labels[layout].places.map((l) => l.id)).not.toContain('pyongyang');
  });
});

describe('the other fixtures', () => {
  it('draws a Pacific extent across 180° with its ring whole across the meridian', () => {
    const pacific = drawMap({ map: fixtureMap('pacific-ring'), places });
    expect(pacific.countries.map((c) => c.iso3)).toEqual(expect.arrayContaining(['FJI', 'NZL']));
    // No jump across the frame where the ring crosses 180°: consecutive vertices stay close.
    for (const piece of pacific.rings[0]!.line.split('M').filter(Boolean)) {
      const points = [...piece.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (let i = 1; i < points.length; i++) expect(Math.hypot(points[i]![0]! - points[i - 1]![0]!, points[i]![1]! - points[i - 1]![1]!)).toBeLessThan(40);
    }
    expect(pacific.finding).toMatch(/^By area, all of Fiji/);
  });

  it('frames a 50 km ring at a scale where the keyboard moves a kilometre or so', () => {
    const short = drawMap({ map: fixtureMap('short-range'), places });
    expect(short.projection.kind).toBe('equidistant');
    expect(short.client.steps.km).toBeLessThanOrEqual(2);
    expect(short.scaleBar).toBeNull();
    expect(short.labels.wide.rings.map((l) => l.text)).toEqual(['50 km']);
  });
});

describe.each(everyMap)('labels on the %s map', (_, map) => {
  it.each(LABEL_LAYOUT_NAMES)('%s: names the launch point, the focus country and every strike, clear of other markers', (layout) => {
    const set = map.labels[layout];
    const { fontSize, countryFontSize, markerRadius, strikeRadius, launchRadius } = LABEL_LAYOUTS[layout];
    const ids = [...set.places, ...set.countries].map((l) => l.id);
    expect(ids).toContain('launch');
    expect(ids).toContain(map.countries.find((c) => c.focus)!.iso3);
    // A strike at the launch point itself is named by the launch label.
    const atLaunch = (p: { x: number; y: number }) => Math.hypot(p.x - map.launch.x, p.y - map.launch.y) < launchRadius;
    for (const place of map.places.filter((p) => p.strike && !atLaunch(p))) expect(ids).toContain(place.id);
    const markers = [
      // The launch triangle as drawn (map-svg.ts LAUNCH_MARK, scaled to the layout).
      {
        id: 'launch',
        box: {
          x0: map.launch.x - launchRadius * 0.86,
          y0: map.launch.y - launchRadius,
          x1: map.launch.x + launchRadius * 0.86,
          y1: map.launch.y + launchRadius * 0.55,
        },
      },
      ...map.places.map((p) => ({ id: p.id, box: markerBox(p.x, p.y, p.strike ? strikeRadius : markerRadius) })),
    ];
    for (const label of set.places) {
      const box = labelBox(label, fontSize, labelWidths(layout).place);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(map.width);
      for (const marker of markers.filter((m) => m.id !== label.id)) {
        const hit = box.x0 < marker.box.x1 && marker.box.x0 < box.x1 && box.y0 < marker.box.y1 && marker.box.y0 < box.y1;
        expect(hit, `${label.id} on ${marker.id}`).toBe(false);
      }
    }
    for (const label of set.countries) {
      const box = labelBox(label, countryFontSize, labelWidths(layout).country);
      for (const marker of markers) {
        const hit = box.x0 < marker.box.x1 && marker.box.x0 < box.x1 && box.y0 < marker.box.y1 && marker.box.y0 < box.y1;
        expect(hit, `${label.id} on ${marker.id}`).toBe(false);
      }
    }
  });
});
