import { describe, expect, it } from 'vitest';
import { jsonForScript, metaTags, newsArticleJsonLd } from '../../src/lib/head.ts';

const article = {
  publishedAt: new Date('2024-01-04T00:00:00Z'),
  modifiedAt: undefined,
  author: 'Explainers desk',
  logoUrl: 'https://news.example.org/icons/logo.png',
  image: { url: 'https://news.example.org/a/share.png', width: 1200, height: 630, alt: 'Headline' },
};
const input = { canonical: 'https://news.example.org/a/', title: 'Headline', description: 'Dek.', article };
const content = (key: string) => metaTags(input).find((t) => ('property' in t ? t.property : t.name) === key)?.content;

describe('head tags', () => {
  it('describe an article for Open Graph and X', () => {
    expect(content('og:type')).toBe('article');
    expect(content('og:url')).toBe(input.canonical);
    expect(content('og:image')).toBe(article.image.url);
    expect(content('og:image:width')).toBe('1200');
    expect(content('twitter:card')).toBe('summary_large_image');
    expect(content('twitter:image:alt')).toBe('Headline');
    expect(content('article:published_time')).toBe('2024-01-04T00:00:00.000Z');
    expect(content('article:modified_time')).toBeUndefined();
  });

  it('describe other pages as a website with a small card and no image', () => {
    const tags = metaTags({ canonical: 'https://x.org/', title: 'Home', description: 'd' });
    expect(tags).toContainEqual({ property: 'og:type', content: 'website' });
    expect(tags.some((t) => 'property' in t && t.property === 'og:image')).toBe(false);
  });

  it('give NewsArticle data that uses the publication date when nothing changed since', () => {
    const ld = newsArticleJsonLd(input);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Headline',
      datePublished: '2024-01-04T00:00:00.000Z',
      dateModified: '2024-01-04T00:00:00.000Z',
    });
    expect(ld.mainEntityOfPage['@id']).toBe(input.canonical);
  });

  it('escape JSON so a headline cannot close the script element', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
