/** What another site pastes to embed a map, and its oEmbed description. Knows nothing of Astro. */
import { legendEntries } from '../maps/legend.ts';
import type { RangeMapModel } from '../maps/range-map-model.ts';
import { xml } from '../render/svg-text.ts';
import { absoluteUrl } from '../site-url.ts';

export const embedPath = (mapId: string) => `/embed/${mapId}/`;
export const HOST_SCRIPT_PATH = '/embed.js';

/**
 * A height that shows the whole map at 320 px wide even if the host script never runs: the SVG at
 * that width plus the text around it, estimated at 34 characters a line, with a margin. The browser
 * test measures the real page and checks that this is enough.
 */
export function initialEmbedHeight(model: RangeMapModel, width = 320): number {
  const lines = (text: string, perLine = 34) => Math.ceil(text.length / perLine);
  const svg = Math.ceil((width * model.height) / model.width);
  const text =
    lines(model.title, 24) * 30 +
    lines(model.description) * 22 +
    lines(model.finding) * 22 +
    lines(`Launch point: ${model.launch.certainty}`) * 22 +
    // The launch point's sources, folded into one summary line (RangeMap.astro).
    (model.launch.sources?.length ? 30 : 0) +
    lines(model.credit) * 22 +
    // A legend row is at least one symbol high (26 px).
    legendEntries(model).reduce((sum, entry) => sum + Math.max(26, lines(entry.text, 30) * 22), 0);
  const fixed = 44 /* controls */ + 30 /* table summary */ + 56 /* story link */ + 80; /* gaps */
  return Math.ceil((svg + text + fixed) * 1.1);
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
