import { describe, expect, it } from 'vitest';
import { buildRangeMapModel } from '../../../src/lib/maps/range-map-model.ts';
import { countries } from '../../../src/lib/geo/world.ts';
import { contentMap, contentPlaces } from '../../helpers/places.ts';

const places = contentPlaces();
const model = buildRangeMapModel({ map: contentMap('ukraine-900km'), places, countries: countries(), strikePlaceIds: new Set(['kharkiv']) });

describe('the ukraine-900km map model', () => {
  it('draws Ukraine and its neighbours and nothing empty', () => {
    const drawn = model.countries.map((c) => c.iso3);
    expect(drawn).toEqual(expect.arrayContaining(['UKR', 'RUS', 'BLR', 'POL', 'MDA', 'ROU']));
    expect(model.countries.every((c) => c.d.length > 0)).toBe(true);
    expect(model.countries.find((c) => c.iso3 === 'UKR')!.focus).toBe(true);
  });

  it('flags each marked place by its distance from the launch point', () => {
    const byId = new Map(model.places.map((p) => [p.id, p]));
    expect(byId.get('lviv')).toMatchObject({ inRange: true });
    expect(byId.get('uzhhorod')).toMatchObject({ inRange: false });
    expect(byId.get('kharkiv')).toMatchObject({ reportedStrike: true, countryName: 'Ukraine' });
    expect(byId.get('sevastopol')).toMatchObject({ country: 'UKR', countryName: 'Ukraine' });
  });

  it('states the finding with the computed share of Ukraine', () => {
    expect(model.finding).toMatch(/^By area, about 9\d% of Ukraine lies within about 900 km \(550 miles\) of Belgorod region/);
    expect(model.summary).toMatch(/^\d+ of 18 marked places are within about 900 km/);
  });

  it('keeps every label inside the frame and keeps place labels apart', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      for (const label of model.labels[layout]) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x).toBeLessThanOrEqual(model.width);
        expect(label.y).toBeGreaterThanOrEqual(0);
        expect(label.y).toBeLessThanOrEqual(model.height);
      }
    }
    expect(model.labels.wide.length).toBeGreaterThan(model.labels.narrow.length);
  });

  it('gives a true scale bar: its pixel length over the km matches the projection', () => {
    expect([50, 100, 150, 200, 250, 300]).toContain(model.scaleBar.km);
    expect(model.scaleBar.milesPx / model.scaleBar.miles / (model.scaleBar.kmPx / model.scaleBar.km)).toBeCloseTo(1.609344, 6);
  });

  it('credits borders, the range source and the place coordinates', () => {
    expect(model.credit).toMatch(/Natural Earth/);
    expect(model.credit).toMatch(/US government estimate/);
    expect(model.credit).toMatch(/GeoNames/);
  });

  it('refuses a marked place that lies outside the map', () => {
    const map = { ...contentMap('ukraine-900km'), places: ['kyiv', 'tokyo'] };
    expect(() => buildRangeMapModel({ map, places, countries: countries() })).toThrow(/tokyo lie outside its extent/);
  });
});

describe('the korea-900km map model', () => {
  const korea = buildRangeMapModel({ map: contentMap('korea-900km'), places, countries: countries() });

  it('says all of South Korea is in range and credits GeoNames under its licence', () => {
    expect(korea.finding).toMatch(/^By area, all of South Korea lies within/);
    expect(korea.credit).toMatch(/Places: GeoNames city centres \(CC BY 4\.0\)/);
  });

  it('names the places whose coordinates come from elsewhere, with their source', () => {
    const surveyed = new Map(places);
    surveyed.set('osaka', { ...places.get('osaka')!, source: 'Osaka city survey office', sourceUrl: 'https://example.org/osaka' });
    const model = buildRangeMapModel({ map: contentMap('korea-900km'), places: surveyed, countries: countries() });
    expect(model.credit).toMatch(/Places: GeoNames city centres \(CC BY 4\.0\); Osaka: osaka city survey office\./);
  });
});
