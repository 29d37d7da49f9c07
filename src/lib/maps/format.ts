/** Words and numbers the map shows, shared by the build and the browser so both say the same thing. */
import { KM_PER_MILE } from '../geo/distance.ts';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** `428 km (266 miles)`. Distances are rounded to whole kilometres: the city points are good to 1–2 km. */
export function formatDistance(km: number): string {
  return `${whole.format(km)} km (${whole.format(km / KM_PER_MILE)} miles)`;
}

export function formatCoordinate(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(2)}° ${ns}, ${Math.abs(lon).toFixed(2)}° ${ew}`;
}

/** How a marked place is announced and titled: name, distance, in range or not, and a reported strike. */
export function placeDescription(place: { name: string; distanceKm: number; inRange: boolean; strike: boolean }): string {
  const where = place.inRange ? 'within range' : 'out of range';
  return `${place.name}, ${formatDistance(place.distanceKm)} from the launch point: ${where}${place.strike ? '; reported strike' : ''}`;
}

/** The live summary: `15 of 18 marked places are within about 900 km of the launch point.` */
export function rangeSummary(inRange: number, total: number, rangeLabel: string): string {
  const verb = inRange === 1 ? 'is' : 'are';
  return `${inRange} of ${total} marked places ${verb} within ${rangeLabel} of the launch point.`;
}

/** A share of area as a reader would say it: never "100 %" unless it is all, never "0 %" unless none. */
export function formatShare(share: number): string {
  if (share >= 1) return 'all';
  if (share <= 0) return 'none';
  const percent = Math.min(99, Math.max(1, Math.round(share * 100)));
  return `about ${percent}%`;
}
