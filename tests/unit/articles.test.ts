import { describe, expect, it } from 'vitest';
import { lastModified, publishedNewestFirst } from '../../src/lib/articles.ts';

const entry = (id: string, day: string, draft?: boolean) => ({ id, data: { publishedAt: new Date(day), draft } });

describe('publishedNewestFirst', () => {
  it('orders newest first, breaks ties by id, and leaves drafts out', () => {
    const list = publishedNewestFirst([entry('b', '2024-01-04'), entry('old', '2023-12-30'), entry('a', '2024-01-04'), entry('draft', '2025-01-01', true)]);
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'old']);
  });
});

describe('lastModified', () => {
  const publishedAt = new Date('2024-01-04T00:00:00Z');

  it('is undefined for a story never changed', () => {
    expect(lastModified({ publishedAt })).toBeUndefined();
  });

  it('takes the latest of updatedAt and the corrections', () => {
    const corrections = [{ date: new Date('2024-01-10T00:00:00Z') }, { date: new Date('2024-01-06T00:00:00Z') }];
    expect(lastModified({ publishedAt, corrections })?.toISOString()).toBe('2024-01-10T00:00:00.000Z');
    expect(lastModified({ publishedAt, updatedAt: new Date('2024-02-01T00:00:00Z'), corrections })?.toISOString()).toBe('2024-02-01T00:00:00.000Z');
  });

  it('counts the as-of date of data the story shows, such as a timeline brought up to date, but only after publication', () => {
    const timelineAsOf = new Date('2024-05-07T00:00:00Z');
    expect(lastModified({ publishedAt }, [timelineAsOf])?.toISOString()).toBe('2024-05-07T00:00:00.000Z');
    expect(lastModified({ publishedAt, corrections: [{ date: new Date('2024-06-01T00:00:00Z') }] }, [timelineAsOf])?.toISOString()).toBe(
      '2024-06-01T00:00:00.000Z',
    );
    expect(lastModified({ publishedAt }, [publishedAt, new Date('2023-12-30T00:00:00Z')])).toBeUndefined();
  });
});
