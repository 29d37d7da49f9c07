/**
 * What a page puts in its <head> so links unfurl well: canonical URL, description, Open Graph, Twitter
 * card and, for articles, NewsArticle structured data. Knows nothing of Astro.
 */
import { SITE_NAME } from './site.ts';

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface ArticleMeta {
  publishedAt: Date;
  modifiedAt: Date | undefined;
  author: string;
  image: ShareImage;
  /** Absolute URL of the publisher's logo. */
  logoUrl: string;
}

export interface HeadInput {
  /** The page's absolute canonical URL; none for pages that have no address of their own (the 404 page). */
  canonical: string | undefined;
  title: string;
  description: string;
  article?: ArticleMeta | undefined;
}

export type MetaTag = { property: string; content: string } | { name: string; content: string };

export function metaTags({ canonical, title, description, article }: HeadInput): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'description', content: description },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:locale', content: 'en_GB' },
    { property: 'og:type', content: article ? 'article' : 'website' },
    { name: 'twitter:card', content: article ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
  if (canonical) tags.push({ property: 'og:url', content: canonical });
  if (article) {
    const { image } = article;
    tags.push(
      { property: 'og:image', content: image.url },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(image.width) },
      { property: 'og:image:height', content: String(image.height) },
      { property: 'og:image:alt', content: image.alt },
      { name: 'twitter:image', content: image.url },
      { name: 'twitter:image:alt', content: image.alt },
      { property: 'article:published_time', content: article.publishedAt.toISOString() },
      { property: 'article:author', content: article.author },
    );
    if (article.modifiedAt) tags.push({ property: 'article:modified_time', content: article.modifiedAt.toISOString() });
  }
  return tags;
}

/** schema.org NewsArticle for the page, matching what the page shows. */
export function newsArticleJsonLd({ canonical, title, description, article }: HeadInput & { canonical: string; article: ArticleMeta }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.modifiedAt ?? article.publishedAt).toISOString(),
    author: [{ '@type': 'Organization', name: article.author }],
    publisher: {
      '@type': 'Organization',
      name: SITE_NAME,
      logo: { '@type': 'ImageObject', url: article.logoUrl, width: 600, height: 60 },
    },
    image: [{ '@type': 'ImageObject', url: article.image.url, width: article.image.width, height: article.image.height }],
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    inLanguage: 'en',
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no string can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
