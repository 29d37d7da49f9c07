import type { APIRoute, GetStaticPaths } from 'astro';
import { rangeMapModel, siteContent } from '../../../data/site-content.ts';
import { publishedNewestFirst } from '../../../lib/articles.ts';
import { rangeMapIdsIn } from '../../../lib/content-references.ts';
import { formatLongDate } from '../../../lib/dates.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { CardTextTooWideError, HeadlineTooLongError, shareCardSvg } from '../../../lib/share/share-card.ts';
import { renderPng } from '../../../lib/render/png.ts';
import { startMapPng } from '../../../data/map-png.ts';
import { shareImageCacheKey } from '../../../data/cache-keys.ts';

export const getStaticPaths = (async () => {
  const { articles } = await siteContent();
  return Promise.all(
    publishedNewestFirst(articles).map(async (article) => ({ params: { slug: article.id }, props: { article }, cacheKey: await shareImageCacheKey(article) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const mapIds = rangeMapIdsIn(article.body ?? '');
  // The article's map files are needed later in the build: the workers can start on them now.
  mapIds.forEach(startMapPng);
  const [firstMap] = mapIds;
  const { title, shareTitle } = article.data;
  const card = {
    siteName: SITE_NAME,
    headline: shareTitle ?? title,
    dateLabel: formatLongDate(article.data.publishedAt),
    map: firstMap ? await rangeMapModel(firstMap) : undefined,
  };
  let svg: string;
  try {
    svg = shareCardSvg(card);
  } catch (error) {
    if (error instanceof CardTextTooWideError) throw new Error(`${article.filePath}: ${error.message}; shorten it`, { cause: error });
    if (!(error instanceof HeadlineTooLongError)) throw error;
    const fix = shareTitle ? 'shorten it' : 'add a shorter `shareTitle` to the frontmatter for the image';
    throw new Error(`${article.filePath}: ${shareTitle ? 'shareTitle' : 'title'} ${error.message}; ${fix}`, { cause: error });
  }
  const png = await renderPng({ svg: () => svg });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
