/**
 * The town a reader looked up, in the page address: `?place=<GeoNames id>` for the page's first map,
 * `?place-<map id>=` for any map (as `launch`, map-param.ts). A value that is not a GeoNames id is told
 * apart from no value, so the map can say "no such place" rather than silently show nothing.
 */
import { mapParamName, mapParamValue } from './map-param.ts';

/** GeoNames ids are positive whole numbers; ten digits is more than any has. */
const GEONAMES_ID = /^[1-9]\d{0,9}$/;

export const placeParamName = (mapId: string, isFirstOnPage: boolean) => mapParamName('place', mapId, isFirstOnPage);

/** What the address asks of this map: no town (null), a GeoNames id, or `not-an-id` for anything else. */
export function placeFromSearch(search: URLSearchParams, mapId: string, isFirstOnPage: boolean): number | 'not-an-id' | null {
  const value = mapParamValue(search, 'place', mapId, isFirstOnPage);
  if (value === null) return null;
  return GEONAMES_ID.test(value) ? Number(value) : 'not-an-id';
}
