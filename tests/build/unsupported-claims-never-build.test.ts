/**
 * Quotes, figures and claimants the sources do not back, run through the real `astro build` on a copy of
 * the project. Each rule must stop the build with the file and the phrase. The editor mistakes here are
 * the ones the fact check found in the published story. Checks that run after the schemas report every
 * problem at once, so one build covers them; schema rules stop the build on their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlStrictly } from '../../src/lib/yaml-data.ts';
import { readArticleBody } from '../../src/lib/content/mdx-body.ts';
import { mdxFileBody } from '../../src/loaders/inert-mdx.ts';
import { ROOT } from '../../tools/dist.ts';
import { buildWithContent, type FixtureBuild } from '../helpers/fixture-build.ts';
import { contentEvents } from '../helpers/events.ts';
import { contentArticle } from '../../tools/content.ts';
import { contentMap } from '../../tools/places.ts';
import { storyWith } from '../helpers/stories.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// The mistakes are made in a real story with a timeline, in its events, its first map and its MDX.
const story = storyWith('a timeline and a map', (s) => s.timelines.length > 0 && s.maps.length > 0);
const timeline = story.timelines[0]!.id;
const eventFile = (id: string) => `content/events/${timeline}/${id}.yaml`;
const events = contentEvents(timeline);
const excerpts = (event: (typeof events)[number]) => event.sources.flatMap((source) => source.evidence ?? []);
const words = (text: string) => text.match(/[A-Za-z]+/g) ?? [];
// An event with evidence from two sources, to splice a quote from both, and three more to edit.
const twoSourced = events.find((e) => e.sources.filter((source) => source.evidence?.length).length >= 2);
const [quoted, figured, claimed] = events.filter((e) => e !== twoSourced && excerpts(e).length > 0);
if (!twoSourced || !claimed) throw new Error(`content/events/${timeline}/: the mistakes below need four events with evidence, one citing two sources`);
const SPLICED = eventFile(twoSourced.id);
const ELLIPSIS = eventFile(quoted!.id);
const FIGURE = eventFile(figured!.id);
const CLAIMANT = eventFile(claimed.id);
const MAP = `content/maps/${story.maps[0]}.yaml`;
const ARTICLE = story.file;
// A place on that map whose file says where its coordinates come from.
const PLACE = `content/places/${contentMap(story.maps[0]!).places.find((id) => /^source: /m.test(read(`content/places/${id}.yaml`)))}.yaml`;

// The end of one source's excerpt joined to the start of another's: each half is real, the whole is not.
const [firstExcerpt, secondExcerpt] = twoSourced.sources.filter((source) => source.evidence?.length).map((source) => source.evidence![0]!);
const splice = [...words(firstExcerpt!).slice(-4), ...words(secondExcerpt!).slice(0, 4)].join(' ');
// A real opening, then a part no excerpt has.
const opening = words(excerpts(quoted!)[0]!).slice(0, 5).join(' ');
const INVENTED = 'several cruise missiles';
const FIGURE_GIVEN = '7919';
const CERTAINTY_QUOTE = 'launched from three regions at once';
const NOTE_QUOTE = 'highly likely';
for (const [text, where] of [
  [splice, 'its sources'],
  [INVENTED, 'its sources'],
  [FIGURE_GIVEN, 'its sources'],
  [CERTAINTY_QUOTE, 'the map'],
  [NOTE_QUOTE, 'the article'],
] as const) {
  const evidence = [...events.flatMap(excerpts), ...contentArticle(story.slug).sources.flatMap((source) => source.evidence ?? [])].join(' ');
  if (evidence.includes(text)) throw new Error(`"${text}" is in the evidence of ${where}: the mistake would not be one`);
}
const noteNumber = readArticleBody(mdxFileBody(story.text)).editorsNotes.length + 1;

/** The file with one edit, which must apply: a test whose edit silently misses would prove nothing. */
function edited(path: string, edit: (text: string) => string): Record<string, string> {
  const before = read(path);
  const after = edit(before);
  if (after === before) throw new Error(`the fixture edit did not apply to ${path}`);
  return { [path]: after };
}

/** A data file changed as data (parsed and written back). */
function editedData<T>(path: string, change: (data: T) => void): Record<string, string> {
  const data = parseYamlStrictly(read(path), path) as T;
  change(data);
  return { [path]: stringify(data) };
}

type EventData = { text: string; claimant: string; sources: Record<string, unknown>[] };

function lazyBuild(files: () => Record<string, string>): () => FixtureBuild {
  let result: FixtureBuild | undefined;
  return () => (result ??= buildWithContent(files()));
}

const unsupported = lazyBuild(() => ({
  ...editedData<EventData>(SPLICED, (event) => (event.text = `It "${splice}", officials said.`)),
  ...editedData<EventData>(ELLIPSIS, (event) => (event.text = `Officials said "${opening} … ${INVENTED}".`)),
  ...editedData<EventData>(FIGURE, (event) => (event.text = `${event.text} Officials counted ${FIGURE_GIVEN} parts.`)),
  ...editedData<EventData>(CLAIMANT, (event) => (event.claimant = 'un')),
  ...editedData<{ launch: { certainty: string } }>(
    MAP,
    (map) => (map.launch.certainty = `Illustrative: prosecutors said the missiles were "${CERTAINTY_QUOTE}".`),
  ),
  [ARTICLE]: `${story.text}\n<aside class="editors-note" aria-label="Editor's note">\n\nAnalysts said it was "${NOTE_QUOTE}".\n\n</aside>\n`,
}));

describe('a quote, a figure or a claimant the sources do not back never builds', () => {
  it.each([
    ['a quote spliced from two sources', SPLICED, `text quotes "${splice}", but these words are not word for word`],
    ['one part of a quote with an ellipsis', ELLIPSIS, `but the part "${INVENTED}" is not word for word`],
    ['a figure no excerpt gives', FIGURE, `text gives the figure ${FIGURE_GIVEN}, which is in none of`],
    ['a claimant with no file in content/claimants/', CLAIMANT, 'claimant "un" is not a claimant in content/claimants/ (known claimants: '],
    ['a quote in a map’s certainty note', MAP, `launch.certainty quotes "${CERTAINTY_QUOTE}", but these words are not word for word`],
    ['a quote in an editor’s note', ARTICLE, `editor's note ${noteNumber} quotes "${NOTE_QUOTE}", but these words are not word for word`],
  ])(
    '%s: the build fails, naming the file and the phrase',
    (_, file, says) => {
      const { ok, output } = unsupported();
      expect(ok).toBe(false);
      // One line names the file, then the phrase.
      expect(output.split('\n').some((line) => line.includes(`${file}: `) && line.includes(says))).toBe(true);
    },
    180_000,
  );
});

describe('a source without evidence never builds', () => {
  const build = lazyBuild(() =>
    editedData<EventData>(SPLICED, (event) => {
      delete event.sources[0]!.evidence;
      event.sources[1]!.evidence = [`${'word '.repeat(60)}and one more.`];
    }),
  );

  it('names the file and the source that gives no evidence', () => {
    const { ok, output } = build();
    expect(ok).toBe(false);
    expect(output).toContain(SPLICED);
    expect(output).toMatch(/sources\.0\.evidence: give the evidence: one or more excerpts copied word for word/);
  }, 180_000);

  it('names the file and the excerpt over 60 words', () => {
    const { ok, output } = build();
    expect(ok).toBe(false);
    expect(output).toContain(SPLICED);
    expect(output).toMatch(/sources\.1\.evidence\.0: an excerpt is at most 60 words \(this one has 63\)/);
  }, 180_000);
});

describe('a place that does not say where its coordinates come from never builds', () => {
  it('names the file and the source it gives', () => {
    const { ok, output } = buildWithContent(edited(PLACE, (text) => text.replace(/^source: .*$/m, 'source: Approximate city centre')));
    expect(ok).toBe(false);
    expect(output).toContain(PLACE);
    expect(output).toMatch(/source: "Approximate city centre" does not say where the coordinates come from/);
  }, 180_000);
});
