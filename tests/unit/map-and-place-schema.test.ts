import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../helpers/schema.ts';
import { mapSchema } from '../../src/lib/schemas/map.ts';
import { placeSchema } from '../../src/lib/schemas/place.ts';
import { contentMap } from '../helpers/places.ts';

const { id: _id, ...valid } = contentMap('ukraine-900km');
const asWritten = { ...valid, asOf: '2024-05-07' };

const problems = schemaProblems;

describe('map files', () => {
  it('accept the real map', () => {
    expect(problems(mapSchema, asWritten)).toEqual([]);
  });

  it.each([
    [0, 'ranges.0.km: must be a positive number of kilometres, got 0'],
    [-900, 'ranges.0.km: must be a positive number of kilometres, got -900'],
    ['900', 'ranges.0.km: must be a distance in kilometres, got "900"'],
  ])('refuse a range of %j, naming the field and the value', (km, message) => {
    const ranges = [{ ...asWritten.ranges[0]!, km }];
    expect(problems(mapSchema, { ...asWritten, ranges })).toContain(message);
  });

  it('refuse a launch point off the globe, naming the value', () => {
    const launch = { ...asWritten.launch, lat: 95 };
    expect(problems(mapSchema, { ...asWritten, launch })).toContain('launch.lat: latitude must be between -90 and 90, got 95');
  });

  it('refuse an extent turned inside out and a place listed twice', () => {
    const found = problems(mapSchema, { ...asWritten, extent: { ...asWritten.extent, east: 10 }, places: ['kyiv', 'kyiv'] });
    expect(found).toContain('extent.east: east (10) must be greater than west (20.5)');
    expect(found).toContain('places.1: "kyiv" is listed twice');
  });
});

describe('place files', () => {
  const kyiv = { name: 'Kyiv', lat: 50.455, lon: 30.524, country: 'UKR', source: 'GeoNames 703448' };

  it('accept a place and refuse a longitude out of range or a country that is not ISO alpha-3', () => {
    expect(problems(placeSchema, kyiv)).toEqual([]);
    expect(problems(placeSchema, { ...kyiv, lon: 200 })).toEqual(['lon: longitude must be between -180 and 180, got 200']);
    expect(problems(placeSchema, { ...kyiv, country: 'UA' })[0]).toMatch(/^country: must be an ISO 3166-1 alpha-3/);
  });

  it('refuse coordinates that do not say where they come from: a GeoNames id, or the page they were read from', () => {
    const approximate = { ...kyiv, source: 'Approximate city centre' };
    expect(problems(placeSchema, approximate)).toEqual([
      'source: "Approximate city centre" does not say where the coordinates come from: write "GeoNames <id> (city centre)" with the place\'s GeoNames id, or add sourceUrl, the page they were read from',
    ]);
    expect(problems(placeSchema, { ...kyiv, source: 'GeoNames (city centre)' })[0]).toMatch(/^source: .* does not say where the coordinates come from/);
    expect(problems(placeSchema, { ...approximate, sourceUrl: 'https://example.org/kyiv' })).toEqual([]);
  });
});
