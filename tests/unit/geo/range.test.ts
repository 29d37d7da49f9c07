import { describe, expect, it } from 'vitest';
import { withRangeFlags } from '../../../src/lib/geo/range.ts';
import { greatCircleKm } from '../../../src/lib/geo/distance.ts';
import { contentPlaces, lonLat } from '../../../tools/places.ts';

const places = [...contentPlaces().values()];
const flags = (from: string) => new Map(withRangeFlags(places, lonLat(from), [900]).map((p) => [p.id, p.inRange]));

describe('in-range flags at 900 km', () => {
  it('from Belgorod: Kyiv, Odesa and Lviv (896 km) are in range; Uzhhorod and Warsaw are not', () => {
    const belgorod = flags('belgorod');
    expect(['kyiv', 'odesa', 'sevastopol', 'lviv'].map((id) => belgorod.get(id))).toEqual([true, true, true, true]);
    expect(['uzhhorod', 'warsaw', 'bucharest'].map((id) => belgorod.get(id))).toEqual([false, false, false]);
  });

  it('from Pyongyang: Seoul, Busan, Fukuoka and Beijing are in range; Tokyo and Osaka are not', () => {
    const pyongyang = flags('pyongyang');
    expect(['seoul', 'busan', 'fukuoka', 'beijing', 'vladivostok'].every((id) => pyongyang.get(id))).toBe(true);
    expect(['tokyo', 'osaka'].some((id) => pyongyang.get(id))).toBe(false);
  });
});

describe('flags for several ranges', () => {
  const ranges = [5500, 15000, 900];
  const flagged = withRangeFlags(places, lonLat('pyongyang'), ranges);

  it('lists, per place, exactly the ranges whose great-circle distance holds it, in the map’s order', () => {
    for (const place of flagged) {
      const km = greatCircleKm(lonLat('pyongyang'), [place.lon, place.lat]);
      expect(place.withinKm).toEqual(ranges.filter((range) => km <= range));
      expect(place.inRange).toBe(km <= 5500);
    }
  });

  it('puts Seoul in every ring and Warsaw (about 7,400 km) only in the 15,000 km ring', () => {
    const byId = new Map(flagged.map((p) => [p.id, p.withinKm]));
    expect(byId.get('seoul')).toEqual([5500, 15000, 900]);
    expect(byId.get('warsaw')).toEqual([15000]);
  });
});
