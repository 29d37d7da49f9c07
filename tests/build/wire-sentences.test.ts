/**
 * Wire sentences in an article stay verbatim: for every article with its wire copy in content/wire/,
 * the built page shows the headline (in the house's sentence case) and every sentence of the wire.
 * Adding a story and its wire file adds it here; nothing to edit.
 */
import { describe, expect, it } from 'vitest';
import { builtPage } from '../../tools/dist.ts';
import { missingWireSentences, publishedWireCopies, wireCopies } from '../helpers/wire.ts';

describe('content/wire/', () => {
  it('holds wire copy for at least one published article', () => {
    expect(wireCopies().length).toBeGreaterThan(0);
    expect(publishedWireCopies().length).toBeGreaterThan(0);
  });
});

describe.each(publishedWireCopies().map((copy) => [copy.slug, copy] as const))('the story %s', (slug, copy) => {
  const page = builtPage(`/articles/${slug}/`);
  const article = page.querySelector(`article[data-article="${slug}"]`)!;

  it('keeps every wire sentence verbatim', () => {
    expect(missingWireSentences(copy, article.text), `content/articles/${slug}.mdx drops wire sentences`).toEqual([]);
  });

  it('has the wire headline as its only h1, word for word', () => {
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(missingWireSentences({ ...copy, sentences: [] }, page.querySelector('h1')!.text)).toEqual([]);
  });
});
