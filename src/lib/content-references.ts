/**
 * Checks what the schemas cannot see alone: references from one content file to another.
 * Knows nothing of Astro; it takes plain entries and returns messages naming the file (and line), the
 * field or value, and a fix.
 */
import type { ComponentUse } from './content/mdx-body.ts';
import { MAX_KEY_EVENTS } from './schemas/event.ts';
import { isSlug } from './slug.ts';

interface Entry {
  id: string;
  filePath?: string | undefined;
}

type ReferencedEvent = Entry & {
  data: {
    kind?: string | undefined;
    place?: string | undefined;
    claimant: string;
    key?: boolean | undefined;
    date: { date: Date; precision: 'day' | 'month' };
  };
};

/** The frontmatter an article's body shows with a component of its own (`<WhatWeKnow />`, `<OriginalReport />`). */
interface ShownFrontmatter {
  whatWeKnow?: readonly unknown[] | undefined;
  originalReport?: Date | undefined;
}

type ReferencedTimeline = Entry & { data: { dayZero: string; map?: string | undefined } };

export interface ReferenceInput {
  /** Each article with the components its body shows (src/lib/content/mdx-body.ts read them). */
  articles: readonly (Entry & { uses: readonly ComponentUse[]; data?: ShownFrontmatter })[];
  maps: readonly (Entry & { data: { places: readonly string[] } })[];
  places: readonly Entry[];
  /** Event ids are `<timeline id>/<event id>`, from their folder and file name. */
  events?: readonly ReferencedEvent[];
  timelines?: readonly ReferencedTimeline[];
  claimants?: readonly Entry[];
}

/** Splits an event's collection id into its timeline and its anchor. */
export function eventKey(id: string): { timeline: string; anchor: string } {
  const [timeline = '', anchor = ''] = id.split('/');
  return { timeline, anchor };
}

/** The ids a body shows of one component, in order. */
export const idsOf = (uses: readonly ComponentUse[], component: ComponentUse['component']) =>
  uses.flatMap((use) => (use.component === component && use.id !== undefined ? [use.id] : []));

const where = (entry: Entry) => entry.filePath ?? entry.id;
const known = (set: ReadonlySet<string>) => [...set].sort().join(', ') || 'none';
const idSet = (entries: readonly Entry[]) => new Set(entries.map((entry) => entry.id));

export function referenceProblems(input: ReferenceInput): string[] {
  return [...articleProblems(input), ...mapPlaceProblems(input), ...eventProblems(input), ...timelineProblems(input)];
}

function articleProblems({ articles, maps, timelines = [] }: ReferenceInput): string[] {
  const problems: string[] = [];
  const mapIds = idSet(maps);
  const timelineIds = idSet(timelines);
  const timelineMap = new Map(timelines.map((timeline) => [timeline.id, timeline.data.map]));
  for (const article of articles) {
    const at = (use: Pick<ComponentUse, 'line'>) => `${where(article)}:${use.line}`;
    if (!isSlug(article.id)) {
      problems.push(`${where(article)}: the file name "${article.id}" must be a URL slug (lowercase words joined by hyphens) directly in content/articles/`);
    }
    problems.push(...frontmatterPlacementProblems(article));
    const shownMaps = new Set(idsOf(article.uses, 'RangeMap'));
    for (const { id, ...use } of article.uses) {
      if (id === undefined) continue;
      if (use.component === 'RangeMap' && !mapIds.has(id)) {
        problems.push(`${at(use)}: <RangeMap id="${id}"> names a map that no file in content/maps/ defines (known maps: ${known(mapIds)})`);
      }
      if (use.component !== 'Timeline') continue;
      if (!timelineIds.has(id)) {
        problems.push(`${at(use)}: <Timeline id="${id}"> names a timeline that no file in content/timelines/ defines (known timelines: ${known(timelineIds)})`);
      }
      // The timeline highlights its places on its map and marks its strikes there: a map the reader cannot see does neither.
      const map = timelineMap.get(id);
      if (map && !shownMaps.has(map)) {
        problems.push(
          `${at(use)}: <Timeline id="${id}"> works with the map "${map}" (its content/timelines/${id}.yaml says map: ${map}), but the article does not show it; add <RangeMap id="${map}" />`,
        );
      }
    }
  }
  return problems;
}

/** Frontmatter the body shows where it places a component: each such field shown exactly once, and only if it is there. */
const SHOWN_BY = [
  { field: 'whatWeKnow', component: 'WhatWeKnow', where: 'where the box stands (under the first map, or under the headline)' },
  { field: 'originalReport', component: 'OriginalReport', where: 'right above the wire report it labels' },
] as const;

function frontmatterPlacementProblems(article: ReferenceInput['articles'][number]): string[] {
  return SHOWN_BY.flatMap(({ field, component, where: place }) => {
    const uses = article.uses.filter((use) => use.component === component);
    const given = article.data?.[field] !== undefined;
    if (given && uses.length === 0) return [`${where(article)}: ${field} is set but the body does not show it; place <${component} /> ${place}`];
    if (!given && uses.length > 0)
      return [
        `${where(article)}:${uses[0]!.line}: <${component} /> shows the frontmatter's ${field}, which this article does not set; set it or remove the component`,
      ];
    if (uses.length > 1) return [`${where(article)}:${uses[1]!.line}: <${component} /> is placed ${uses.length} times; keep one`];
    return [];
  });
}

function mapPlaceProblems({ maps, places }: ReferenceInput): string[] {
  const placeIds = idSet(places);
  return maps.flatMap((map) =>
    map.data.places.flatMap((id, i) =>
      // Anything but an id names a GeoNames town, which the content gate resolves (src/lib/gazetteer/map-towns.ts).
      placeIds.has(id) || !isSlug(id)
        ? []
        : [`${where(map)}: places[${i}] "${id}" is not a place in content/places/ (add content/places/${id}.yaml or fix the id)`],
    ),
  );
}

function eventProblems({ maps, places, events = [], timelines = [], claimants = [] }: ReferenceInput): string[] {
  const problems: string[] = [];
  const placeIds = idSet(places);
  const claimantIds = idSet(claimants);
  const timelineMap = new Map(timelines.map((timeline) => [timeline.id, timeline.data.map]));
  const mapPlaces = new Map(maps.map((map) => [map.id, new Set(map.data.places)]));
  // Event ids are the entries' anchors (#2023-12-30-first-launch): one page may show several timelines.
  const byAnchor = Map.groupBy(events, (event) => eventKey(event.id).anchor);
  for (const [anchor, same] of byAnchor) {
    if (same.length > 1) problems.push(`${same.map(where).join(' and ')}: duplicate event id "${anchor}"; rename one file`);
  }
  for (const event of events) {
    const { timeline, anchor } = eventKey(event.id);
    const { place, claimant, date } = event.data;
    if (place && !placeIds.has(place)) problems.push(`${where(event)}: place "${place}" is not a place in content/places/`);
    if (!claimantIds.has(claimant)) {
      problems.push(
        `${where(event)}: claimant "${claimant}" is not a claimant in content/claimants/ (known claimants: ${known(claimantIds)}); add content/claimants/${claimant}.yaml or fix the id`,
      );
    }
    const map = timelineMap.get(timeline);
    const marked = map === undefined ? undefined : mapPlaces.get(map);
    if (event.data.kind === 'strike' && place && placeIds.has(place) && marked && !marked.has(place)) {
      problems.push(
        `${where(event)}: a strike at "${place}", but the timeline's map "${map}" does not mark that place; add ${place} to the places in content/maps/${map}.yaml`,
      );
    }
    if (!timelineMap.has(timeline)) problems.push(`${where(event)}: its folder "${timeline}" has no timeline file content/timelines/${timeline}.yaml`);
    const prefix = date.date.toISOString().slice(0, date.precision === 'day' ? 10 : 7);
    if (!anchor.startsWith(`${prefix}-`)) problems.push(`${where(event)}: the file name must start with the event's date, "${prefix}-"`);
  }
  return problems;
}

function timelineProblems({ maps, events = [], timelines = [] }: ReferenceInput): string[] {
  const problems: string[] = [];
  const mapIds = idSet(maps);
  for (const timeline of timelines) {
    const keyEvents = events.filter((event) => eventKey(event.id).timeline === timeline.id && event.data.key);
    if (keyEvents.length === 0) {
      problems.push(
        `${where(timeline)}: no event in content/events/${timeline.id}/ is marked \`key: true\`; mark the 1 to ${MAX_KEY_EVENTS} a reader must see first`,
      );
    } else if (keyEvents.length > MAX_KEY_EVENTS) {
      problems.push(
        `${where(timeline)}: ${keyEvents.length} events are marked \`key: true\`, at most ${MAX_KEY_EVENTS} may be (the timeline opens on them): ${keyEvents.map(where).join(', ')}`,
      );
    }
    if (!events.some((event) => event.id === `${timeline.id}/${timeline.data.dayZero}`)) {
      problems.push(`${where(timeline)}: dayZero "${timeline.data.dayZero}" is not an event in content/events/${timeline.id}/`);
    }
    if (timeline.data.map && !mapIds.has(timeline.data.map)) {
      problems.push(`${where(timeline)}: map "${timeline.data.map}" is not a map in content/maps/ (known maps: ${known(mapIds)})`);
    }
  }
  return problems;
}
