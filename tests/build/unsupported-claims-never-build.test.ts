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
import { ROOT } from '../helpers/dist.ts';
import { buildWithContent, type FixtureBuild } from '../helpers/fixture-build.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const EVENTS = 'content/events/north-korean-missiles';
const FIRST_LAUNCH = `${EVENTS}/2023-12-30-first-launch.yaml`;
const DISCLOSURE = `${EVENTS}/2024-01-04-white-house-disclosure.yaml`;
const FOREIGN_PARTS = `${EVENTS}/2024-02-21-foreign-parts.yaml`;
const UN_STATEMENT = `${EVENTS}/2024-01-10-un-security-council.yaml`;
const MAP = 'content/maps/ukraine-900km.yaml';
const ARTICLE = 'content/articles/north-korean-missiles-ukraine.mdx';

/** The file with one edit, which must apply: a test whose edit silently misses would prove nothing. */
function edited(path: string, edit: (text: string) => string): Record<string, string> {
  const before = read(path);
  const after = edit(before);
  if (after === before) throw new Error(`the fixture edit did not apply to ${path}`);
  return { [path]: after };
}

/** An event file changed as data (parsed and written back), for edits to its sources. */
function editedEvent(path: string, change: (event: { text: string; sources: Record<string, unknown>[] }) => void) {
  const event = parseYamlStrictly(read(path), path) as { text: string; sources: Record<string, unknown>[] };
  change(event);
  return { [path]: stringify(event) };
}

function lazyBuild(files: () => Record<string, string>): () => FixtureBuild {
  let result: FixtureBuild | undefined;
  return () => (result ??= buildWithContent(files()));
}

const unsupported = lazyBuild(() => ({
  ...edited(FIRST_LAUNCH, (text) =>
    text.replace(/^text: .*$/m, 'text: It "appears to have landed in an open field in the Zaporizhzhia region", the White House said.'),
  ),
  ...edited(DISCLOSURE, (text) =>
    text.replace(
      '\\"recently provided Russia with ballistic missile launchers and several ballistic missiles\\"',
      '\\"recently provided Russia … several cruise missiles\\"',
    ),
  ),
  ...edited(FOREIGN_PARTS, (text) => text.replace('over 290 electronic components', 'over 295 electronic components')),
  ...edited(UN_STATEMENT, (text) => text.replace('claimant: eight-governments-un-statement', 'claimant: un')),
  ...edited(MAP, (text) =>
    text.replace(
      'Illustrative: the exact launch sites are not public.',
      'Illustrative: prosecutors said the missiles were "launched from the Belgorod, Voronezh and Kursk regions".',
    ),
  ),
  ...edited(ARTICLE, (text) => text.replace('it was "almost certain" that', 'it was "highly likely" that')),
}));

describe('a quote, a figure or a claimant the sources do not back never builds', () => {
  it.each([
    [
      'a quote spliced from two sources',
      FIRST_LAUNCH,
      'text quotes "appears to have landed in an open field in the Zaporizhzhia region", but these words are not word for word',
    ],
    ['one part of a quote with an ellipsis', DISCLOSURE, 'but the part "several cruise missiles" is not word for word'],
    ['a figure no excerpt gives', FOREIGN_PARTS, 'text gives the figure 295, which is in none of'],
    ['a claimant with no file in content/claimants/', UN_STATEMENT, 'claimant "un" is not a claimant in content/claimants/ (known claimants: '],
    [
      'a quote in a map’s certainty note',
      MAP,
      'launch.certainty quotes "launched from the Belgorod, Voronezh and Kursk regions", but these words are not word for word',
    ],
    ['a quote in an editor’s note', ARTICLE, 'editor\'s note 1 quotes "highly likely", but these words are not word for word'],
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
    editedEvent(FIRST_LAUNCH, (event) => {
      delete event.sources[0]!.evidence;
      event.sources[1]!.evidence = [`${'word '.repeat(60)}and one more.`];
    }),
  );

  it('names the file and the source that gives no evidence', () => {
    const { ok, output } = build();
    expect(ok).toBe(false);
    expect(output).toContain(FIRST_LAUNCH);
    expect(output).toMatch(/sources\.0\.evidence: give the evidence: one or more excerpts copied word for word/);
  }, 180_000);

  it('names the file and the excerpt over 60 words', () => {
    const { ok, output } = build();
    expect(ok).toBe(false);
    expect(output).toContain(FIRST_LAUNCH);
    expect(output).toMatch(/sources\.1\.evidence\.0: an excerpt is at most 60 words \(this one has 63\)/);
  }, 180_000);
});

describe('a place that does not say where its coordinates come from never builds', () => {
  it('names the file and the source it gives', () => {
    const { ok, output } = buildWithContent(edited('content/places/osaka.yaml', (text) => text.replace(/^source: .*$/m, 'source: Approximate city centre')));
    expect(ok).toBe(false);
    expect(output).toContain('content/places/osaka.yaml');
    expect(output).toMatch(/source: "Approximate city centre" does not say where the coordinates come from/);
  }, 180_000);
});
