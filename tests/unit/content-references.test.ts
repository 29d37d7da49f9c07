import { describe, expect, it } from 'vitest';
import { referenceProblems } from '../../src/lib/content-references.ts';
import { readArticleBody } from '../../src/lib/content/mdx-body.ts';

/** An article as the gate hands it on: with the components its body shows, read by the one parse. */
const withUses = ({ body, ...article }: { id: string; filePath?: string; body: string }) => ({ ...article, uses: readArticleBody(body).uses });

describe('content references', () => {
  it('reads the components a body shows however the tag is written, in order, with their lines', () => {
    expect(readArticleBody(`<RangeMap id="a" />\n\nText <Timeline  id='b'/> and\n\n<RangeMap\n  id="c"\n/>\n`).uses).toEqual([
      { component: 'RangeMap', id: 'a', line: 1 },
      { component: 'Timeline', id: 'b', line: 3 },
      { component: 'RangeMap', id: 'c', line: 5 },
    ]);
  });

  it('reads no component from text that only looks like one: code, or a word in prose', () => {
    expect(readArticleBody('`<RangeMap id="a" />`\n\n```\n<Timeline id="b" />\n```\n\nA RangeMap id="c" in words.\n').uses).toEqual([]);
  });

  it('names the file and the value for a map nobody defined and a place nobody added', () => {
    const problems = referenceProblems({
      articles: [withUses({ id: 'story', filePath: 'content/articles/story.mdx', body: 'Text\n<RangeMap id="nowhere-900km" />' })],
      maps: [{ id: 'real', filePath: 'content/maps/real.yaml', data: { places: ['kyiv', 'atlantis'] } }],
      places: [{ id: 'kyiv' }],
    });
    expect(problems).toEqual([
      'content/articles/story.mdx:2: <RangeMap id="nowhere-900km"> names a map that no file in content/maps/ defines (known maps: real)',
      'content/maps/real.yaml: places[1] "atlantis" is not a place in content/places/ (add content/places/atlantis.yaml or fix the id)',
    ]);
  });

  it('asks the body to show "What we know" and the wire label once when the frontmatter has them, and never without', () => {
    const article = (body: string, data: { whatWeKnow?: unknown[]; originalReport?: Date }) => ({
      ...withUses({ id: 'story', filePath: 'content/articles/story.mdx', body }),
      data,
    });
    const problems = (body: string, data: { whatWeKnow?: unknown[]; originalReport?: Date }) =>
      referenceProblems({ articles: [article(body, data)], maps: [], places: [] });
    const both = { whatWeKnow: [{}, {}, {}], originalReport: new Date('2024-01-04') };
    expect(problems('<WhatWeKnow />\n\n<OriginalReport />\n\nThe wire.', both)).toEqual([]);
    expect(problems('The wire.', both)).toEqual([
      'content/articles/story.mdx: whatWeKnow is set but the body does not show it; place <WhatWeKnow /> where the box stands (under the first map, or under the headline)',
      'content/articles/story.mdx: originalReport is set but the body does not show it; place <OriginalReport /> right above the wire report it labels',
    ]);
    expect(problems('<WhatWeKnow />\n\nText.\n\n<WhatWeKnow />', { whatWeKnow: both.whatWeKnow })).toEqual([
      'content/articles/story.mdx:5: <WhatWeKnow /> is placed 2 times; keep one',
    ]);
    expect(problems('Text.\n\n<OriginalReport />', {})).toEqual([
      "content/articles/story.mdx:3: <OriginalReport /> shows the frontmatter's originalReport, which this article does not set; set it or remove the component",
    ]);
  });

  it('finds nothing wrong when every reference resolves', () => {
    expect(
      referenceProblems({
        articles: [withUses({ id: 's', body: '<RangeMap id="real" />' })],
        maps: [{ id: 'real', data: { places: ['kyiv'] } }],
        places: [{ id: 'kyiv' }],
      }),
    ).toEqual([]);
  });
});

describe('event and timeline references', () => {
  const base = {
    articles: [withUses({ id: 'story', filePath: 'content/articles/story.mdx', body: '<RangeMap id="demo-900km" />\n<Timeline id="strikes" />' })],
    maps: [{ id: 'demo-900km', data: { places: ['kyiv'] } }],
    places: [{ id: 'kyiv' }, { id: 'kharkiv' }],
    timelines: [{ id: 'strikes', filePath: 'content/timelines/strikes.yaml', data: { dayZero: '2023-12-30-first-launch', map: 'demo-900km' } }],
    claimants: [{ id: 'us-government' }, { id: 'un-panel-of-experts' }],
  };
  const event = (id: string, place: string | undefined, day: string, claimant = 'us-government', key = true, kind = 'strike') => ({
    id: `strikes/${id}`,
    filePath: `content/events/strikes/${id}.yaml`,
    data: { kind, place, claimant, key, date: { date: new Date(`${day}T00:00:00Z`), precision: 'day' as const } },
  });
  const firstLaunch = event('2023-12-30-first-launch', 'kyiv', '2023-12-30');

  it("name the event and the map for a strike whose place the timeline's map does not mark", () => {
    expect(referenceProblems({ ...base, events: [firstLaunch, event('2024-01-02-kharkiv', 'kharkiv', '2024-01-02')] })).toEqual([
      'content/events/strikes/2024-01-02-kharkiv.yaml: a strike at "kharkiv", but the timeline\'s map "demo-900km" does not mark that place; add kharkiv to the places in content/maps/demo-900km.yaml',
    ]);
    // Any other kind of event may happen off the map (a summit far away).
    expect(
      referenceProblems({ ...base, events: [firstLaunch, event('2024-01-02-summit', 'kharkiv', '2024-01-02', 'us-government', false, 'diplomacy')] }),
    ).toEqual([]);
  });

  it('name the article that places a timeline without the map the timeline works with', () => {
    const articles = [withUses({ id: 'story', filePath: 'content/articles/story.mdx', body: '<Timeline id="strikes" />' })];
    expect(referenceProblems({ ...base, articles, events: [firstLaunch] })).toEqual([
      'content/articles/story.mdx:1: <Timeline id="strikes"> works with the map "demo-900km" (its content/timelines/strikes.yaml says map: demo-900km), but the article does not show it; add <RangeMap id="demo-900km" />',
    ]);
  });

  it('accept a consistent timeline', () => {
    expect(referenceProblems({ ...base, events: [event('2023-12-30-first-launch', 'kyiv', '2023-12-30')] })).toEqual([]);
  });

  it('name the file for an unknown place, a file name that does not start with the date, and a missing day zero', () => {
    const problems = referenceProblems({ ...base, events: [event('2024-01-02-kharkiv', 'kharkov', '2024-01-03')] });
    expect(problems).toEqual([
      'content/events/strikes/2024-01-02-kharkiv.yaml: place "kharkov" is not a place in content/places/',
      'content/events/strikes/2024-01-02-kharkiv.yaml: the file name must start with the event\'s date, "2024-01-03-"',
      'content/timelines/strikes.yaml: dayZero "2023-12-30-first-launch" is not an event in content/events/strikes/',
    ]);
  });

  it('name the file, the value and the known ids for a claimant with no file in content/claimants/', () => {
    expect(referenceProblems({ ...base, events: [event('2023-12-30-first-launch', 'kyiv', '2023-12-30', 'un')] })).toEqual([
      'content/events/strikes/2023-12-30-first-launch.yaml: claimant "un" is not a claimant in content/claimants/ (known claimants: un-panel-of-experts, us-government); add content/claimants/un.yaml or fix the id',
    ]);
  });

  it('name the timeline, and every key event, when more than 8 are marked key or none is', () => {
    const days = Array.from({ length: 9 }, (_, i) => `2024-01-1${i}`);
    const events = days.map((day) => event(`${day}-strike`, 'kyiv', day));
    const dayZero = { ...base.timelines[0]!, data: { ...base.timelines[0]!.data, dayZero: '2024-01-10-strike' } };
    const tooMany = referenceProblems({ ...base, timelines: [dayZero], events });
    expect(tooMany).toEqual([
      `content/timelines/strikes.yaml: 9 events are marked \`key: true\`, at most 8 may be (the timeline opens on them): ${events.map((e) => e.filePath).join(', ')}`,
    ]);
    const none = referenceProblems({ ...base, timelines: [dayZero], events: events.map((e) => ({ ...e, data: { ...e.data, key: false } })) });
    expect(none).toEqual([
      'content/timelines/strikes.yaml: no event in content/events/strikes/ is marked `key: true`; mark the 1 to 8 a reader must see first',
    ]);
  });

  it('name the article that uses a timeline nobody defined', () => {
    const problems = referenceProblems({ ...base, timelines: [], events: [] });
    expect(problems).toContain(
      'content/articles/story.mdx:2: <Timeline id="strikes"> names a timeline that no file in content/timelines/ defines (known timelines: none)',
    );
  });
});

describe('duplicate ids and slugs', () => {
  const timelines = [
    { id: 'a', data: { dayZero: '2024-01-02-x' } },
    { id: 'b', data: { dayZero: '2024-01-02-x' } },
  ];
  const event = (timeline: string) => ({
    id: `${timeline}/2024-01-02-x`,
    filePath: `content/events/${timeline}/2024-01-02-x.yaml`,
    data: { claimant: 'us-government', key: true, date: { date: new Date('2024-01-02T00:00:00Z'), precision: 'day' as const } },
  });
  const claimants = [{ id: 'us-government' }];

  it('refuse the same event id in two timelines: the anchors would clash on a page', () => {
    expect(referenceProblems({ articles: [], maps: [], places: [], timelines, claimants, events: [event('a'), event('b')] })).toEqual([
      'content/events/a/2024-01-02-x.yaml and content/events/b/2024-01-02-x.yaml: duplicate event id "2024-01-02-x"; rename one file',
    ]);
  });

  it('refuse an article whose file name is not a slug, such as one in a sub-folder', () => {
    expect(referenceProblems({ articles: [{ id: '2024/story', filePath: 'content/articles/2024/story.mdx', uses: [] }], maps: [], places: [] })).toEqual([
      'content/articles/2024/story.mdx: the file name "2024/story" must be a URL slug (lowercase words joined by hyphens) directly in content/articles/',
    ]);
  });
});
