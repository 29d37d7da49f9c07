import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRangeMapModel, type RangeMapModel } from '../../../src/lib/maps/range-map-model.ts';
import { greatCircleKm } from '../../../src/lib/geo/distance.ts';
import { labelBox, markerBox } from '../../../src/lib/geo/labels.ts';
import { LABEL_LAYOUTS } from '../../../src/lib/maps/map-labels.ts';
import { ROOT } from '../../helpers/dist.ts';
import { contentMap, fixtureMap, fixtureMapIds, placesWithFixtures } from '../../helpers/places.ts';

const places = placesWithFixtures();
const contentIds = readdirSync(join(ROOT, 'content/maps')).map((f) => f.replace(/\.yaml$/, ''));
const model = buildRangeMapModel({ map: contentMap('ukraine-900km'), places, strikePlaceIds: new Set(['kharkiv']) });

/** Every map, real and fixture, with a strike on its first place so required labels are exercised. */
const everyMap: [string, RangeMapModel][] = [...contentIds.map((id) => contentMap(id)), ...fixtureMapIds().map((id) => fixtureMap(id))].map((map) => [
  map.id,
  buildRangeMapModel({ map, places, strikePlaceIds: new Set([map.places[0]!]) }),
]);

describe('the ukraine-900km map model', () => {
  it('draws Ukraine and its neighbours and nothing empty', () => {
    const drawn = model.countries.map((c) => c.iso3);
    expect(drawn).toEqual(expect.arrayContaining(['UKR', 'RUS', 'BLR', 'POL', 'MDA', 'ROU']));
    expect(model.countries.every((c) => c.d.length > 0)).toBe(true);
    expect(model.countries.find((c) => c.iso3 === 'UKR')!.focus).toBe(true);
  });

  it('keeps today’s look: the editor’s extent in an equal-area projection with a scale bar and fine borders', () => {
    expect(model.projection.kind).toBe('equal-area');
    expect(model.scaleBar).not.toBeNull();
    expect(model.credit).toMatch(/Natural Earth \(1:50m\)/);
  });

  it('flags each marked place by its distance from the launch point', () => {
    const byId = new Map(model.places.map((p) => [p.id, p]));
    expect(byId.get('lviv')).toMatchObject({ inRange: true, withinKm: [900] });
    expect(byId.get('uzhhorod')).toMatchObject({ inRange: false, withinKm: [] });
    expect(byId.get('kharkiv')).toMatchObject({ reportedStrike: true, countryName: 'Ukraine' });
    expect(byId.get('sevastopol')).toMatchObject({ country: 'UKR', countryName: 'Ukraine' });
  });

  it('states the finding with the computed share of Ukraine', () => {
    expect(model.finding).toMatch(/^By area, about 9\d% of Ukraine lies within about 900 km \(550 miles\) of Belgorod region/);
    expect(model.summary).toMatch(/^\d+ of 18 marked places are within about 900 km/);
  });

  it('gives a true scale bar: its pixel length over the km matches the projection', () => {
    expect([50, 100, 150, 200, 250, 300]).toContain(model.scaleBar!.km);
    expect(model.scaleBar!.milesPx / model.scaleBar!.miles / (model.scaleBar!.kmPx / model.scaleBar!.km)).toBeCloseTo(1.609344, 6);
  });

  it('steps the keyboard about 10 km (50 with Shift) on a map about 1,500 km wide', () => {
    expect(model.client.steps).toEqual({ km: 10, bigKm: 50 });
  });

  it('names each preset’s launch label with the map’s qualifier', () => {
    expect(model.presets.map((p) => p.launchLabel)).toEqual([
      'Belgorod region (illustrative)',
      'Kursk region (illustrative)',
      'Voronezh region (illustrative)',
    ]);
  });

  it('credits borders, the range source and the place coordinates', () => {
    expect(model.credit).toMatch(/Natural Earth/);
    expect(model.credit).toMatch(/US government estimate/);
    expect(model.credit).toMatch(/GeoNames/);
  });

  it('refuses a marked place outside the extent, naming the map file and the place', () => {
    const map = { ...contentMap('ukraine-900km'), places: ['kyiv', 'tokyo'] };
    expect(() => buildRangeMapModel({ map, places })).toThrow(/^content\/maps\/ukraine-900km\.yaml: tokyo lie outside its extent/);
  });

  it('refuses a preset off the map, naming the map file and the preset', () => {
    const map = { ...contentMap('ukraine-900km'), presets: [{ label: 'Pyongyang', lat: 39.03, lon: 125.75 }] };
    expect(() => buildRangeMapModel({ map, places })).toThrow(
      /^content\/maps\/ukraine-900km\.yaml: presets "Pyongyang" \(39\.03, 125\.75\) lie outside the map/,
    );
  });

  it('refuses an unknown focus country and an unknown place, naming the file and the value', () => {
    expect(() => buildRangeMapModel({ map: { ...contentMap('ukraine-900km'), focusCountry: 'XXX' }, places })).toThrow(
      /^content\/maps\/ukraine-900km\.yaml: focusCountry XXX is not a country/,
    );
    expect(() => buildRangeMapModel({ map: { ...contentMap('ukraine-900km'), places: ['atlantis'] }, places })).toThrow(
      /^content\/maps\/ukraine-900km\.yaml: places lists "atlantis"/,
    );
  });
});

describe('the korea-900km map model', () => {
  const korea = buildRangeMapModel({ map: contentMap('korea-900km'), places });

  it('says all of South Korea is in range and credits GeoNames under its licence', () => {
    expect(korea.finding).toMatch(/^By area, all of South Korea lies within/);
    expect(korea.credit).toMatch(/Places: GeoNames city centres \(CC BY 4\.0\)/);
  });

  it('names the places whose coordinates come from elsewhere, with their source', () => {
    const surveyed = new Map(places);
    surveyed.set('osaka', { ...places.get('osaka')!, source: 'Osaka city survey office', sourceUrl: 'https://example.org/osaka' });
    const model = buildRangeMapModel({ map: contentMap('korea-900km'), places: surveyed });
    expect(model.credit).toMatch(/Places: GeoNames city centres \(CC BY 4\.0\); Osaka: osaka city survey office\./);
  });
});

describe('the world-scale fixture: 15,000 and 5,500 km around Pyongyang, no extent, the United States in focus', () => {
  const world = buildRangeMapModel({ map: fixtureMap('world-icbm'), places });

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
    for (const layout of ['wide', 'narrow'] as const) expect(world.labels[layout].places.map((l) => l.id)).not.toContain('pyongyang');
  });
});

describe('the other fixtures', () => {
  it('draws a Pacific extent across 180° with its ring whole across the meridian', () => {
    const pacific = buildRangeMapModel({ map: fixtureMap('pacific-ring'), places });
    expect(pacific.countries.map((c) => c.iso3)).toEqual(expect.arrayContaining(['FJI', 'NZL']));
    // No jump across the frame where the ring crosses 180°: consecutive vertices stay close.
    for (const piece of pacific.rings[0]!.line.split('M').filter(Boolean)) {
      const points = [...piece.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (let i = 1; i < points.length; i++) expect(Math.hypot(points[i]![0]! - points[i - 1]![0]!, points[i]![1]! - points[i - 1]![1]!)).toBeLessThan(40);
    }
    expect(pacific.finding).toMatch(/^By area, all of Fiji/);
  });

  it('frames a 50 km ring at a scale where the keyboard moves a kilometre or so', () => {
    const short = buildRangeMapModel({ map: fixtureMap('short-range'), places });
    expect(short.projection.kind).toBe('equidistant');
    expect(short.client.steps.km).toBeLessThanOrEqual(2);
    expect(short.scaleBar).toBeNull();
    expect(short.labels.wide.rings.map((l) => l.text)).toEqual(['50 km']);
  });
});

describe.each(everyMap)('labels on the %s map', (_, map) => {
  it.each(['wide', 'narrow'] as const)('%s: names the launch point, the focus country and every strike, clear of other markers', (layout) => {
    const set = map.labels[layout];
    const { fontSize, countryFontSize, markerRadius, strikeRadius, launchRadius } = LABEL_LAYOUTS[layout];
    const ids = [...set.places, ...set.countries].map((l) => l.id);
    expect(ids).toContain('launch');
    expect(ids).toContain(map.countries.find((c) => c.focus)!.iso3);
    // A strike at the launch point itself is named by the launch label.
    const atLaunch = (p: { x: number; y: number }) => Math.hypot(p.x - map.launch.x, p.y - map.launch.y) < launchRadius;
    for (const place of map.places.filter((p) => p.reportedStrike && !atLaunch(p))) expect(ids).toContain(place.id);
    const markers = [
      { id: 'launch', box: markerBox(map.launch.x, map.launch.y, launchRadius) },
      ...map.places.map((p) => ({ id: p.id, box: markerBox(p.x, p.y, p.reportedStrike ? strikeRadius : markerRadius) })),
    ];
    for (const label of set.places) {
      const box = labelBox(label, fontSize);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(map.width);
      for (const marker of markers.filter((m) => m.id !== label.id)) {
        const hit = box.x0 < marker.box.x1 && marker.box.x0 < box.x1 && box.y0 < marker.box.y1 && marker.box.y0 < box.y1;
        expect(hit, `${label.id} on ${marker.id}`).toBe(false);
      }
    }
    for (const label of set.countries) {
      const box = labelBox(label, countryFontSize, 0.78);
      for (const marker of markers) {
        const hit = box.x0 < marker.box.x1 && marker.box.x0 < box.x1 && box.y0 < marker.box.y1 && marker.box.y0 < box.y1;
        expect(hit, `${label.id} on ${marker.id}`).toBe(false);
      }
    }
  });
});
