/** The launch point in the page's address, so a shared link reopens the view the reader saw. */
import type { LonLat } from '../../lib/geo/distance.ts';
import { formatLaunchParam, launchFromSearch, launchParamName } from '../../lib/maps/launch-param.ts';

export function launchInAddress(mapId: string, isFirstOnPage: boolean): LonLat | null {
  return launchFromSearch(new URLSearchParams(window.location.search), mapId, isFirstOnPage);
}

/** Keeps the point in the address (or drops it at the map's own point), without a new history entry. */
export function writeLaunchToAddress(mapId: string, isFirstOnPage: boolean, launch: LonLat | null) {
  const url = new URL(window.location.href);
  const name = launchParamName(mapId, isFirstOnPage);
  if (launch) url.searchParams.set(name, formatLaunchParam(launch));
  else url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}
