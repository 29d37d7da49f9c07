/** Places credited to GeoNames, checked against the real GeoNames rows: every real place, and edited copies. */
import { describe, expect, it } from 'vitest';
import { gazetteerTownRecords } from '../../../src/lib/gazetteer/geonames-data.ts';
import { geoNamesPlaceProblems } from '../../../src/lib/gazetteer/place-check.ts';
import { GEONAMES_ID } from '../../../src/lib/schemas/place.ts';
import { contentPlaces } from '../../../tools/places.ts';

const towns = gazetteerTownRecords();
const entries = [...contentPlaces().values()].map(({ id, ...data }) => ({ id, data }));

describe('places credited to GeoNames', { timeout: 30_000 }, () => {
  it('are most of the real places, and every one is within 5 km of its GeoNames point', () => {
    expect(entries.filter(({ data }) => GEONAMES_ID.test(data.source)).length).toBeGreaterThan(entries.length / 2);
    expect(geoNamesPlaceProblems(entries, towns)).toEqual([]);
  });

  it('say which town they expected when a point is too far, and refuse an unknown id', () => {
    const kyiv = entries.find(({ data }) => data.source.startsWith('GeoNames 703448'))!;
    const moved = { ...kyiv, data: { ...kyiv.data, lat: kyiv.data.lat + 0.1 } };
    const unknown = { ...kyiv, id: 'x', data: { ...kyiv.data, source: 'GeoNames 999999999 (city centre)' } };
    const [far, missing] = geoNamesPlaceProblems([moved, unknown], towns);
    expect(far).toMatch(
      /^content\/places\/kyiv\.yaml: lat and lon \(.*\) are 1\d\.\d km from GeoNames 703448, Kyiv, UA · Kyiv City, at \(50\.4547, 30\.5238\); expected within 5 km/,
    );
    expect(missing).toMatch(/^content\/places\/x\.yaml: source names GeoNames 999999999, which is not a GeoNames town/);
  });
});
