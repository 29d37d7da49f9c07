/** Day counts relative to a story's day 0 (the first launch). Knows nothing of Astro. */

const DAY_MS = 86_400_000;

/** Whole calendar days from `dayZero` to `date`, both read as UTC days. */
export function daysBetween(dayZero: Date, date: Date): number {
  const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((utcDay(date) - utcDay(dayZero)) / DAY_MS);
}

/** `Day 0`, `Day 3`; before day 0, `1 day before` while it is near enough to matter, otherwise nothing. */
export function dayLabel(days: number, nearWindowDays = 14): string | undefined {
  if (days >= 0) return `Day ${days}`;
  if (-days <= nearWindowDays) return `${-days} ${days === -1 ? 'day' : 'days'} before`;
  return undefined;
}
