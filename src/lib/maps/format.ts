/** Words and numbers the map shows, shared by the build and the browser so both say the same thing. */
import { KM_PER_MILE } from '../geo/distance.ts';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** `428 km (266 miles)`. Distances are rounded to whole kilometres: the city points are good to 1–2 km. */
export function formatDistance(km: number): string {
  return `${whole.format(km)} km (${whole.format(km / KM_PER_MILE)} miles)`;
}

/** `5,500 km`: a ring's label on the map. */
export const formatKm = (km: number) => `${whole.format(km)} km`;

export function formatCoordinate(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(2)}° ${ns}, ${Math.abs(lon).toFixed(2)}° ${ew}`;
}

/** The launch label after the reader moves the point: `Moved launch point, 51.7° N 36.2° E`. */
export function movedLaunchLabel(lat: number, lon: number): string {
  return `Moved launch point, ${Math.abs(lat).toFixed(1)}° ${lat >= 0 ? 'N' : 'S'} ${Math.abs(lon).toFixed(1)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/**
 * The launch label for a preset: the preset's name with the launch label's qualifier, so choosing
 * "Kursk region" on a map launched from "Belgorod region (illustrative)" reads "Kursk region (illustrative)".
 */
export function presetLaunchLabel(presetLabel: string, launchLabel: string): string {
  const qualifier = /\s*\([^()]*\)$/.exec(launchLabel)?.[0] ?? '';
  return presetLabel.endsWith(qualifier.trim()) ? presetLabel : `${presetLabel}${qualifier}`;
}

/** The range's label without its miles: `about 900 km`. */
export const shortRangeLabel = (label: string) => label.replace(/\s*\(.*\)$/, '');

/**
 * Which ring a place is in, in words: `within range` or `out of range` on a one-ring map; with several,
 * the smallest ring that holds it and the largest that does not: `within 3,000 km`,
 * `within 5,500 km, outside 3,000 km`, `outside 5,500 km`. The rings share their centre, so this says it all.
 */
export function ringWords(withinKm: readonly number[], ringsKm: readonly number[]): string {
  if (ringsKm.length <= 1) return withinKm.length ? 'within range' : 'out of range';
  const inside = Math.min(...withinKm);
  const outside = Math.max(...ringsKm.filter((km) => !withinKm.includes(km)));
  if (!withinKm.length) return `outside ${formatKm(outside)}`;
  return outside > 0 ? `within ${formatKm(inside)}, outside ${formatKm(outside)}` : `within ${formatKm(inside)}`;
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** Days as copy writes them, each month and year once: `30 December 2023 and 2, 6 and 9 January 2024`. */
export function dayList(dates: readonly Date[]): string {
  const years = Map.groupBy(dates, (date) => date.getUTCFullYear());
  return and.format(
    [...years].map(([year, inYear]) => {
      const months = Map.groupBy(inYear, (date) => date.getUTCMonth());
      return `${and.format([...months.values()].map((days) => `${and.format(days.map((date) => String(date.getUTCDate())))} ${monthName.format(days[0]!)}`))} ${year}`;
    }),
  );
}

/** A place's reported strikes, undated: `reported strikes`, or `reported strike in its region` where the sources name only the region it stands for. */
export const strikeTag = ({ dates, region }: { dates: readonly Date[]; region: boolean }) =>
  `reported strike${dates.length > 1 ? 's' : ''}${region ? ' in its region' : ''}`;

/** The same, dated: `reported strikes on 2 and 6 January and 7 February 2024`, from its tag and dayList. */
export const strikeWords = ({ tag, days }: { tag: string; days: string }) => `${tag} on ${days}`;

/**
 * How close to a ring's edge a place must be for its answer to be hedged: a range is an estimate ("about
 * 900 km") and a launch point often illustrative, so a place 2 km inside a 900 km ring is "at the edge",
 * not plainly within range.
 */
export const EDGE_SHARE = 0.02;

/** The ring (km) whose edge the place is at, within EDGE_SHARE of its radius, if any. */
export const edgeRing = (distanceKm: number, ringsKm: readonly number[]) => ringsKm.find((km) => Math.abs(distanceKm - km) <= km * EDGE_SHARE);

/** A place's answer for one ring, as the distance table gives it: `Yes`, `No`, or either `at the edge`. */
export function ringAnswer(place: { distanceKm: number; withinKm: readonly number[] }, ringKm: number): string {
  const answer = place.withinKm.includes(ringKm) ? 'Yes' : 'No';
  return edgeRing(place.distanceKm, [ringKm]) === undefined ? answer : `${answer}, at the edge`;
}

/** How a marked place is announced and titled: name, distance, the ring it is in (hedged at its edge), and its reported strikes. */
export function placeDescription(
  place: { name: string; distanceKm: number; withinKm: readonly number[]; strike: string | undefined },
  ringsKm: readonly number[],
): string {
  return `${place.name}, ${formatDistance(place.distanceKm)} from the launch point: ${ringState(place, ringsKm)}${place.strike ? `; ${place.strike}` : ''}`;
}

/** The ring a place is in, hedged at a ring's edge: `within range`, `outside 900 km, at the edge of the 900 km ring (within 2%)`. */
export function ringState(place: { distanceKm: number; withinKm: readonly number[] }, ringsKm: readonly number[]): string {
  const edge = edgeRing(place.distanceKm, ringsKm);
  const hedge = edge === undefined ? '' : `, at the edge of the ${formatKm(edge)} ring (within ${EDGE_SHARE * 100}%)`;
  return `${ringWords(place.withinKm, ringsKm)}${hedge}`;
}

/**
 * The live summary, one clause per ring: `15 of 18 marked places are within about 900 km of the launch
 * point.` or `3 of 7 marked places are within about 5,500 km of the launch point, and 7 within about 15,000 km.`
 */
export function rangeSummary(counts: readonly { inRange: number; rangeLabel: string }[], total: number): string {
  const [first, ...rest] = counts;
  if (!first) return '';
  const verb = first.inRange === 1 ? 'is' : 'are';
  const more = rest.map((ring) => `${ring.inRange} within ${ring.rangeLabel}`);
  const tail = more.length ? `, and ${more.join(', ')}` : '';
  return `${first.inRange} of ${total} marked places ${verb} within ${first.rangeLabel} of the launch point${tail}.`;
}

/** A share of area as a reader would say it: never "100 %" unless it is all, never "0 %" unless none. */
export function formatShare(share: number): string {
  if (share >= 1) return 'all';
  if (share <= 0) return 'none';
  const percent = Math.min(99, Math.max(1, Math.round(share * 100)));
  return `about ${percent}%`;
}
