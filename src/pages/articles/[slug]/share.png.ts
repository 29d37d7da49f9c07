import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/site-content.ts';
import { formatLongDate } from '../../../lib/dates.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { shareCardSvg } from '../../../lib/share/share-card.ts';
import { renderPng } from '../../../lib/render/png.ts';
import { startMapPng } from '../../../data/map-png.ts';

export const getStaticPaths = (async () => {
  const { articles, cacheKeys } = await siteContent();
  return articles.map((resolved) => ({ params: { slug: resolved.entry.id }, props: { resolved }, cacheKey: cacheKeys.shareImage.get(resolved.entry.id)! }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry: article, maps } = (props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props']).resolved;
  // The article's map files are needed later in the build: the workers can start on them now.
  for (const map of maps) startMapPng(map.id);
  const { title, shareTitle, publishedAt } = article.data;
  // The content gate checked this text fits the card, so drawing it cannot fail on it.
  const svg = shareCardSvg({ siteName: SITE_NAME, headline: shareTitle ?? title, dateLabel: formatLongDate(publishedAt), map: maps[0] });
  const png = await renderPng({ svg: () => svg });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
