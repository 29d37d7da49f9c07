import { describe, expect, it } from 'vitest';
import { placeFromSearch, placeParamName } from '../../../src/lib/maps/place-param.ts';

describe('the looked-up town in the address', () => {
  it('names the parameter as `launch` is named: plain for the first map, with the map id for the others', () => {
    expect(placeParamName('ukraine-900km', true)).toBe('place');
    expect(placeParamName('korea-900km', false)).toBe('place-korea-900km');
  });

  it('reads a GeoNames id, the map’s own parameter winning', () => {
    const search = new URLSearchParams('place=756135&place-korea-900km=1835848');
    expect(placeFromSearch(search, 'ukraine-900km', true)).toBe(756135);
    expect(placeFromSearch(search, 'korea-900km', false)).toBe(1835848);
    expect(placeFromSearch(new URLSearchParams('place-ukraine-900km=703448&place=756135'), 'ukraine-900km', true)).toBe(703448);
  });

  it('gives another map’s parameter and the plain one to no map but the first', () => {
    expect(placeFromSearch(new URLSearchParams('place=756135'), 'korea-900km', false)).toBeNull();
    expect(placeFromSearch(new URLSearchParams('place-korea-900km=1835848'), 'ukraine-900km', true)).toBeNull();
    expect(placeFromSearch(new URLSearchParams('launch=50.60,36.59'), 'ukraine-900km', true)).toBeNull();
  });

  it.each(['', '0', '-5', '12.5', '1e9', '0x10', ' 756135', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '12345678901', '9'.repeat(5000)])(
    'tells %j apart as not an id',
    (value) => expect(placeFromSearch(new URLSearchParams({ place: value }), 'ukraine-900km', true)).toBe('not-an-id'),
  );
});
