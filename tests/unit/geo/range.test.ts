import { describe, expect, it } from 'vitest';
import { placesWithinRange, withRangeFlags } from '../../../src/lib/geo/range.ts';
import { contentPlaces, lonLat } from '../../helpers/places.ts';

const places = [...contentPlaces().values()];
const flags = (from: string) => new Map(withRangeFlags(places, lonLat(from), 900).map((p) => [p.id, p.inRange]));

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

  it('lists the places within range nearest first, each with its distance', () => {
    const within = placesWithinRange(places, lonLat('pyongyang'), 900);
    expect(within[0]!.id).toBe('pyongyang');
    expect(within.map((p) => p.distanceKm)).toEqual([...within.map((p) => p.distanceKm)].sort((a, b) => a - b));
    expect(within.every((p) => p.distanceKm <= 900)).toBe(true);
  });
});
