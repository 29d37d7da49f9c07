import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../helpers/schema.ts';
import { mapSchema } from '../../../src/lib/schemas/map.ts';
import { contentMap } from '../../helpers/places.ts';

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

  it('refuse an extent with no width or height, a place listed twice and a range listed twice', () => {
    const ranges = [asWritten.ranges[0]!, asWritten.ranges[0]!];
    const found = problems(mapSchema, { ...asWritten, extent: { ...asWritten.extent!, east: 20.5, north: 40 }, places: ['kyiv', 'kyiv'], ranges });
    expect(found).toContain('extent.east: east (20.5) must differ from west (20.5); west greater than east crosses 180°');
    expect(found).toContain('extent.north: north (40) must be greater than south (43.6)');
    expect(found).toContain('places.1: "kyiv" is listed twice');
    expect(found).toContain('ranges.1.km: 900 km is listed twice');
  });

  it('accept a map without an extent, an extent across 180° (west greater than east) and a centre', () => {
    const { extent: _extent, ...withoutExtent } = asWritten;
    expect(problems(mapSchema, withoutExtent)).toEqual([]);
    expect(problems(mapSchema, { ...withoutExtent, centre: { lat: 20, lon: 170 } })).toEqual([]);
    expect(problems(mapSchema, { ...asWritten, extent: { west: 140, south: -50, east: -150, north: 25 } })).toEqual([]);
  });

  it('refuse an extent and a centre together, and a range longer than half the globe', () => {
    expect(problems(mapSchema, { ...asWritten, centre: { lat: 20, lon: 170 } })).toContain(
      'centre: give an extent or a centre, not both: an extent is centred on its middle',
    );
    const ranges = [{ ...asWritten.ranges[0]!, km: 25000 }];
    expect(problems(mapSchema, { ...asWritten, ranges })).toContain("ranges.0.km: must be at most 20015 km (half the Earth's circumference)");
  });
});
