import type { APIRoute, GetStaticPaths } from 'astro';
import { rangeMapModel, siteContent } from '../../../data/site-content.ts';
import { publishedNewestFirst } from '../../../lib/articles.ts';
import { rangeMapIdsIn } from '../../../lib/content-references.ts';
import { formatLongDate } from '../../../lib/dates.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { HeadlineTooLongError, shareCardSvg } from '../../../lib/share/share-card.ts';
import { svgToPng } from '../../../lib/share/png.ts';

export const getStaticPaths = (async () => {
  const { articles } = await siteContent();
  return publishedNewestFirst(articles).map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const [firstMap] = rangeMapIdsIn(article.body ?? '');
  const { title, shareTitle } = article.data;
  let svg: string;
  try {
    svg = shareCardSvg({
      siteName: SITE_NAME,
      headline: shareTitle ?? title,
      dateLabel: formatLongDate(article.data.publishedAt),
      map: firstMap ? await rangeMapModel(firstMap) : undefined,
    });
  } catch (error) {
    if (!(error instanceof HeadlineTooLongError)) throw error;
    const fix = shareTitle ? 'shorten it' : 'add a shorter `shareTitle` to the frontmatter for the image';
    throw new Error(`${article.filePath}: ${shareTitle ? 'shareTitle' : 'title'} ${error.message}; ${fix}`);
  }
  return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
