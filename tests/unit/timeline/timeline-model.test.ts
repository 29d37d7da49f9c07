import { describe, expect, it } from 'vitest';
import { chronological, strikeReports, type TimelineEvent } from '../../../src/lib/timeline/timeline-model.ts';
import { drawTimeline } from '../../../tools/models.ts';
import { contentIds } from '../../../tools/content.ts';
import { contentClaimants, contentEvents, contentTimeline } from '../../helpers/events.ts';
import { contentPlaces } from '../../../tools/places.ts';

const places = contentPlaces();
const claimants = contentClaimants();

/** Every timeline in content/timelines/, with its events and its model. */
const timelines = contentIds('timelines').map((id) => {
  const timeline = contentTimeline(id);
  const events = contentEvents(id);
  return { id, timeline, events, model: drawTimeline({ id, timeline, events, places, claimants }) };
});

const DAY_MS = 86_400_000;
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthAndYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** What an entry leads with, by confidence: who says it, in the claimant's short name, and how. */
const claimWordsOf = (confidence: string, { shortName, plural }: { shortName: string; plural?: boolean | undefined }) =>
  ({
    says: `${shortName} ${plural ? 'say' : 'says'}`,
    found: `${shortName} found`,
    denies: `${shortName} ${plural ? 'deny' : 'denies'}`,
    disputed: 'Disputed',
  })[confidence];
/** How many days before day 0 an event still gets a count ("3 days before"). */
const NEAR_DAYS = 14;

/** An event's date as the page prints it: only the precision the sources give. */
const dateLabelOf = (event: TimelineEvent) => (event.date.precision === 'month' ? monthAndYear.format(event.date.date) : longDate.format(event.date.date));
/** Whole days from day 0 to the event (dates are UTC days). */
const daysFromZero = (event: TimelineEvent, zero: TimelineEvent) => Math.round((event.date.date.getTime() - zero.date.date.getTime()) / DAY_MS);
const sameDay = (a: TimelineEvent, b: TimelineEvent) => a.date.date.getTime() === b.date.date.getTime();
const minutes = (event: TimelineEvent) => (event.time ? Number(event.time.slice(0, 2)) * 60 + Number(event.time.slice(3)) : 0);

describe('content/timelines', () => {
  it('has timelines to model', () => {
    expect(timelines.length, 'content/timelines/ holds no timeline').toBeGreaterThan(0);
  });
});

describe.each(timelines.map((t) => [t.id, t] as const))('the %s timeline', (_, { timeline, events, model }) => {
  const eventOf = new Map(events.map((event) => [event.id, event]));
  const zero = eventOf.get(timeline.dayZero)!;
  const entry = (entryId: string) => model.entries.find((e) => e.id === entryId)!;

  it('has every event in its folder, each once', () => {
    expect(events.length).toBeGreaterThan(0);
    expect(model.entries.map((e) => e.id).sort()).toEqual(events.map((event) => event.id).sort());
  });

  it('runs oldest first, by date, then same-day order and time', () => {
    const datetimes = model.entries.map((e) => e.datetime.slice(0, 10));
    expect([...datetimes].sort()).toEqual(datetimes);
    const ordered = model.entries.map((e) => eventOf.get(e.id)!);
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [ordered[i - 1]!, ordered[i]!];
      expect(a.date.date.getTime(), `${a.id} before ${b.id}`).toBeLessThanOrEqual(b.date.date.getTime());
      if (!sameDay(a, b)) continue;
      const order = (a.sameDayOrder ?? 0) - (b.sameDayOrder ?? 0) || minutes(a) - minutes(b) || a.id.localeCompare(b.id);
      expect(order, `${a.id} before ${b.id}, the same day`).toBeLessThan(0);
    }
  });

  it('uses file names as stable ids, each starting with its date', () => {
    expect(new Set(model.entries.map((e) => e.id)).size).toBe(model.entries.length);
    for (const e of model.entries) expect(e.id.startsWith(`${e.datetime.slice(0, e.datetime.length === 7 ? 7 : 10)}-`)).toBe(true);
  });

  it('counts days from day 0, and a short run-up before it', () => {
    expect(entry(timeline.dayZero).dayLabel).toBe('Day 0');
    for (const e of model.entries) {
      const event = eventOf.get(e.id)!;
      const days = daysFromZero(event, zero);
      const expected =
        event.date.precision === 'month'
          ? undefined
          : days >= 0
            ? `Day ${days}`
            : -days <= NEAR_DAYS
              ? `${-days} ${days === -1 ? 'day' : 'days'} before`
              : undefined;
      expect(e.dayLabel, e.id).toBe(expected);
    }
  });

  it('prints only the precision the sources give, and local time where known', () => {
    for (const e of model.entries) {
      const event = eventOf.get(e.id)!;
      const day = event.date.date.toISOString().slice(0, event.date.precision === 'month' ? 7 : 10);
      if (event.date.precision === 'month') {
        expect(e, e.id).toMatchObject({ datetime: day, dateLabel: dateLabelOf(event), dayLabel: undefined });
      } else if (event.time) {
        expect(e, e.id).toMatchObject({
          datetime: `${day}T${event.time}${event.utcOffset}`,
          dateLabel: `${dateLabelOf(event)}, ${event.timeIsApproximate ? 'about ' : ''}${event.time} local time`,
        });
      } else {
        expect(e, e.id).toMatchObject({ datetime: day, dateLabel: dateLabelOf(event) });
      }
    }
  });

  it('says who says each entry in plain words, and "Confirmed" only where the desk verified it', () => {
    for (const e of model.entries) {
      const event = eventOf.get(e.id)!;
      const claimant = claimants.get(event.claimant)!;
      expect(e, e.id).toMatchObject({
        claimant: claimant.name,
        confidence: event.confidence,
        claimWords: event.verifiedByDesk ? 'Confirmed' : claimWordsOf(event.confidence, claimant),
      });
      expect(e.sources.length).toBeGreaterThan(0);
    }
    const used = new Set(
      model.entries.map((e) =>
        e.claimWords
          .replace(/^.* (says|say)$/, '… says')
          .replace(/^.* found$/, '… found')
          .replace(/^.* (denies|deny)$/, '… denies'),
      ),
    );
    expect(new Set(model.claimKey.map((item) => item.words))).toEqual(used);
  });

  it('reports each struck place to the map with its days, oldest first, and whether only its region is known', () => {
    const strikes = events.filter((event) => event.kind === 'strike' && event.place);
    const reports = strikeReports(events);
    expect([...reports.keys()].sort()).toEqual([...new Set(strikes.map((event) => event.place!))].sort());
    for (const [place, report] of reports) {
      const there = strikes.filter((event) => event.place === place);
      const days = [...new Set(there.map((event) => event.date.date.getTime()))].sort((a, b) => a - b);
      expect(
        report.dates.map((date) => date.getTime()),
        place,
      ).toEqual(days);
      expect(report.region, place).toBe(there.every((event) => event.placeScope === 'region'));
    }
    for (const e of model.entries) {
      const event = eventOf.get(e.id)!;
      if (!event.place) expect(e.place, e.id).toBeUndefined();
      else expect(e.place, e.id).toEqual({ id: event.place, name: places.get(event.place)!.name, note: event.placeNote, scope: event.placeScope ?? 'city' });
    }
  });

  it('says "about" when the sources give an approximate time', () => {
    for (const e of model.entries) {
      const event = eventOf.get(e.id)!;
      if (!event.time) continue;
      if (event.timeIsApproximate) expect(e.dateLabel, e.id).toBe(`${dateLabelOf(event)}, about ${event.time} local time`);
      else expect(e.dateLabel, e.id).toBe(`${dateLabelOf(event)}, ${event.time} local time`);
    }
  });

  it('opens on the key events the editor marked, day 0 among them, and explains day 0', () => {
    const key = model.entries.filter((e) => e.key).map((e) => e.id);
    expect(key).toEqual(chronological(events.filter((event) => event.key)).map((event) => event.id));
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(8);
    expect(key).toContain(timeline.dayZero);
    expect(model.dayZero).toEqual({ id: timeline.dayZero, dateLabel: dateLabelOf(zero), title: zero.title });
  });

  it('sorts by id when nothing else separates two events, whatever order they come in', () => {
    const [a, b] = [events[0]!, { ...events[0]!, id: `${events[0]!.id}-b` }];
    expect(chronological([b, a]).map((e) => e.id)).toEqual([a.id, b.id]);
  });
});

/**
 * The cases the tests above check on every timeline, each of which some timeline must have: without
 * one, its check would pass on nothing.
 */
const cases: [string, (t: (typeof timelines)[number]) => boolean][] = [
  [
    'a day with several events, put in an order other than by id (same-day order or time)',
    ({ model }) => {
      const days = new Map<string, string[]>();
      for (const e of model.entries) days.set(e.datetime.slice(0, 10), [...(days.get(e.datetime.slice(0, 10)) ?? []), e.id]);
      return [...days.values()].some((ids) => ids.length > 1 && ids.join() !== [...ids].sort((a, b) => a.localeCompare(b)).join());
    },
  ],
  ['an event after day 0', ({ model }) => model.entries.some((e) => /^Day [1-9]/.test(e.dayLabel ?? ''))],
  ['an event in the run-up to day 0, counted in days before it', ({ model }) => model.entries.some((e) => / before$/.test(e.dayLabel ?? ''))],
  [
    'an event with a full date long before day 0, which gets no day count',
    ({ events, timeline }) => {
      const zero = events.find((event) => event.id === timeline.dayZero)!;
      return events.some((event) => event.date.precision === 'day' && -daysFromZero(event, zero) > NEAR_DAYS);
    },
  ],
  ['an event known only to the month', ({ events }) => events.some((event) => event.date.precision === 'month')],
  ['an event at a local time the sources give as approximate', ({ events }) => events.some((event) => event.time && event.timeIsApproximate)],
  ['a claim', ({ events }) => events.some((event) => event.confidence === 'says')],
  ['a disputed claim', ({ events }) => events.some((event) => event.confidence === 'disputed')],
  ['a strike at a place', ({ events }) => [...strikeReports(events).values()].some((report) => !report.region)],
  ['a place struck on several days', ({ events }) => [...strikeReports(events).values()].some((report) => report.dates.length > 1)],
  [
    'a strike whose place is a city standing for a region, struck nowhere else at that point',
    ({ events }) => [...strikeReports(events).values()].some((report) => report.region),
  ],
];

describe('content/timelines, taken together', () => {
  it.each(cases)('has a timeline with %s, so the check runs on real content', (what, has) => {
    expect(timelines.some(has), `no timeline in content/timelines/ has ${what}`).toBe(true);
  });
});
