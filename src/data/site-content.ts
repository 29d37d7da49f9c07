/**
 * The site's content, loaded once per build, cross-checked, and shaped for components.
 * This is the one module that reads Astro's collections; everything it computes lives in src/lib.
 */
import { getCollection } from 'astro:content';
import { eventKey, rangeMapIdsIn, referenceProblems, timelineIdsIn } from '../lib/content-references.ts';
import { evidenceProblems } from '../lib/evidence/evidence-problems.ts';
import { lastModified, publishedNewestFirst } from '../lib/articles.ts';
import { buildRangeMapModel, type RangeMapModel } from '../lib/maps/range-map-model.ts';
import { unplacedLabelLines } from '../lib/maps/unplaced-labels.ts';
import { buildTimelineModel, strikePlaceIds, type TimelineEvent, type TimelineModel } from '../lib/timeline/timeline-model.ts';
import type { Place } from '../lib/schemas/place.ts';

async function load() {
  const [articles, mapEntries, placeEntries, eventEntries, timelineEntries, claimantEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('maps'),
    getCollection('places'),
    getCollection('events'),
    getCollection('timelines'),
    getCollection('claimants'),
  ]);
  // Every problem at once, so an editor fixes them in one pass.
  const problems = [
    ...referenceProblems({ articles, maps: mapEntries, places: placeEntries, events: eventEntries, timelines: timelineEntries, claimants: claimantEntries }),
    ...evidenceProblems({ events: eventEntries, maps: mapEntries, articles }),
  ];
  if (problems.length) {
    throw new Error(
      `Content cannot be published: broken references, or quotes and figures its sources' evidence does not carry:\n  - ${problems.join('\n  - ')}`,
    );
  }
  const places = new Map<string, Place>(placeEntries.map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
  const claimants = new Map(claimantEntries.map((entry) => [entry.id, entry.data]));
  const eventsByTimeline = new Map<string, TimelineEvent[]>();
  for (const entry of eventEntries) {
    const { timeline, anchor } = eventKey(entry.id);
    eventsByTimeline.set(timeline, [...(eventsByTimeline.get(timeline) ?? []), { id: anchor, ...entry.data }]);
  }
  return { articles, mapEntries, places, claimants, timelineEntries, eventsByTimeline };
}

let content: ReturnType<typeof load> | undefined;

/** Loads and checks all content; the first page to ask pays, the rest share the result. */
export function siteContent() {
  return (content ??= load());
}

function memoized<T>(build: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, build(id));
    return cache.get(id)!;
  };
}

/** The drawn model of one map; the article and the embed page share it. */
export const rangeMapModel = memoized(async (id): Promise<RangeMapModel> => {
  const { mapEntries, places, timelineEntries, eventsByTimeline } = await siteContent();
  const entry = mapEntries.find((map) => map.id === id);
  if (!entry) throw new Error(`<RangeMap id="${id}">: no map with that id in content/maps/`);
  // Strikes reported by any timeline tied to this map are marked on it.
  const strikes = timelineEntries
    .filter((timeline) => timeline.data.map === id)
    .flatMap((timeline) => [...strikePlaceIds(eventsByTimeline.get(timeline.id) ?? [])]);
  return buildRangeMapModel({ map: { id, ...entry.data }, places, strikePlaceIds: new Set(strikes) });
});

export const timelineModel = memoized(async (id): Promise<TimelineModel> => {
  const { places, claimants, timelineEntries, eventsByTimeline } = await siteContent();
  const entry = timelineEntries.find((timeline) => timeline.id === id);
  if (!entry) throw new Error(`<Timeline id="${id}">: no timeline with that id in content/timelines/`);
  return buildTimelineModel({ id, timeline: entry.data, events: eventsByTimeline.get(id) ?? [], places, claimants });
});

/** The first published article that places this map: where an embed's "Read the story" leads. */
export async function articleForMap(mapId: string) {
  const { articles } = await siteContent();
  return publishedNewestFirst(articles).find((article) => rangeMapIdsIn(article.body ?? '').includes(mapId));
}

/** When an article last changed, counting the as-of dates of the timelines it shows. */
export async function articleLastModified(article: { body?: string | undefined; data: Parameters<typeof lastModified>[0] }): Promise<Date | undefined> {
  const { timelineEntries } = await siteContent();
  const shown = new Set(timelineIdsIn(article.body ?? ''));
  return lastModified(
    article.data,
    timelineEntries.filter((timeline) => shown.has(timeline.id)).map((timeline) => timeline.data.asOf.date),
  );
}

/** Every map id, for the embed routes. */
export async function mapIds(): Promise<string[]> {
  return (await siteContent()).mapEntries.map((entry) => entry.id);
}

let labelsReported: Promise<void> | undefined;

/**
 * Tells the editor, once a build, of every name a map has no spot for. Called where every build passes
 * (the embed routes' paths), not from a page, which the incremental build may copy from its cache.
 */
export function reportUnplacedLabels(): Promise<void> {
  return (labelsReported ??= (async () => {
    for (const id of await mapIds()) for (const line of unplacedLabelLines(await rangeMapModel(id))) console.info(line);
  })());
}
