import type { APIRoute, GetStaticPaths } from 'astro';
import { mapPaths, rangeMapModel } from '../../../data/site-content.ts';
import { embedPath, initialEmbedHeight, oembedJson } from '../../../lib/embed/snippet.ts';
import { absoluteUrl } from '../../../lib/site-url.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { MAP_FILE_WIDTH, mapFileHeight } from '../../../lib/maps/standalone-svg.ts';

export const getStaticPaths = (() => mapPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await rangeMapModel(params.map!);
  return Response.json(
    oembedJson({
      site: site!,
      mapId: model.id,
      title: model.title,
      height: initialEmbedHeight(model),
      providerName: SITE_NAME,
      thumbnail: { url: absoluteUrl(`${embedPath(model.id)}map.png`, site!), width: MAP_FILE_WIDTH, height: mapFileHeight(model) },
    }),
  );
};
