/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): each page's key is a digest
 * of the resolved content it prints, so a page is rendered again exactly when something it shows has
 * changed, and nothing restates by hand what a page shows. Astro itself tracks the code (each page's
 * module graph), the config and the lockfile.
 */
import { createHash } from 'node:crypto';
import type { ArticleEntry, ResolvedArticle } from './content-gate.ts';
import type { RangeMapModel } from '../maps/range-map-model.ts';

export interface PageCacheKeys {
  /** The article page, by article id. */
  article: ReadonlyMap<string, string>;
  /** The share image, by article id. */
  shareImage: ReadonlyMap<string, string>;
  /** A map's files (PNG, SVG, oEmbed), by map id. */
  mapFiles: ReadonlyMap<string, string>;
  /** The embed page, by map id. */
  embed: ReadonlyMap<string, string>;
}

const digest = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

export function pageCacheKeys(
  articles: readonly ResolvedArticle<ArticleEntry>[],
  maps: ReadonlyMap<string, RangeMapModel>,
  storyOfMap: ReadonlyMap<string, ResolvedArticle<ArticleEntry>>,
): PageCacheKeys {
  const mapFiles = new Map([...maps].map(([id, model]) => [id, digest(model)]));
  const byArticle = (key: (article: ResolvedArticle<ArticleEntry>) => string) => new Map(articles.map((article) => [article.entry.id, key(article)]));
  return {
    // Its text and data, and every model its maps and timelines print.
    article: byArticle(({ entry, maps, timelines, updatedAt }) => digest(entry.id, entry.data, entry.body, maps.map((map) => mapFiles.get(map.id)), timelines, updatedAt)),
    // Headline, date and the first map: not the prose, so a body edit keeps it.
    shareImage: byArticle(({ entry, maps }) => digest(entry.data.title, entry.data.shareTitle, entry.data.publishedAt, maps[0] && mapFiles.get(maps[0].id))),
    mapFiles,
    // Its map, and the story its "Read the story" link names.
    embed: new Map([...mapFiles].map(([id, key]) => [id, digest(key, storyOfMap.get(id)?.entry.id, storyOfMap.get(id)?.entry.data.title)])),
  };
}
