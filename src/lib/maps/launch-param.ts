/**
 * The launch point in the page address, so a shared link reproduces the view: `?launch=50.60,36.59`
 * (latitude, longitude) sets the page's first map, `?launch-<map id>=` any map. Anything that does not
 * parse as a real coordinate is ignored: a bad link shows the default view, never an error.
 */
import type { LonLat } from '../geo/distance.ts';
import { mapParamName } from './map-param.ts';

const LAUNCH = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)$/;

export function parseLaunchParam(value: string | null | undefined): LonLat | null {
  if (!value || value.length > 32) return null;
  const match = LAUNCH.exec(value.trim());
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lon, lat];
}

export function formatLaunchParam([lon, lat]: LonLat): string {
  return `${lat.toFixed(2)},${lon.toFixed(2)}`;
}

/** Two points are one view when a shared link cannot tell them apart: a link to a preset or the map's own point reopens as that. */
export function sameLaunch(a: LonLat, b: LonLat): boolean {
  return formatLaunchParam(a) === formatLaunchParam(b);
}

export function launchParamName(mapId: string, isFirstOnPage: boolean): string {
  return mapParamName('launch', mapId, isFirstOnPage);
}

/** The launch point a page address asks for this map, or null. The map's own parameter wins. */
export function launchFromSearch(search: URLSearchParams, mapId: string, isFirstOnPage: boolean): LonLat | null {
  return parseLaunchParam(search.get(`launch-${mapId}`)) ?? (isFirstOnPage ? parseLaunchParam(search.get('launch')) : null);
}
