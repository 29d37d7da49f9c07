/** A story that shows a timeline is as new as its newest event: the build names the event and the fix. */
import { describe, expect, it } from 'vitest';
import { freshnessProblems } from '../../../src/lib/content/freshness.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';

const day = (iso: string) => parseIsoDay(iso)!;
const article = (updatedAt?: string) => ({
  id: 'story',
  filePath: 'content/articles/story.mdx',
  uses: [{ component: 'Timeline' as const, id: 'strikes', line: 9 }],
  data: { publishedAt: day('2024-01-04'), updatedAt: updatedAt ? day(updatedAt) : undefined },
});
const event = (id: string, date: string) => ({ id, filePath: `content/events/${id}.yaml`, data: { date: { date: day(date) } } });
const events = [event('strikes/2024-01-02-kyiv', '2024-01-02'), event('strikes/2024-04-29-un', '2024-04-29'), event('other/2025-01-01-later', '2025-01-01')];

describe('freshnessProblems', () => {
  it('accepts a story updated on or after the newest event of the timelines it shows, whatever other timelines hold', () => {
    expect(freshnessProblems([article('2024-04-29')], events)).toEqual([]);
    expect(freshnessProblems([article('2024-05-07')], events)).toEqual([]);
  });

  it('names the date field, the newer event and the fix', () => {
    expect(freshnessProblems([article('2024-04-28')], events)).toEqual([
      'content/articles/story.mdx: updatedAt: 2024-04-28 is before the event content/events/strikes/2024-04-29-un.yaml (2024-04-29) in a timeline it shows; set updatedAt to that day or later, and bring "What we know" up to date',
    ]);
    expect(freshnessProblems([article()], events)[0]).toMatch(/^content\/articles\/story\.mdx: publishedAt: 2024-01-04 is before the event/);
  });
});
