import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../data/site-content.ts';
import { articlePath, publishedNewestFirst } from '../lib/articles.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { absoluteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await siteContent();
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    items: publishedNewestFirst(articles).map((article) => ({
      title: article.data.title,
      description: article.data.dek,
      pubDate: article.data.publishedAt,
      link: absoluteUrl(articlePath(article.id), site!),
    })),
    customData: '<language>en</language>',
  });
};
