import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { countryByIso3 } from '../../../src/lib/geo/world.ts';

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

  it('put the control points where they belong', () => {
    expect(geoContains(ukraine, [30.524, 50.455])).toBe(true); // Kyiv
    expect(geoContains(russia, [36.58, 50.611])).toBe(true); // Belgorod
    expect(geoContains(ukraine, [36.58, 50.611])).toBe(false);
  });
});
