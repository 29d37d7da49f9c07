/** A map's places that name GeoNames towns, resolved against the real gazetteer and the real place files. */
import { describe, expect, it } from 'vitest';
import { gazetteerTownRecords } from '../../../src/lib/gazetteer/geonames-data.ts';
import { mapPlaces, namesTown } from '../../../src/lib/gazetteer/map-towns.ts';
import { contentPlaces } from '../../../tools/places.ts';

const towns = gazetteerTownRecords();
const places = contentPlaces();

describe('a map naming GeoNames towns', { timeout: 30_000 }, () => {
  it('tells a place id from a town', () => {
    expect(namesTown('kyiv')).toBe(false);
    expect(namesTown('Lutsk')).toBe(true);
    expect(namesTown('GeoNames 702569')).toBe(true);
  });

  it('marks a town by its name or its id as a GeoNames place, and keeps place files as they are', () => {
    const kyiv = [...places.keys()][0]!;
    const { places: marked, problems, missing } = mapPlaces([kyiv, 'Lutsk', 'GeoNames 4250542', 'Springfield, Missouri'], places, towns);
    expect(problems).toEqual([]);
    expect(missing).toBe(false);
    expect(marked[0]).toBe(places.get(kyiv));
    expect(marked[1]).toMatchObject({ id: 'lutsk', name: 'Lutsk', country: 'UKR', source: 'GeoNames 702569 (city centre)' });
    expect(marked[2]).toMatchObject({ id: 'springfield', name: 'Springfield', country: 'USA', source: 'GeoNames 4250542 (city centre)' });
    // A second town of the same name gets an id of its own.
    expect(marked[3]).toMatchObject({ id: 'springfield-4409896', country: 'USA' });
  });

  it('names the candidates of an ambiguous name, and suggests names for an unknown one', () => {
    const { problems } = mapPlaces(['Springfield', 'Lutskk', 'GeoNames 1'], places, towns);
    expect(problems[0]).toMatch(
      /^places\[0\] "Springfield" names 21 GeoNames towns: Springfield, US · Missouri \(GeoNames 4409896\); .*; …; write "GeoNames <id>", or add/,
    );
    expect(problems[1]).toMatch(
      /^places\[1\] "Lutskk" is neither a place id nor the name of a GeoNames town; towns that start alike: Lutsk, UA · Volyn \(GeoNames 702569\)/,
    );
    expect(problems[2]).toMatch(/^places\[2\] "GeoNames 1" is not a GeoNames town/);
  });

  it('sends a town that has a place file to that file', () => {
    const { problems } = mapPlaces(['Kyiv, UA'], places, towns);
    expect(problems).toEqual([expect.stringMatching(/^places\[0\] "Kyiv, UA" is the place kyiv \(content\/places\/kyiv\.yaml\); write kyiv$/)]);
  });

  it('leaves an id with no file to the reference check', () => {
    expect(mapPlaces(['no-such-place'], places, towns)).toEqual({ places: [], missing: true, problems: [] });
  });
});
