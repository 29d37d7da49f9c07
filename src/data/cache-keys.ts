/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a digest of all the content a
 * page is drawn from, so a page is rendered again exactly when something it shows has changed. Astro
 * itself tracks the code (each page's module graph), the config and the lockfile.
 *
 * Keys err wide: every page's key includes all places (shared reference data, rarely edited), and a
 * map's key includes every timeline drawn on it, whose strikes it marks.
 */
import { createHash } from 'node:crypto';
import { articleForMap, mapIds, siteContent } from './site-content.ts';
import { rangeMapIdsIn, timelineIdsIn } from '../lib/content-references.ts';

type Article = Awaited<ReturnType<typeof siteContent>>['articles'][number];

const digest = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

async function placesDigest(): Promise<string> {
  const { places } = await siteContent();
  return digest([...places]);
}

async function timelineInputs(id: string) {
  const { timelineEntries, eventsByTimeline, claimants } = await siteContent();
  // Claimants are named in the entries: all of them, as with places (shared, rarely edited).
  return [id, timelineEntries.find((timeline) => timeline.id === id)?.data, eventsByTimeline.get(id), [...claimants]];
}

async function mapInputs(id: string) {
  const { mapEntries, timelineEntries } = await siteContent();
  const drawnOn = timelineEntries.filter((timeline) => timeline.data.map === id).map((timeline) => timeline.id);
  return [id, mapEntries.find((map) => map.id === id)?.data, await Promise.all(drawnOn.map(timelineInputs))];
}

/** A map's files (PNG, SVG, oEmbed): the map, its places, the strikes it marks. */
export async function mapCacheKey(id: string): Promise<string> {
  return digest(await placesDigest(), await mapInputs(id));
}

/** The embed page: its map, and the story its "Read the story" link names. */
export async function embedCacheKey(id: string): Promise<string> {
  const article = await articleForMap(id);
  return digest(await mapCacheKey(id), article?.id, article?.data.title);
}

/** The article page: its own text and data, and everything its maps and timelines show. */
export async function articleCacheKey(article: Article): Promise<string> {
  const body = article.body ?? '';
  return digest(
    await placesDigest(),
    article.id,
    article.data,
    body,
    await Promise.all(rangeMapIdsIn(body).map(mapInputs)),
    await Promise.all(timelineIdsIn(body).map(timelineInputs)),
  );
}

/** The share image: headline, date and the first map (not the prose, so a body edit keeps it). */
export async function shareImageCacheKey(article: Article): Promise<string> {
  const [firstMap] = rangeMapIdsIn(article.body ?? '');
  return digest(article.data.title, article.data.shareTitle, article.data.publishedAt, firstMap && (await mapCacheKey(firstMap)));
}

/** getStaticPaths for a route per map, each path keyed by `keyOf`. */
export async function mapPaths(keyOf: (id: string) => Promise<string> = mapCacheKey) {
  return Promise.all((await mapIds()).map(async (map) => ({ params: { map }, cacheKey: await keyOf(map) })));
}
