import { describe, expect, it } from 'vitest';
import { placeDescription } from '../../../src/lib/maps/format.ts';
import { countryName, readerPosition, townDescription, townFromRecord, townTitle } from '../../../src/lib/maps/town-words.ts';

const warsaw = townFromRecord([756135, 'Warsaw', 'PL', '', 21.0118, 52.2298, 1702139, '']);
const springfield = townFromRecord([4250542, 'Springfield', 'US', 'Illinois', -89.644, 39.8017, 116565, '']);

describe('a looked-up town in the map’s words', () => {
  it('names countries from the runtime’s own table, and leaves anything else as it is', () => {
    expect(countryName('PL')).toBe('Poland');
    expect(countryName('UA')).toBe('Ukraine');
    expect(countryName('US')).toBe('United States');
    expect(countryName('')).toBe('');
    expect(countryName('<b>')).toBe('<b>');
  });

  it('tells same-named towns apart by region and country; the reader’s position is “Your location”', () => {
    expect(townTitle(warsaw)).toBe('Warsaw, Poland');
    expect(townTitle(springfield)).toBe('Springfield, Illinois, United States');
    expect(townTitle(readerPosition(30.5, 50.4))).toBe('Your location');
    expect(readerPosition(30.5, 50.4).id).toBeNull();
  });

  it('says distance and ring in the same words and units as the editor’s places', () => {
    const place = { distanceKm: 1094, withinKm: [] as number[] };
    expect(townDescription(warsaw, place, [900])).toBe('Warsaw, Poland: 1,094 km (680 miles) from the launch point, out of range');
    expect(placeDescription({ name: 'Warsaw', ...place, strike: undefined }, [900])).toBe('Warsaw, 1,094 km (680 miles) from the launch point: out of range');
    expect(townDescription(warsaw, { distanceKm: 2340, withinKm: [] }, [900, 1500])).toBe(
      'Warsaw, Poland: 2,340 km (1,454 miles) from the launch point, outside 1,500 km',
    );
    expect(townDescription(warsaw, { distanceKm: 1200, withinKm: [1500] }, [900, 1500])).toBe(
      'Warsaw, Poland: 1,200 km (746 miles) from the launch point, within 1,500 km, outside 900 km',
    );
  });

  it('hedges a town at a ring’s edge as the places are hedged', () => {
    expect(townDescription(warsaw, { distanceKm: 895, withinKm: [900] }, [900])).toBe(
      'Warsaw, Poland: 895 km (556 miles) from the launch point, within range, at the edge of the 900 km ring (within 2%)',
    );
  });
});
