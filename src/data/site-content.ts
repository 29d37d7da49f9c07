/**
 * The site's content, read from Astro's collections once per build and handed to the content gate
 * (src/lib/content/content-gate.ts), which checks and resolves it. This is the one module that reads
 * Astro's collections; pages and components ask it for what the gate resolved.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { openContent, type SiteContent } from '../lib/content/content-gate.ts';
import { unplacedLabelLines } from '../lib/maps/unplaced-labels.ts';
import type { RangeMapModel } from '../lib/maps/range-map-model.ts';
import type { TimelineModel } from '../lib/timeline/timeline-model.ts';
import { mdxFileBody } from '../loaders/inert-mdx.ts';
import { gazetteerTowns } from './gazetteer.ts';

export type Article = CollectionEntry<'articles'>;

async function load(): Promise<SiteContent<Article>> {
  const [articles, maps, places, events, timelines, claimants] = await Promise.all([
    getCollection('articles'),
    getCollection('maps'),
    getCollection('places'),
    getCollection('events'),
    getCollection('timelines'),
    getCollection('claimants'),
  ]);
  // The body as the MDX compiler reads it, from the file, so the lines the gate names are the file's.
  const sources = await Promise.all(articles.map(async (entry) => ({ entry, source: mdxFileBody(await readFile(entry.filePath!, 'utf8')) })));
  return openContent({ articles: sources, maps, places, events, timelines, claimants, towns: await gazetteerTowns() });
}

let content: Promise<SiteContent<Article>> | undefined;

/** All content, checked and resolved; the first page to ask pays, the rest share the result. */
export function siteContent(): Promise<SiteContent<Article>> {
  return (content ??= load());
}

/** The drawn model of one map; the article and the embed page share it. Every id a page asks for was checked by the gate. */
export async function rangeMapModel(id: string): Promise<RangeMapModel> {
  return (await siteContent()).maps.get(id)!;
}

/**
 * The article an article page hands to the components its body places without props (<WhatWeKnow />,
 * <OriginalReport />), which show its frontmatter (src/env.d.ts).
 */
export function articleOfLocals(locals: App.Locals) {
  if (!locals.article)
    throw new Error('<WhatWeKnow /> and <OriginalReport /> show an article’s frontmatter: only an article page (/articles/[slug]/) renders them');
  return locals.article;
}

export async function timelineModel(id: string): Promise<TimelineModel> {
  return (await siteContent()).timelines.get(id)!;
}

let labelsReported: Promise<void> | undefined;

/**
 * Tells the editor, once a build, of every name a map has no spot for. Called where every build passes
 * (the embed routes' paths), not from a page, which the incremental build may copy from its cache.
 */
export function reportUnplacedLabels(): Promise<void> {
  return (labelsReported ??= (async () => {
    for (const model of (await siteContent()).maps.values()) for (const line of unplacedLabelLines(model)) console.info(line);
  })());
}

/** getStaticPaths for a route per map, each path keyed by the page's cache key. */
export async function mapPaths(keys: 'mapFiles' | 'embed' = 'mapFiles') {
  const { maps, cacheKeys } = await siteContent();
  return [...maps.keys()].map((map) => ({ params: { map }, cacheKey: cacheKeys[keys].get(map)! }));
}
