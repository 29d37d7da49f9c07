import { describe, expect, it } from 'vitest';
import { publishedNewestFirst } from '../../src/lib/articles.ts';

const entry = (id: string, day: string, draft?: boolean) => ({ id, data: { publishedAt: new Date(day), draft } });

describe('publishedNewestFirst', () => {
  it('orders newest first, breaks ties by id, and leaves drafts out', () => {
    const list = publishedNewestFirst([
      entry('b', '2024-01-04'),
      entry('old', '2023-12-30'),
      entry('a', '2024-01-04'),
      entry('draft', '2025-01-01', true),
    ]);
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'old']);
  });
});
