import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../helpers/schema.ts';
import { placeSchema } from '../../../src/lib/schemas/place.ts';

const problems = schemaProblems;

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
