import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { countryByIso3, simplifiedCountries } from '../../../src/lib/geo/world.ts';

const ukraine = countryByIso3('UKR')!;
const russia = countryByIso3('RUS')!;

describe('borders', () => {
  it.each([
    ['central Crimea', [34.1, 45.3]],
    ['Sevastopol', [33.521, 44.608]],
    ['Simferopol', [34.111, 44.957]],
  ])('draw %s inside Ukraine, not Russia', (_, point) => {
    expect(geoContains(ukraine, point as [number, number])).toBe(true);
    expect(geoContains(russia, point as [number, number])).toBe(false);
  });

  it.each(['110m'] as const)('keep Crimea inside Ukraine at the coarser %s detail of world maps too', (detail) => {
    const coarseUkraine = countryByIso3('UKR', detail)!;
    const coarseRussia = countryByIso3('RUS', detail)!;
    expect(geoContains(coarseUkraine, [34.1, 45.3])).toBe(true);
    expect(geoContains(coarseRussia, [34.1, 45.3])).toBe(false);
  });

  it('keep Crimea inside Ukraine after simplifying for a world-scale map', () => {
    // About 1.6 px at a whole-globe map's scale, the coarsest the maps use.
    const simple = simplifiedCountries('110m', (1.6 / 110) ** 2, { west: 30, south: 42, east: 40, north: 50 });
    const [ukraineSimple, russiaSimple] = ['UKR', 'RUS'].map((a3) => simple.find((c) => c.properties.a3 === a3)!);
    expect(geoContains(ukraineSimple!, [34.1, 45.3])).toBe(true);
    expect(geoContains(russiaSimple!, [34.1, 45.3])).toBe(false);
  });

  it('put the control points where they belong', () => {
    expect(geoContains(ukraine, [30.524, 50.455])).toBe(true); // Kyiv
    expect(geoContains(russia, [36.58, 50.611])).toBe(true); // Belgorod
    expect(geoContains(ukraine, [36.58, 50.611])).toBe(false);
  });
});
