/**
 * The names the content knows GeoNames towns by, which the town search also finds them by: each place
 * credited to GeoNames adds its own name (the house spelling, "Odesa" where GeoNames writes "Odessa") and
 * its `otherNames` (exonyms and former names: "Kiev", "Dnepropetrovsk") to its GeoNames row.
 */
import { GEONAMES_ID, type PlaceData } from '../schemas/place.ts';

/** Other names by GeoNames id, in the order the places give them. */
export function contentOtherNames(places: readonly { data: PlaceData }[]): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const { data } of places) {
    const id = GEONAMES_ID.exec(data.source)?.[1];
    if (id) names.set(Number(id), [...(names.get(Number(id)) ?? []), data.name, ...(data.otherNames ?? [])]);
  }
  return names;
}
