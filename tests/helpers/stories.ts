/**
 * The stories in content/ as tests need them: each published article with the maps and timelines its MDX
 * shows, and each timeline's strike places. Tests pick what they exercise from here instead of naming one
 * story's slug or map ids, so a new story is covered, and renaming one breaks nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/dist.ts';
import { contentArticle, contentIds } from '../../tools/content.ts';
import { contentEvents, contentTimeline } from './events.ts';
import { idsOf } from '../../src/lib/content-references.ts';
import { readArticleBody } from '../../src/lib/content/mdx-body.ts';
import { articlePath } from '../../src/lib/articles.ts';
import { formatLaunchParam } from '../../src/lib/maps/launch-param.ts';
import type { RangeMapModel } from '../../src/lib/maps/range-map-model.ts';
import { drawMap } from '../../tools/models.ts';
import { strikeReports, type StrikeReport } from '../../src/lib/timeline/timeline-model.ts';
import { contentMap, contentPlaces } from '../../tools/places.ts';
import { STORY_SCOPE } from './story-scope.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

export interface StoryTimeline {
  id: string;
  /** The map the timeline marks its strikes on, if it names one. */
  map: string | undefined;
  /** The places of its strike events, in date order, each once. */
  strikePlaces: string[];
}

export interface Story {
  slug: string;
  /** Its route on the site: `/articles/<slug>/`. */
  route: string;
  /** Its MDX file, relative to the project: `content/articles/<slug>.mdx`. */
  file: string;
  /** The MDX as the editor wrote it. */
  text: string;
  /** The `<RangeMap id>`s it shows, in order. */
  maps: string[];
  timelines: StoryTimeline[];
}

function storyTimeline(id: string): StoryTimeline {
  const places = contentEvents(id)
    .filter((event) => event.kind === 'strike' && event.place)
    .sort((a, b) => a.date.date.getTime() - b.date.date.getTime())
    .map((event) => event.place!);
  return { id, map: contentTimeline(id).map, strikePlaces: [...new Set(places)] };
}

/** Every published article in content/articles/, in file-name order; with STORY set, that story only. */
export function contentStories(): Story[] {
  return everyStory().filter((story) => !STORY_SCOPE || story.slug === STORY_SCOPE.slug);
}

/** Every published article in content/articles/, in file-name order, whatever STORY says. */
export function everyStory(): Story[] {
  const slugs = readdirSync(join(ROOT, 'content/articles'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.replace(/\.mdx$/, ''))
    .filter((slug) => !contentArticle(slug).draft);
  return nonEmpty(slugs, 'published articles in content/articles/').map((slug) => {
    const file = `content/articles/${slug}.mdx`;
    const text = readFileSync(join(ROOT, file), 'utf8');
    // Read as the build reads it: the components the content gate finds with the one MDX parse.
    const { uses } = readArticleBody(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    return { slug, route: articlePath(slug), file, text, maps: idsOf(uses, 'RangeMap'), timelines: idsOf(uses, 'Timeline').map(storyTimeline) };
  });
}

/** The first story that has what a test needs; the test fails, saying so, if content/ has none. */
export function storyWith(what: string, has: (story: Story) => boolean): Story {
  const story = contentStories().find(has);
  if (!story) throw new Error(`content/ has no published story with ${what}`);
  return story;
}

/** A story with a timeline that marks its strikes on a map the story shows, with that timeline. */
export function storyWithStrikeMap(): { story: Story; timeline: StoryTimeline & { map: string } } {
  const story = storyWith('a timeline marking strikes on one of its maps', (s) =>
    s.timelines.some((t) => t.map && s.maps.includes(t.map) && t.strikePlaces.length > 0),
  );
  const timeline = story.timelines.find((t) => t.map && story.maps.includes(t.map) && t.strikePlaces.length > 0)!;
  return { story, timeline: { ...timeline, map: timeline.map! } };
}

/**
 * A launch point on a map other than its own, taken from the map's data and written as `?launch=` writes
 * it (`lat,lon`, two decimals): its first preset away from the launch point, or else its first marked place
 * (the build keeps both on the map). `lat` and `lon` are the values the address holds.
 */
export function otherLaunchPoint(mapId: string): { lat: number; lon: number; param: string } {
  const map = contentMap(mapId);
  const places = contentPlaces();
  const home = formatLaunchParam([map.launch.lon, map.launch.lat]);
  const point = [...(map.presets ?? []), ...map.places.map((id) => places.get(id)!)].find((p) => formatLaunchParam([p.lon, p.lat]) !== home);
  if (!point) throw new Error(`content/maps/${mapId}.yaml has no preset or place away from its launch point`);
  const param = formatLaunchParam([point.lon, point.lat]);
  const [lat, lon] = param.split(',').map(Number) as [number, number];
  return { lat, lon, param };
}

/** The places a map marks as struck, as the build marks them: the strikes its timelines report, with their days. */
export function contentMapStrikes(mapId: string): Map<string, StrikeReport> {
  const timelines = contentIds('timelines').filter((id) => contentTimeline(id).map === mapId);
  return strikeReports(timelines.flatMap((id) => contentEvents(id)));
}

/** A content map's model as the build draws it: its places, and the strikes its timelines report. */
export function contentMapModel(mapId: string): RangeMapModel {
  return drawMap({ map: contentMap(mapId), places: contentPlaces(), strikes: contentMapStrikes(mapId) });
}
