/**
 * Checks what the schemas cannot see alone: references from one content file to another.
 * Knows nothing of Astro; it takes plain entries and returns messages naming the file and the value.
 */
import { MAX_KEY_EVENTS } from './schemas/event.ts';
import { isSlug } from './slug.ts';

interface Entry {
  id: string;
  filePath?: string | undefined;
}

export interface ReferenceInput {
  articles: readonly (Entry & { body?: string | undefined })[];
  maps: readonly (Entry & { data: { places: readonly string[] } })[];
  places: readonly Entry[];
  /** Event ids are `<timeline id>/<event id>`, from their folder and file name. */
  events?: readonly (Entry & {
    data: {
      kind?: string | undefined;
      place?: string | undefined;
      claimant: string;
      key?: boolean | undefined;
      date: { date: Date; precision: 'day' | 'month' };
    };
  })[];
  timelines?: readonly (Entry & { data: { dayZero: string; map?: string | undefined } })[];
  claimants?: readonly Entry[];
}

/** `<RangeMap id="…" />` or `<Timeline id="…" />` as an editor writes it in MDX (either quote, any spacing). */
function componentIdsIn(body: string, component: string): string[] {
  const tag = new RegExp(`<${component}\\b[^>]*?\\bid\\s*=\\s*["']([^"']*)["']`, 'g');
  return [...body.matchAll(tag)].map((match) => match[1]!);
}

export const rangeMapIdsIn = (body: string) => componentIdsIn(body, 'RangeMap');
export const timelineIdsIn = (body: string) => componentIdsIn(body, 'Timeline');

/** Splits an event's collection id into its timeline and its anchor. */
export function eventKey(id: string): { timeline: string; anchor: string } {
  const [timeline = '', anchor = ''] = id.split('/');
  return { timeline, anchor };
}

export function referenceProblems({ articles, maps, places, events = [], timelines = [], claimants = [] }: ReferenceInput): string[] {
  const problems: string[] = [];
  const ids = (entries: readonly Entry[]) => new Set(entries.map((entry) => entry.id));
  const mapIds = ids(maps);
  const placeIds = ids(places);
  const timelineIds = ids(timelines);
  const claimantIds = ids(claimants);
  const timelineMap = new Map(timelines.map((timeline) => [timeline.id, timeline.data.map]));
  const mapPlaces = new Map(maps.map((map) => [map.id, new Set(map.data.places)]));
  const known = (set: Set<string>) => [...set].sort().join(', ') || 'none';
  const where = (entry: Entry) => entry.filePath ?? entry.id;

  for (const article of articles) {
    if (!isSlug(article.id)) {
      problems.push(`${where(article)}: the file name "${article.id}" must be a URL slug (lowercase words joined by hyphens) directly in content/articles/`);
    }
    for (const id of rangeMapIdsIn(article.body ?? '')) {
      if (!mapIds.has(id))
        problems.push(`${where(article)}: <RangeMap id="${id}"> names a map that no file in content/maps/ defines (known maps: ${known(mapIds)})`);
    }
    const shownMaps = new Set(rangeMapIdsIn(article.body ?? ''));
    for (const id of timelineIdsIn(article.body ?? '')) {
      if (!timelineIds.has(id))
        problems.push(
          `${where(article)}: <Timeline id="${id}"> names a timeline that no file in content/timelines/ defines (known timelines: ${known(timelineIds)})`,
        );
      // The timeline highlights its places on its map and marks its strikes there: a map the reader cannot see does neither.
      const map = timelineMap.get(id);
      if (map && !shownMaps.has(map)) {
        problems.push(
          `${where(article)}: <Timeline id="${id}"> works with the map "${map}" (its content/timelines/${id}.yaml says map: ${map}), but the article does not show it; add <RangeMap id="${map}" />`,
        );
      }
    }
  }
  for (const map of maps) {
    map.data.places.forEach((id, i) => {
      if (!placeIds.has(id))
        problems.push(`${where(map)}: places[${i}] "${id}" is not a place in content/places/ (add content/places/${id}.yaml or fix the id)`);
    });
  }
  // Event ids are the entries' anchors (#2023-12-30-first-launch): one page may show several timelines.
  const byAnchor = new Map<string, Entry[]>();
  for (const event of events) byAnchor.set(eventKey(event.id).anchor, [...(byAnchor.get(eventKey(event.id).anchor) ?? []), event]);
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
    if (event.data.kind === 'strike' && place && placeIds.has(place) && map && mapPlaces.has(map) && !mapPlaces.get(map)!.has(place)) {
      problems.push(
        `${where(event)}: a strike at "${place}", but the timeline's map "${map}" does not mark that place; add ${place} to the places in content/maps/${map}.yaml`,
      );
    }
    if (!timelineIds.has(timeline)) problems.push(`${where(event)}: its folder "${timeline}" has no timeline file content/timelines/${timeline}.yaml`);
    const prefix = date.date.toISOString().slice(0, date.precision === 'day' ? 10 : 7);
    if (!anchor.startsWith(`${prefix}-`)) problems.push(`${where(event)}: the file name must start with the event's date, "${prefix}-"`);
  }
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
