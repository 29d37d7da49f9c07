import { describe, expect, it } from 'vitest';
import { builtPage } from '../../tools/dist.ts';
import { builtPages } from '../helpers/dist-files.ts';
import { contentClaimants, contentEvents, contentTimeline } from '../helpers/events.ts';
import { contentPlaces } from '../../tools/places.ts';
import { contentStories } from '../helpers/stories.ts';
import { expectWhereWritten } from '../helpers/mdx-blocks.ts';
import { formatLongDate } from '../../src/lib/dates.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

/** Every timeline on every built page, found by crawling dist/. */
const timelines = nonEmpty(
  builtPages().flatMap(({ route }) =>
    builtPage(route)
      .querySelectorAll('[data-timeline]')
      .map((timeline) => [`${timeline.getAttribute('data-timeline')} on ${route}`, timeline.getAttribute('data-timeline')!, timeline] as const),
  ),
  'timelines on the pages in dist/',
);

it('the build placed at least one timeline', () => expect(timelines.length).toBeGreaterThan(0));

describe.each(timelines)('the timeline %s (no JavaScript needed)', (_, id, timeline) => {
  const items = timeline.querySelectorAll('ol > li');

  it('is an ordered list, oldest first', () => {
    expect(items.length).toBe(contentEvents(id).length);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!.slice(0, 10));
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives every entry a stable id, a <time datetime>, a title, its text, who says so and linked sources', () => {
    for (const li of items) {
      expect(li.id).toMatch(/^\d{4}-\d{2}(-\d{2})?-[a-z0-9-]+$/);
      expect(li.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}/);
      expect(li.querySelector('h4')!.text.trim()).not.toBe('');
      expect(li.querySelector('.timeline-entry__text')!.text.trim()).not.toBe('');
      expect(li.querySelector('.timeline-entry__text > .timeline-badge')!.text.trim()).not.toBe('');
      expect(li.querySelector('details[data-entry-sources] .timeline-entry__who')!.text).toMatch(/.+: .+/);
      const sources = li.querySelectorAll('.timeline-entry__sources a');
      expect(sources.length).toBeGreaterThan(0);
      for (const a of sources) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(li.querySelector('a[data-copy-link]')!.getAttribute('href')).toBe(`#${li.id}`);
    }
  });

  it('opens every source to what it says: its verbatim excerpts in a blockquote citing it, and the copy read', () => {
    for (const event of contentEvents(id)) {
      const cited = timeline.querySelectorAll(`[id="${event.id}"] .timeline-sources > li`);
      expect(cited.length, event.id).toBe(event.sources.length);
      event.sources.forEach((source, i) => {
        const details = cited[i]!.querySelector('details[data-evidence]')!;
        expect(cited[i]!.querySelector('a')!.getAttribute('href')).toBe(source.url);
        // A page whose copy showed no headline is cited by its publisher, and the citation says so.
        expect(cited[i]!.querySelector('a')!.text.trim()).toBe(source.title ?? source.publisher);
        expect(cited[i]!.text.includes('(headline not shown in the copy we read)'), source.url).toBe(!source.title);
        expect(details.hasAttribute('open'), 'closed by default').toBe(false);
        expect(details.querySelector('summary')!.text).toBe(`What the source says: ${source.title ?? source.publisher}`);
        const quote = details.querySelector('blockquote')!;
        expect(quote.getAttribute('cite')).toBe(source.url);
        expect(quote.getAttribute('lang')).toBe(source.lang);
        expect(quote.querySelectorAll('p').map((p) => p.text)).toEqual(source.evidence);
        expect(details.querySelector('.source-evidence__via a')?.getAttribute('href')).toBe(source.via);
      });
    }
  });

  it('names each claimant from its file in content/claimants/, led by who says it in plain words', () => {
    const claimants = contentClaimants();
    for (const event of contentEvents(id)) {
      const claimant = claimants.get(event.claimant)!;
      const who = timeline.querySelector(`[id="${event.id}"] .timeline-entry__who`)!;
      expect(who.text).toContain(`${claimant.name}: ${event.attribution}`);
      const words = timeline.querySelector(`[id="${event.id}"] .timeline-badge`)!.text;
      if (event.verifiedByDesk) expect(words, event.id).toBe('Confirmed');
      else if (event.confidence === 'disputed') expect(words, event.id).toBe('Disputed');
      else
        expect(
          ['says', 'say', 'found', 'denies', 'deny'].map((verb) => `${claimant.shortName} ${verb}`),
          event.id,
        ).toContain(words);
      // "Confirmed" is the desk's word alone: no entry the desk did not verify says it.
      if (!event.verifiedByDesk) expect(words, event.id).not.toMatch(/\bConfirmed\b/);
    }
  });

  it('ends with an "as of" line', () => {
    expect(timeline.querySelector('.timeline__as-of time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads each entry in place: who says it leads its text, whose first sentence shows, the rest opening with its sources', () => {
    for (const event of contentEvents(id)) {
      const li = timeline.querySelector(`[id="${event.id}"]`)!;
      const text = li.querySelector('.timeline-entry__text')!;
      const rest = text.querySelector('.timeline-entry__rest')?.text.trim() ?? '';
      const lead = text.childNodes
        .map((node) => node.text)
        .join('')
        .replace(text.querySelector('.timeline-badge')!.text, '')
        .replace(rest, '');
      expect(`${lead.trim()} ${rest}`.trim().replace(/\s+/g, ' '), event.id).toBe(event.text.trim().replace(/\s+/g, ' '));
      expect(lead.trim().length, event.id).toBeGreaterThan(0);
      const more = li.querySelectorAll('details[data-entry-sources]');
      expect(more, event.id).toHaveLength(1);
      expect(more[0]!.hasAttribute('open'), event.id).toBe(false);
      expect(more[0]!.querySelectorAll('.timeline-sources > li').length, event.id).toBe(event.sources.length);
    }
  });

  it('opens on the key events, with one disclosure for all of them', () => {
    const key = items.filter((li) => li.getAttribute('data-key') === 'true');
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(8);
    const control = timeline.querySelectorAll('details[data-timeline-all]');
    expect(control).toHaveLength(1);
    expect(control[0]!.querySelector('summary')!.text).toContain(`Show all ${items.length} events`);
    // The control comes before the list, so opening it reveals entries after it, in reading order.
    expect(timeline.innerHTML.indexOf('data-timeline-all')).toBeLessThan(timeline.innerHTML.indexOf('<ol'));
  });
});

const timelinesWithMaps = builtPages().flatMap(({ route }) =>
  builtPage(route)
    .querySelectorAll('[data-timeline][data-timeline-map]')
    .map((timeline) => {
      const id = timeline.getAttribute('data-timeline')!;
      return [`${id} on ${route}`, route, id, timeline.getAttribute('data-timeline-map')!] as const;
    }),
);

describe.each(timelinesWithMaps)('the timeline %s and its map', (_, route, id, mapId) => {
  it('marks on the map every place struck, with its dates: a diamond, or a dashed ring where only the region is known; the legend says which', () => {
    const map = builtPage(route).querySelector(`figure[data-map="${mapId}"]`)!;
    const strikes = contentEvents(id).filter((event) => event.kind === 'strike' && event.place);
    const struck = [...new Set(strikes.map((event) => event.place!))];
    const marked = map.querySelectorAll('[data-place][data-strike="true"]').map((el) => el.getAttribute('data-place')!);
    expect([...marked].sort()).toEqual([...struck].sort());
    const legend = map.querySelector('.range-map__legend')!.text;
    for (const place of struck) {
      const there = strikes.filter((event) => event.place === place);
      const region = there.every((event) => event.placeScope === 'region');
      const marker = map.querySelector(`[data-place="${place}"]`)!;
      expect(marker.getAttribute('data-strike-region') === 'true', place).toBe(region);
      expect(marker.querySelector(region ? 'circle.map-strike--region' : 'path.map-strike'), place).not.toBeNull();
      const label = marker.getAttribute('aria-label')!;
      expect(label, place).toMatch(region ? /reported strikes? in its region on / : /reported strikes? on /);
      // Every day of a strike there, by its day of the month and its month.
      for (const event of there)
        expect(label, `${place} ${event.id}`).toMatch(new RegExp(`\\b${event.date.date.getUTCDate()}\\b[^;]*${formatLongDate(event.date.date).split(' ')[1]}`));
      expect(map.querySelector(`[data-place-row="${place}"] th`)!.text, place).toContain(region ? '(reported strike in its region' : '(reported strike');
      // The days under the key are the ones the marker's description gives.
      const days = label.slice(label.indexOf(' on ', label.indexOf('reported strike')) + 4);
      expect(map.querySelector('[data-map-strikes]')!.text, place).toContain(
        `${region ? `${marker.getAttribute('data-name')} region` : marker.getAttribute('data-name')}, ${days}`,
      );
      expect(legend, place).toMatch(region ? /Reported strike in the region of the city ringed/ : /Reported strike/);
    }
  });
});

const DAY_MS = 86_400_000;

describe.each(timelines)('the days and places of the timeline %s', (_, id, timeline) => {
  const events = contentEvents(id);
  const dayZero = events.find((event) => event.id === contentTimeline(id).dayZero)!;

  it('puts its day-0 event at Day 0 and counts the days of every later event dated to the day', () => {
    expect(timeline.querySelector(`[id="${dayZero.id}"] .timeline-entry__day`)!.text).toBe('Day 0');
    for (const event of events.filter((e) => e.date.precision === 'day' && e.date.date >= dayZero.date.date)) {
      const days = Math.round((event.date.date.getTime() - dayZero.date.date.getTime()) / DAY_MS);
      expect(timeline.querySelector(`[id="${event.id}"] .timeline-entry__day`)!.text, event.id).toBe(`Day ${days}`);
    }
  });

  it('explains day 0 in words, with a link to its entry', () => {
    const line = timeline.querySelector('.timeline__day-zero')!;
    expect(line.text).toContain(`day 0, ${formatLongDate(dayZero.date.date)}`);
    expect(line.querySelector('a')!.getAttribute('href')).toBe(`#${dayZero.id}`);
  });

  it('names each event’s place, says when only the region is known, and gives the editor’s note on it', () => {
    const places = contentPlaces();
    for (const event of events.filter((e) => e.place)) {
      // The place leads; the editor's note on it opens with the entry's sources.
      const line = timeline
        .querySelectorAll(`[id="${event.id}"] .timeline-entry__place`)
        .map((p) => p.text)
        .join(' ');
      const name = places.get(event.place!)!.name;
      expect(line, event.id).toContain(event.placeScope === 'region' ? `${name} region` : name);
      if (event.placeNote) expect(line, event.id).toContain(event.placeNote);
    }
  });
});

/** Every timeline every story shows, with the story it is in. */
const timelinesInStories = nonEmpty(
  contentStories().flatMap((story) => story.timelines.map((t) => [`${t.id} in ${story.slug}`, story, t.id] as const)),
  'timelines in published stories',
);

describe.each(timelinesInStories)('the timeline %s', (_, story, id) => {
  it('stands where the editor put it: between the same prose as in the MDX (a map may stand between them)', () => {
    const page = builtPage(story.route);
    expectWhereWritten(story.text, `<Timeline id="${id}"`, page.querySelector('.prose')!, page.querySelector(`[data-timeline="${id}"]`)!);
  });
});
