/** The launch point and the looked-up town in the page's address, so a shared link reopens the view the reader saw. */
import type { LonLat } from '../../lib/geo/distance.ts';
import { formatLaunchParam, launchFromSearch, launchParamName } from '../../lib/maps/launch-param.ts';
import { placeParamName } from '../../lib/maps/place-param.ts';

export function launchInAddress(mapId: string, isFirstOnPage: boolean): LonLat | null {
  return launchFromSearch(new URLSearchParams(window.location.search), mapId, isFirstOnPage);
}

/** Keeps the point in the address (or drops it at the map's own point), without a new history entry. */
export function writeLaunchToAddress(mapId: string, isFirstOnPage: boolean, launch: LonLat | null) {
  writeToAddress(launchParamName(mapId, isFirstOnPage), launch && formatLaunchParam(launch));
}

/** Keeps the looked-up town's GeoNames id in the address (or drops it: no town, or the reader's own position, which never leaves the page). */
export function writePlaceToAddress(mapId: string, isFirstOnPage: boolean, id: number | null) {
  writeToAddress(placeParamName(mapId, isFirstOnPage), id === null ? null : String(id));
}

function writeToAddress(name: string, value: string | null) {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}
