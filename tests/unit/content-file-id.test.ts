import { describe, expect, it } from 'vitest';
import { idFromFileName } from '../../src/lib/content-file-id.ts';
import { isSlug } from '../../src/lib/slug.ts';
import { slugFromHeadline } from '../../src/lib/wire-story.ts';

describe('content file names', () => {
  it('are their ids when they already are slugs, folders included', () => {
    expect(idFromFileName('europe-3000km.yaml', './content/maps')).toBe('europe-3000km');
    expect(idFromFileName('a-timeline/2024-01-05-first-launch.yaml', './content/events')).toBe('a-timeline/2024-01-05-first-launch');
  });

  it.each([
    ['Foo Bar.mdx', 'rename it foo-bar.mdx'],
    ['ÜberX.mdx', 'rename it uberx.mdx'],
    ['a--b.mdx', 'rename it a-b.mdx'],
    ['-x.mdx', 'rename it x.mdx'],
    ['x-.mdx', 'rename it x.mdx'],
    ['kyiv_city.mdx', 'rename it kyiv-city.mdx'],
    ['Київ.mdx', 'rename it with lowercase ASCII letters, digits and single hyphens'],
  ])('refuse %s, naming the file and the name it needs', (file, rename) => {
    expect(() => idFromFileName(file, './content/articles')).toThrow(
      `content/articles/${file}: the file name is not a valid id (lowercase ASCII letters and digits, words joined by single hyphens), so it would be published under another address; ${rename}`,
    );
  });

  it('refuse a folder that is not a slug', () => {
    expect(() => idFromFileName('My Timeline/2024-01-05-x.yaml', 'content/events/')).toThrow(
      /^content\/events\/My Timeline\/2024-01-05-x\.yaml: .*rename it my-timeline\/2024-01-05-x\.yaml$/,
    );
  });
});

describe('the article scaffold', () => {
  it.each(['Ünïcode — “quoted” headline!', "Don't panic: it's 2024", '---Hyphens--everywhere---', 'A'.repeat(80), 'Ökonomie & Über-Straße 900 km'])(
    'makes a slug the build accepts from %j',
    (headline) => {
      expect(isSlug(slugFromHeadline(headline))).toBe(true);
    },
  );
});
