import { describe, expect, it } from 'vitest';
import { incompleteOutputs, requiredOutputs } from '../../src/lib/build-output.ts';

describe('requiredOutputs', () => {
  it('asks for the home page, the 404 page, the header rules, the embed script, the feed, the sitemap and each article', () => {
    expect(requiredOutputs(['a-story', 'another'])).toEqual([
      'index.html',
      '404.html',
      '_headers',
      'embed.js',
      'rss.xml',
      'sitemap-index.xml',
      'articles/a-story/index.html',
      'articles/another/index.html',
    ]);
  });
});

describe('incompleteOutputs', () => {
  const required = requiredOutputs(['a-story']);
  const complete = new Map(required.map((file) => [file, 10]));

  it('is empty when every required file was written with content, whatever else was', () => {
    expect(incompleteOutputs(required, new Map([...complete, ['_astro/site.js', 5]]))).toEqual([]);
  });

  it('names each required file that is missing or empty, in order', () => {
    const written = new Map(complete);
    written.delete('_headers');
    written.delete('articles/a-story/index.html');
    written.set('rss.xml', 0);
    expect(incompleteOutputs(required, written)).toEqual(['_headers', 'rss.xml', 'articles/a-story/index.html']);
  });

  it('does not take a file in a sub-folder for the one at the top', () => {
    expect(incompleteOutputs(['index.html'], new Map([['articles/index.html', 10]]))).toEqual(['index.html']);
  });
});
