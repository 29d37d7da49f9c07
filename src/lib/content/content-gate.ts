/**
 * The content gate: reads, resolves and checks all content once, and returns it resolved (each article
 * with its maps' and timelines' models) or throws every problem at once, each naming its file, the field
 * or value, and a fix, so an editor fixes them in one pass and no page finds a problem while it renders.
 *
 * Knows nothing of Astro: src/data/site-content.ts hands it the collections' entries.
 */
import { formatLongDate } from '../dates.ts';
import { lastModified, publishedNewestFirst } from '../articles.ts';
import { eventKey, idsOf, referenceProblems } from '../content-references.ts';
import { evidenceProblems } from '../evidence/evidence-problems.ts';
import { buildRangeMapModel, resolveRangeMap, type RangeMapInput, type RangeMapModel } from '../maps/range-map-model.ts';
import { buildTimelineModel, strikeReports, type ResolvedTimelineEvent, type TimelineModel } from '../timeline/timeline-model.ts';
import { shareCardTextProblems } from '../share/share-card.ts';
import { SITE_NAME } from '../site.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimantData } from '../schemas/claimant.ts';
import type { EventData, TimelineData } from '../schemas/event.ts';
import type { MapData } from '../schemas/map.ts';
import type { Place, PlaceData } from '../schemas/place.ts';
import { readArticleBody, type ComponentUse } from './mdx-body.ts';
import { freshnessProblems } from './freshness.ts';
import { resolveRelativeDates, type ResolvedPhrase } from '../relative-dates.ts';
import { pageCacheKeys, type PageCacheKeys } from './page-cache-keys.ts';
import { mapPlaces } from '../gazetteer/map-towns.ts';
import { geoNamesPlaceProblems } from '../gazetteer/place-check.ts';
import type { TownRecord } from '../gazetteer/town-record.ts';

interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

export type ArticleEntry = Entry<ArticleData> & { body?: string | undefined };

export interface ContentEntries<A extends ArticleEntry> {
  /** Each article with its MDX body as the compiler reads it (frontmatter blanked, so lines are the file's). */
  articles: readonly { entry: A; source: string }[];
  maps: readonly Entry<MapData>[];
  places: readonly Entry<PlaceData>[];
  events: readonly Entry<EventData>[];
  timelines: readonly Entry<TimelineData>[];
  claimants: readonly Entry<ClaimantData>[];
  /** The gazetteer's towns (GeoNames): what places credited to GeoNames and the towns maps name are checked against. */
  towns: readonly TownRecord[];
}

export interface ResolvedArticle<A extends ArticleEntry> {
  entry: A;
  /** The components its body shows, in order, with their lines. */
  uses: ComponentUse[];
  /** Its maps' models, in the order the body shows them. */
  maps: RangeMapModel[];
  timelines: TimelineModel[];
  /** When it last changed, counting the as-of dates of the timelines it shows. */
  updatedAt: Date | undefined;
  /** The day its wire report was filed and what the report's relative days mean, when the editor gave the day. */
  originalReport: { filed: Date; phrases: ResolvedPhrase[] } | undefined;
}

export interface SiteContent<A extends ArticleEntry> {
  /** Published articles, newest first. */
  articles: ResolvedArticle<A>[];
  maps: ReadonlyMap<string, RangeMapModel>;
  timelines: ReadonlyMap<string, TimelineModel>;
  /** The first published article that shows each map: where its embed's "Read the story" leads. */
  storyOfMap: ReadonlyMap<string, ResolvedArticle<A>>;
  cacheKeys: PageCacheKeys;
}

/** Every problem the content has, each on its own line naming its file. */
export class ContentProblems extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Content cannot be published: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (README, "Add an article"):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}

/** All content, checked and resolved; throws ContentProblems listing everything wrong. */
export function openContent<A extends ArticleEntry>(entries: ContentEntries<A>): SiteContent<A> {
  const articles = entries.articles.map(({ entry, source }) => {
    const { uses, editorsNotes, reportText } = readArticleBody(source);
    return { ...entry, source, uses, editorsNotes, reportText };
  });
  const places = new Map<string, Place>(entries.places.map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
  const problems = [
    ...referenceProblems({ ...entries, articles }),
    ...evidenceProblems({ events: entries.events, maps: entries.maps, articles }),
    ...freshnessProblems(articles, entries.events),
    ...geoNamesPlaceProblems(entries.places, entries.towns),
  ];
  const maps = mapInputs(entries, places);
  const models = new Map(maps.inputs.map((input) => [input.map.id, buildRangeMapModel(input)]));
  const labelConflicts = [...models.values()].flatMap((model) => model.labelConflicts);
  problems.push(...maps.problems, ...labelConflicts, ...publishedNewestFirst(articles).flatMap(shareCardProblems));
  if (problems.length) throw new ContentProblems(problems);

  const timelines = new Map(entries.timelines.map((timeline) => [timeline.id, timelineModel(timeline, entries, places)]));
  const asOf = new Map(entries.timelines.map((timeline) => [timeline.id, timeline.data.asOf.date]));
  const resolved = publishedNewestFirst(articles).map((article): ResolvedArticle<A> => {
    const shown = idsOf(article.uses, 'Timeline');
    return {
      entry: entries.articles.find(({ entry }) => entry.id === article.id)!.entry,
      uses: article.uses,
      maps: idsOf(article.uses, 'RangeMap').map((id) => models.get(id)!),
      timelines: shown.map((id) => timelines.get(id)!),
      updatedAt: lastModified(
        article.data,
        shown.map((id) => asOf.get(id)!),
      ),
      originalReport: article.data.originalReport && {
        filed: article.data.originalReport,
        phrases: resolveRelativeDates(article.reportText, article.data.originalReport),
      },
    };
  });
  const storyOfMap = new Map<string, ResolvedArticle<A>>();
  for (const article of resolved) for (const map of article.maps) if (!storyOfMap.has(map.id)) storyOfMap.set(map.id, article);
  return { articles: resolved, maps: models, timelines, storyOfMap, cacheKeys: pageCacheKeys(resolved, models, storyOfMap) };
}

/** Each map's resolved input, or why it cannot be drawn; strikes its timelines report are marked on it. */
function mapInputs(entries: ContentEntries<ArticleEntry>, places: ReadonlyMap<string, Place>): { inputs: RangeMapInput[]; problems: string[] } {
  const inputs: RangeMapInput[] = [];
  const problems: string[] = [];
  for (const { id, filePath, data } of entries.maps) {
    const file = filePath ?? `content/maps/${id}.yaml`;
    const marked = mapPlaces(data.places, places, entries.towns);
    problems.push(...marked.problems.map((problem) => `${file}: ${problem}`));
    // A place nobody added is a broken reference, reported as one: such a map cannot be drawn to check.
    if (marked.missing || marked.problems.length) continue;
    const strikes = strikeReports(entries.timelines.filter((timeline) => timeline.data.map === id).flatMap((timeline) => eventsOf(timeline.id, entries)));
    const resolved = resolveRangeMap({ id, ...data }, marked.places, strikes);
    if ('input' in resolved) inputs.push(resolved.input);
    else problems.push(...resolved.problems.map((problem) => `${file}: ${problem}`));
  }
  return { inputs, problems };
}

const eventsOf = (timeline: string, entries: Pick<ContentEntries<ArticleEntry>, 'events'>) =>
  entries.events.filter((event) => eventKey(event.id).timeline === timeline).map((event) => ({ ...event.data, id: eventKey(event.id).anchor }));

function timelineModel({ id, data }: Entry<TimelineData>, entries: ContentEntries<ArticleEntry>, places: ReadonlyMap<string, Place>): TimelineModel {
  const claimants = new Map(entries.claimants.map((entry) => [entry.id, entry.data]));
  const events = eventsOf(id, entries).map(
    (event): ResolvedTimelineEvent => ({ ...event, placeData: event.place ? places.get(event.place) : undefined, claimantData: claimants.get(event.claimant)! }),
  );
  return buildTimelineModel({ id, timeline: data, events, dayZero: events.find((event) => event.id === data.dayZero)! });
}

/** The share image's text, checked as it will be drawn: beside the article's first map, if it has one. */
function shareCardProblems(article: ArticleEntry & { uses: readonly ComponentUse[] }): string[] {
  const { title, shareTitle, publishedAt } = article.data;
  const file = article.filePath ?? article.id;
  const found = shareCardTextProblems({
    siteName: SITE_NAME,
    headline: shareTitle ?? title,
    dateLabel: formatLongDate(publishedAt),
    withMap: idsOf(article.uses, 'RangeMap').length > 0,
  });
  const fix = shareTitle ? 'shorten it' : 'add a shorter `shareTitle` to the frontmatter for the image';
  return [
    ...(found.headline ? [`${file}: ${shareTitle ? 'shareTitle' : 'title'} ${found.headline}; ${fix}`] : []),
    ...(found.dateLabel ? [`${file}: ${found.dateLabel}; shorten it`] : []),
    ...(found.siteName ? [`${file}: ${found.siteName}; shorten it`] : []),
  ];
}
