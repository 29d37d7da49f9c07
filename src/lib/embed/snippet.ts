/** What another site pastes to embed a map, and its oEmbed description. Knows nothing of Astro. */
import type { RangeMapModel } from '../maps/range-map-model.ts';
import { xml } from '../render/svg-text.ts';
import { absoluteUrl } from '../site-url.ts';

export const embedPath = (mapId: string) => `/embed/${mapId}/`;
export const HOST_SCRIPT_PATH = '/embed.js';

/**
 * A height that shows the whole embed at 320 px wide even if the host script never runs: the SVG at that
 * width plus what an embed shows around it (its title, estimated at 24 characters a line, then the
 * readout, the drag hint, the closed disclosure and the credit line), with a margin. The browser test
 * measures the real page and checks that this is enough.
 */
export function initialEmbedHeight(model: RangeMapModel, width = 320): number {
  const svg = Math.ceil((width * model.height) / model.width);
  const title = Math.ceil(model.title.length / 24) * 26;
  const fixed = 44 /* readout */ + 22 /* hint */ + 30 /* disclosure */ + 44 /* credit */ + 30; /* gaps */
  return Math.ceil((svg + title + fixed) * 1.1);
}

export interface SnippetInput {
  site: string | URL;
  mapId: string;
  title: string;
  height: number;
}

/** The iframe and our resizer script. Valid HTML, no inline code; pasting it twice is harmless. */
export function embedSnippet({ site, mapId, title, height }: SnippetInput): string {
  const src = absoluteUrl(embedPath(mapId), site);
  const script = absoluteUrl(HOST_SCRIPT_PATH, site);
  return (
    `<iframe src="${xml(src)}" title="${xml(title)}" width="100%" height="${height}" loading="lazy" ` +
    `style="border:0;width:100%" data-explainers-embed="${xml(mapId)}"></iframe>\n` +
    `<script async src="${xml(script)}"></script>`
  );
}

export function oembedJson(input: SnippetInput & { providerName: string; thumbnail: { url: string; width: number; height: number } }) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: absoluteUrl('/', input.site),
    html: embedSnippet(input),
    width: 720,
    height: input.height,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}
