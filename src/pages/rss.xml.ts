import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../data/site-content.ts';
import { articlePath } from '../lib/articles.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { absoluteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const items = (await siteContent()).articles.map(({ entry, updatedAt }) => ({ article: entry, modifiedAt: updatedAt }));
  // The feed changes when a story does: from content dates, so two builds give the same file.
  const lastChange = Math.max(0, ...items.map(({ article, modifiedAt }) => (modifiedAt ?? article.data.publishedAt).getTime()));
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: items.map(({ article, modifiedAt }) => ({
      title: article.data.title,
      description: article.data.dek,
      pubDate: article.data.publishedAt,
      link: absoluteUrl(articlePath(article.id), site!),
      ...(modifiedAt && { customData: `<atom:updated>${modifiedAt.toISOString()}</atom:updated>` }),
    })),
    customData: `<language>en</language>${items.length ? `<lastBuildDate>${new Date(lastChange).toUTCString()}</lastBuildDate>` : ''}`,
  });
};
