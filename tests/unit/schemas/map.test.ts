import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../helpers/schema.ts';
import { mapSchema } from '../../../src/lib/schemas/map.ts';
import { isoDay } from '../../../src/lib/dates.ts';
import { contentIds } from '../../../tools/content.ts';
import { contentMap } from '../../../tools/places.ts';

const contentMapIds = contentIds('maps');

const problems = schemaProblems;

describe('content/maps', () => {
  it('has maps to check the schema against', () => {
    expect(contentMapIds.length, 'content/maps/ holds no map').toBeGreaterThan(0);
  });
});

describe.each(contentMapIds)('map files, starting from %s', (id) => {
  const { id: _id, ...valid } = contentMap(id);
  const asWritten = { ...valid, asOf: isoDay(valid.asOf) };
  const [firstRange] = asWritten.ranges;
  const [firstPlace] = asWritten.places;
  // The extent tests need one: the map's own, or for a map without, a box around its launch point.
  const extent = asWritten.extent ?? {
    west: Math.max(-180, asWritten.launch.lon - 10),
    south: Math.max(-90, asWritten.launch.lat - 10),
    east: Math.min(180, asWritten.launch.lon + 10),
    north: Math.min(90, asWritten.launch.lat + 10),
  };
  const withExtent = { ...asWritten, extent };

  it('accept the map as written', () => {
    expect(problems(mapSchema, asWritten)).toEqual([]);
    expect(problems(mapSchema, withExtent)).toEqual([]);
  });

  it.each([
    [0, 'ranges.0.km: must be a positive number of kilometres, got 0'],
    [-900, 'ranges.0.km: must be a positive number of kilometres, got -900'],
    ['900', 'ranges.0.km: must be a distance in kilometres, got "900"'],
  ])('refuse a range of %j, naming the field and the value', (km, message) => {
    const ranges = [{ ...firstRange!, km }];
    expect(problems(mapSchema, { ...asWritten, ranges })).toContain(message);
  });

  it('refuse a launch point off the globe, naming the value', () => {
    const launch = { ...asWritten.launch, lat: 95 };
    expect(problems(mapSchema, { ...asWritten, launch })).toContain('launch.lat: latitude must be between -90 and 90, got 95');
  });

  it('refuse an extent with no width or height, a place listed twice and a range listed twice', () => {
    const ranges = [firstRange!, firstRange!];
    // North below south (or on it, for an extent whose south is the pole).
    const north = Math.max(-90, extent.south - 1);
    const found = problems(mapSchema, { ...asWritten, extent: { ...extent, east: extent.west, north }, places: [firstPlace!, firstPlace!], ranges });
    expect(found).toContain(`extent.east: east (${extent.west}) must differ from west (${extent.west}); west greater than east crosses 180°`);
    expect(found).toContain(`extent.north: north (${north}) must be greater than south (${extent.south})`);
    expect(found).toContain(`places.1: "${firstPlace}" is listed twice`);
    expect(found).toContain(`ranges.1.km: ${firstRange!.km} km is listed twice`);
  });

  it('accept a map without an extent, an extent across 180° (west greater than east) and a centre', () => {
    const { extent: _extent, ...withoutExtent } = withExtent;
    expect(problems(mapSchema, withoutExtent)).toEqual([]);
    expect(problems(mapSchema, { ...withoutExtent, centre: { lat: 20, lon: 170 } })).toEqual([]);
    expect(problems(mapSchema, { ...withExtent, extent: { west: 140, south: -50, east: -150, north: 25 } })).toEqual([]);
  });

  it('refuse an extent and a centre together, and a range longer than half the globe', () => {
    expect(problems(mapSchema, { ...withExtent, centre: { lat: 20, lon: 170 } })).toContain(
      'centre: give an extent or a centre, not both: an extent is centred on its middle',
    );
    const ranges = [{ ...firstRange!, km: 25000 }];
    expect(problems(mapSchema, { ...asWritten, ranges })).toContain("ranges.0.km: must be at most 20015 km (half the Earth's circumference)");
  });
});
