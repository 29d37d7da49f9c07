/**
 * A timeline, shaped for the page: ordered, labelled, with day counts. Knows nothing of
 * Astro; it takes plain entries and returns plain data the component prints.
 */
import { formatLongDate, formatMonthYear, isoDay } from '../dates.ts';
import type { ClaimantData } from '../schemas/claimant.ts';
import type { EventData, TimelineData } from '../schemas/event.ts';
import type { EventDate, Source } from '../schemas/fields.ts';
import type { Place } from '../schemas/place.ts';
import { leadSentence } from './lead-sentence.ts';
import { claimKey, claimWords, type ClaimKeyItem } from './claim-words.ts';
import { dayLabel, daysBetween } from './days.ts';

export type TimelineEvent = EventData & { id: string };

export interface TimelineEntry {
  /** The permalink anchor, e.g. 2023-12-30-first-launch. */
  id: string;
  datetime: string;
  dateLabel: string;
  dayLabel: string | undefined;
  title: string;
  /** The text's first sentence, shown by default, and the rest, which opens with the entry's sources. */
  text: { lead: string; rest: string };
  kind: EventData['kind'];
  /** The claimant's display name, from content/claimants/. */
  claimant: string;
  attribution: string;
  confidence: EventData['confidence'];
  /** Who says it, in plain words: "US says", "Disputed"; "Confirmed" only where the desk verified it. */
  claimWords: string;
  /** How the desk verified it, where it did. */
  verifiedByDesk: string | undefined;
  /** `sourceUrl`: the page the place's coordinates were read from, when they do not come from GeoNames. */
  place: { id: string; name: string; note: string | undefined; scope: 'city' | 'region'; sourceUrl: string | undefined } | undefined;
  sources: Source[];
  /** Shown before the reader opens the full timeline. */
  key: boolean;
}

export interface TimelineModel {
  id: string;
  title: string;
  map: string | undefined;
  asOf: { datetime: string; label: string };
  entries: TimelineEntry[];
  /** What the words that lead its entries mean ("… says", "Disputed"), for those it uses. */
  claimKey: ClaimKeyItem[];
  /** The event days are counted from, for the line that explains "Day 0". */
  dayZero: { id: string; dateLabel: string; title: string };
}

function when({ date, precision }: EventDate): { datetime: string; label: string } {
  return precision === 'month' ? { datetime: isoDay(date).slice(0, 7), label: formatMonthYear(date) } : { datetime: isoDay(date), label: formatLongDate(date) };
}

const minutesIntoDay = (event: TimelineEvent) => (event.time ? Number(event.time.slice(0, 2)) * 60 + Number(event.time.slice(3)) : 0);

/**
 * Oldest first. On the same day: the editor's `sameDayOrder`, then the local time where known, then the
 * id, so the order never depends on the file system.
 */
export function chronological<E extends TimelineEvent>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) =>
      a.date.date.getTime() - b.date.date.getTime() ||
      (a.sameDayOrder ?? 0) - (b.sameDayOrder ?? 0) ||
      minutesIntoDay(a) - minutesIntoDay(b) ||
      a.id.localeCompare(b.id),
  );
}

/** An event with the place and the claimant it names found. */
export type ResolvedTimelineEvent = TimelineEvent & { placeData: Place | undefined; claimantData: ClaimantData };

export function buildTimelineModel(input: {
  id: string;
  timeline: TimelineData;
  events: readonly ResolvedTimelineEvent[];
  /** The event days are counted from: one of `events`, the timeline's `dayZero`. */
  dayZero: TimelineEvent;
}): TimelineModel {
  const { id, timeline, dayZero } = input;
  const events = chronological(input.events);

  const entries = events.map((event): TimelineEntry => {
    const { datetime, label } = when(event.date);
    const { placeData: place, claimantData: claimant } = event;
    return {
      id: event.id,
      datetime: event.time ? `${datetime}T${event.time}${event.utcOffset}` : datetime,
      dateLabel: event.time ? `${label}, ${event.timeIsApproximate ? 'about ' : ''}${event.time} local time` : label,
      dayLabel: event.date.precision === 'day' ? dayLabel(daysBetween(dayZero.date.date, event.date.date)) : undefined,
      title: event.title,
      text: leadSentence(event.text),
      kind: event.kind,
      claimant: claimant.name,
      attribution: event.attribution,
      confidence: event.confidence,
      claimWords: claimWords(event, claimant),
      verifiedByDesk: event.verifiedByDesk,
      place: place && { id: place.id, name: place.name, note: event.placeNote, scope: event.placeScope ?? 'city', sourceUrl: place.sourceUrl },
      sources: event.sources,
      key: event.key ?? false,
    };
  });

  const asOf = when(timeline.asOf);
  return {
    id,
    title: timeline.title,
    map: timeline.map,
    asOf: { datetime: asOf.datetime, label: asOf.label },
    entries,
    claimKey: claimKey(events),
    dayZero: { id: dayZero.id, dateLabel: when(dayZero.date).label, title: dayZero.title },
  };
}

/** What a timeline reports of one place's strikes: their days, and whether the sources name only its region. */
export interface StrikeReport {
  dates: Date[];
  /** Every strike reported there names only the region the place stands for (the dot marks its main city). */
  region: boolean;
}

/** The places where the timeline reports strikes, each with the days, oldest first: the map marks them all. */
export function strikeReports(events: readonly TimelineEvent[]): Map<string, StrikeReport> {
  const reports = new Map<string, StrikeReport>();
  for (const event of chronological(events.filter((e) => e.kind === 'strike' && e.place))) {
    const report = reports.get(event.place!) ?? { dates: [], region: true };
    if (!report.dates.some((date) => date.getTime() === event.date.date.getTime())) report.dates.push(event.date.date);
    report.region &&= event.placeScope === 'region';
    reports.set(event.place!, report);
  }
  return reports;
}
