import { describe, expect, it } from 'vitest';
import { buildTimelineModel, chronological, strikePlaceIds } from '../../../src/lib/timeline/timeline-model.ts';
import { contentClaimants, contentEvents, contentTimeline } from '../../helpers/events.ts';
import { contentPlaces } from '../../helpers/places.ts';

const events = contentEvents('north-korean-missiles');
const model = buildTimelineModel({
  id: 'north-korean-missiles',
  timeline: contentTimeline('north-korean-missiles'),
  events,
  places: contentPlaces(),
  claimants: contentClaimants(),
});
const entry = (id: string) => model.entries.find((e) => e.id === id)!;

describe('the strike timeline', () => {
  it('has the events a reader needs, from the first tests to the findings that followed', () => {
    const ids = model.entries.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        '2019-05-kn-23-first-test',
        '2023-09-13-kim-putin-summit',
        '2023-11-02-south-korea-suspects-srbms',
        '2023-12-30-first-launch',
        '2024-01-02-kharkiv',
        '2024-01-04-white-house-disclosure',
        '2024-04-29-un-monitors',
      ]),
    );
  });

  it('runs oldest first, by date, then same-day order and time', () => {
    const datetimes = model.entries.map((e) => e.datetime.slice(0, 10));
    expect([...datetimes].sort()).toEqual(datetimes);
    const secondOfJanuary = model.entries.filter((e) => e.datetime.startsWith('2024-01-02')).map((e) => e.id);
    expect(secondOfJanuary).toEqual(['2024-01-02-mass-attack', '2024-01-02-kharkiv', '2024-01-02-kyiv']);
  });

  it('uses file names as stable ids, each starting with its date', () => {
    expect(new Set(model.entries.map((e) => e.id)).size).toBe(model.entries.length);
    for (const e of model.entries) expect(e.id.startsWith(`${e.datetime.slice(0, e.datetime.length === 7 ? 7 : 10)}-`)).toBe(true);
  });

  it('counts days from the first launch', () => {
    expect(entry('2023-12-30-first-launch').dayLabel).toBe('Day 0');
    expect(entry('2024-01-02-kharkiv').dayLabel).toBe('Day 3');
    expect(entry('2024-01-04-white-house-disclosure').dayLabel).toBe('Day 5');
    expect(entry('2023-12-29-largest-air-assault').dayLabel).toBe('1 day before');
    expect(entry('2019-08-24-kn-25-first-test').dayLabel).toBeUndefined();
  });

  it('prints only the precision the sources give, and local time where known', () => {
    expect(entry('2019-05-kn-23-first-test')).toMatchObject({ datetime: '2019-05', dateLabel: 'May 2019', dayLabel: undefined });
    expect(entry('2024-01-02-kharkiv')).toMatchObject({ datetime: '2024-01-02T07:30+02:00', dateLabel: '2 January 2024, about 07:30 local time' });
  });

  it('keeps claims apart from confirmed facts', () => {
    expect(entry('2023-12-30-first-launch')).toMatchObject({ claimant: 'US government', confidence: 'claim', confidenceLabel: 'Confirmed (claim)' });
    expect(entry('2024-01-06-pokrovsk').confidence).toBe('contested');
    for (const e of model.entries) expect(e.sources.length).toBeGreaterThan(0);
  });

  it('marks the places of reported strikes for the map, but not a city standing for a region', () => {
    expect([...strikePlaceIds(events)].sort()).toEqual(['kharkiv', 'kyiv', 'pokrovsk']);
    expect(entry('2023-12-30-first-launch').place).toMatchObject({ id: 'zaporizhzhia', scope: 'region' });
  });

  it('says "about" when the sources give an approximate time', () => {
    expect(entry('2024-01-02-kharkiv').dateLabel).toBe('2 January 2024, about 07:30 local time');
  });

  it.each(['wide', 'narrow'] as const)(
    'draws the focus window to scale in the %s layout: 2 January sits three fifths of the way from 30 December to 4 January',
    (layout) => {
      const axis = model.axis[layout];
      const x = (id: string) => axis.points.find((p) => p.id === id)!.x;
      const ratio = (x('2024-01-02-kharkiv') - x('2023-12-30-first-launch')) / (x('2024-01-04-white-house-disclosure') - x('2023-12-30-first-launch'));
      expect(ratio).toBeCloseTo(3 / 5, 1);
      expect(axis.before).toMatchObject({ count: 4, label: '← 4 earlier' });
      expect(axis.after).toMatchObject({ count: 2, label: '2 later →' });
    },
  );

  it.each(['wide', 'narrow'] as const)('keeps the %s layout’s labels apart and inside the drawing', (layout) => {
    const axis = model.axis[layout];
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    const xs = axis.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(axis.fontSize * 3);
    for (const x of xs) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(axis.width);
    }
  });

  it('opens on the key events the editor marked, and explains day 0', () => {
    const key = model.entries.filter((e) => e.key).map((e) => e.id);
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(8);
    expect(key).toContain('2023-12-30-first-launch');
    expect(model.dayZero).toEqual({ id: '2023-12-30-first-launch', dateLabel: '30 December 2023', title: entry('2023-12-30-first-launch').title });
  });

  it('refuses a day zero that is not one of its events', () => {
    expect(() =>
      buildTimelineModel({
        id: 'x',
        timeline: { ...contentTimeline('north-korean-missiles'), dayZero: 'nope' },
        events,
        places: contentPlaces(),
        claimants: contentClaimants(),
      }),
    ).toThrow(/dayZero "nope"/);
  });

  it('sorts by id when nothing else separates two events, whatever order they come in', () => {
    const [a, b] = [events[0]!, { ...events[0]!, id: `${events[0]!.id}-b` }];
    expect(chronological([b, a]).map((e) => e.id)).toEqual([a.id, b.id]);
  });
});
