/**
 * Models drawn from plain content, as the content gate (src/lib/content/content-gate.ts) resolves it: for
 * tests and benchmarks that draw one map or timeline without the rest of a site. A map the gate would
 * refuse throws here with its problems.
 */
import { buildRangeMapModel, resolveRangeMap, type RangeMapModel } from '../src/lib/maps/range-map-model.ts';
import { buildTimelineModel, type StrikeReport, type TimelineEvent, type TimelineModel } from '../src/lib/timeline/timeline-model.ts';
import type { RangeMapEntry } from '../src/lib/schemas/map.ts';
import type { Place } from '../src/lib/schemas/place.ts';
import type { ClaimantData } from '../src/lib/schemas/claimant.ts';
import type { TimelineData } from '../src/lib/schemas/event.ts';

export function drawMap({
  map,
  places,
  strikes,
}: {
  map: RangeMapEntry;
  places: ReadonlyMap<string, Place>;
  strikes?: ReadonlyMap<string, StrikeReport>;
}): RangeMapModel {
  const marked = map.places.map((id) => {
    const place = places.get(id);
    if (!place) throw new Error(`content/maps/${map.id}.yaml: places lists "${id}", which no place defines`);
    return place;
  });
  const resolved = resolveRangeMap(map, marked, strikes);
  if ('problems' in resolved) throw new Error(`content/maps/${map.id}.yaml: ${resolved.problems.join('; ')}`);
  const model = buildRangeMapModel(resolved.input);
  if (model.labelConflicts.length)
    throw new Error(`Map labels that cannot be drawn clear of each other and the markers:\n  - ${model.labelConflicts.join('\n  - ')}`);
  return model;
}

export function drawTimeline(input: {
  id: string;
  timeline: TimelineData;
  events: readonly TimelineEvent[];
  places: ReadonlyMap<string, Place>;
  claimants: ReadonlyMap<string, ClaimantData>;
}): TimelineModel {
  const { id, timeline, places, claimants } = input;
  const events = input.events.map((event) => {
    const claimantData = claimants.get(event.claimant);
    if (!claimantData || (event.place && !places.has(event.place))) throw new Error(`timeline "${id}": event ${event.id} names an unknown place or claimant`);
    return { ...event, placeData: event.place ? places.get(event.place) : undefined, claimantData };
  });
  const dayZero = events.find((event) => event.id === timeline.dayZero);
  if (!dayZero) throw new Error(`timeline "${id}": dayZero "${timeline.dayZero}" is not one of its events`);
  return buildTimelineModel({ id, timeline, events, dayZero });
}
