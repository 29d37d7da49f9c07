/**
 * Calendar dates for news copy. Knows nothing of Astro.
 *
 * A story's date is a day on the news desk's calendar, not an instant. Every formatter pins
 * `timeZone: 'UTC'` so that 2 January 2024 never shows as 1 January to a reader in the Americas.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` strictly: `2023-12-32` or `2024-02-30` give null instead of rolling over. */
export function parseIsoDay(value: string): Date | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const roundTrips = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return roundTrips ? date : null;
}

/** `2024-01-04` for a date at any time of that UTC day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `4 January 2024`: the house style for dates in copy. */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `May 2019`: a date known only to its month, in copy. */
export function formatMonthYear(date: Date): string {
  return monthYear.format(date);
}
