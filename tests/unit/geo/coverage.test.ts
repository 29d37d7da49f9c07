import { describe, expect, it } from 'vitest';
import { shareOfAreaWithinRange } from '../../../src/lib/geo/coverage.ts';
import { countryByIso3 } from '../../../src/lib/geo/world.ts';
import { lonLat } from '../../helpers/places.ts';

describe('shareOfAreaWithinRange', () => {
  const ukraine = countryByIso3('UKR')!;

  it('is 0 for a ring far away and 1 for a ring that holds the whole country', () => {
    expect(shareOfAreaWithinRange(ukraine, lonLat('tokyo'), 900, 0.5)).toBe(0);
    expect(shareOfAreaWithinRange(ukraine, lonLat('kyiv'), 2000, 0.5)).toBe(1);
  });

  it('backs the map title: almost all of Ukraine (over 90 %) lies within 900 km of Belgorod', () => {
    const share = shareOfAreaWithinRange(ukraine, lonLat('belgorod'), 900);
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(1); // the far west (Zakarpattia) is out of range
  });

  it('backs the Korea map title: all of South Korea lies within 900 km of Pyongyang', () => {
    expect(shareOfAreaWithinRange(countryByIso3('KOR')!, lonLat('pyongyang'), 900)).toBe(1);
  });

  it('grows with the range', () => {
    const at = (km: number) => shareOfAreaWithinRange(ukraine, lonLat('belgorod'), km, 0.25);
    expect(at(300)).toBeLessThan(at(600));
    expect(at(600)).toBeLessThan(at(900));
  });
});
