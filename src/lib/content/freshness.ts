/**
 * A story's date and its top move together: an article that shows a timeline is as new as the newest
 * event in it, so an event added after `updatedAt` fails the build until the editor updates the date and,
 * with it, "What we know". Knows nothing of Astro.
 */
import { isoDay } from '../dates.ts';
import { eventKey, idsOf } from '../content-references.ts';
import type { ComponentUse } from './mdx-body.ts';

interface Article {
  id: string;
  filePath?: string | undefined;
  uses: readonly ComponentUse[];
  data: { publishedAt: Date; updatedAt?: Date | undefined };
}

interface Event {
  id: string;
  filePath?: string | undefined;
  data: { date: { date: Date } };
}

export function freshnessProblems(articles: readonly Article[], events: readonly Event[]): string[] {
  return articles.flatMap((article) => {
    const asOf = article.data.updatedAt ?? article.data.publishedAt;
    const field = article.data.updatedAt ? 'updatedAt' : 'publishedAt';
    const shown = new Set(idsOf(article.uses, 'Timeline'));
    const newer = events.filter((event) => shown.has(eventKey(event.id).timeline) && event.data.date.date > asOf);
    return newer.map(
      (event) =>
        `${article.filePath ?? `content/articles/${article.id}.mdx`}: ${field}: ${isoDay(asOf)} is before the event ${event.filePath ?? event.id} (${isoDay(event.data.date.date)}) in a timeline it shows; set updatedAt to that day or later, and bring "What we know" up to date`,
    );
  });
}
