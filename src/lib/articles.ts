/** Shapes article lists for pages. Knows nothing of Astro: it takes plain entries. */

export interface Dated {
  id: string;
  data: { publishedAt: Date; draft?: boolean | undefined };
}

/** Published articles, newest first; ties broken by id so the order never depends on the file system. */
export function publishedNewestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.draft).sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
}

export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/**
 * When the story last changed: its `updatedAt`, its latest correction or the latest as-of date of the
 * data it shows (a timeline brought up to date), whichever is latest, or undefined if nothing changed
 * after publication.
 */
export function lastModified(
  data: { publishedAt: Date; updatedAt?: Date | undefined; corrections?: readonly { date: Date }[] | undefined },
  dataAsOf: readonly Date[] = [],
): Date | undefined {
  const dates = [data.updatedAt, ...(data.corrections ?? []).map((c) => c.date), ...dataAsOf].filter((d): d is Date => !!d && d > data.publishedAt);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}
