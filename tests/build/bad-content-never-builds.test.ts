/**
 * Every class of editor mistake, run on a copy of the project: each must stop the build with a message
 * that names the file and the field or value. The real content/ is never touched, and a good build leaves
 * the copy's content/ exactly as it was.
 *
 * Three ways, each as cheap as the guarantee allows:
 * - a mistake a content schema catches runs `astro sync` only: the build's first step loads and validates
 *   every content file the same way, so what fails there fails the build;
 * - broken references between files are all reported at once by one real build, so they share one;
 * - anything else (a map that cannot be drawn, MDX that cannot compile) gets a real build of its own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, parseHtml } from '../helpers/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { filesUnder } from '../helpers/dist-files.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const ARTICLE = 'content/articles/north-korean-missiles-ukraine.mdx';
const MAP = 'content/maps/ukraine-900km.yaml';
const EVENTS = 'content/events/north-korean-missiles';
const EVENT = `${EVENTS}/2024-01-02-kharkiv.yaml`;
const article = read(ARTICLE);
const map = read(MAP);
const event = read(EVENT);

/** Files to write: a whole new text, or an edit of the file's text. */
type Edits = Record<string, string | ((text: string) => string)>;

interface Mistake {
  files: Record<string, string>;
  /** The file the message must name, and what else it must say. */
  names: string;
  says: RegExp;
}

/** Mistakes a content schema catches. */
const schemaMistakes: Record<string, Mistake> = {
  'missing frontmatter': {
    files: { 'content/articles/no-frontmatter.mdx': 'Just a paragraph, no frontmatter.\n' },
    names: 'content/articles/no-frontmatter.mdx',
    says: /title\S*: .*(Required|expected string)/i,
  },
  'a missing required field': { files: { [ARTICLE]: article.replace(/^byline: .*\n/m, '') }, names: ARTICLE, says: /byline/ },
  'a control character pasted into a title': {
    files: { [ARTICLE]: article.replace(/^title: "White House/m, 'title: "White\\vHouse') },
    names: ARTICLE,
    says: /title: contains U\+000B \(a control character\) at character 6/,
  },
  'a wrong type': { files: { [ARTICLE]: article.replace(/^dek: .*$/m, 'dek: 42') }, names: ARTICLE, says: /dek\S*: .*string/i },
  'an impossible date that YAML would roll over': {
    files: { [ARTICLE]: article.replace('publishedAt: 2024-01-04', 'publishedAt: 2023-12-32') },
    names: ARTICLE,
    says: /publishedAt: "2023-12-32" is not a real calendar date/,
  },
  'a negative range': {
    files: { [MAP]: map.replace('km: 900', 'km: -900') },
    names: MAP,
    says: /ranges\.0\.km: must be a positive number of kilometres, got -900/,
  },
  'a zero range': { files: { [MAP]: map.replace('km: 900', 'km: 0') }, names: MAP, says: /ranges\.0\.km: must be a positive number of kilometres, got 0/ },
  'a range that is not a number': {
    files: { [MAP]: map.replace('km: 900', 'km: nine hundred') },
    names: MAP,
    says: /ranges\.0\.km: must be a distance in kilometres, got "nine hundred"/,
  },
  'a latitude out of range': {
    files: { 'content/places/kyiv.yaml': read('content/places/kyiv.yaml').replace('lat: 50.455', 'lat: 150.455') },
    names: 'content/places/kyiv.yaml',
    says: /lat: latitude must be between -90 and 90, got 150.455/,
  },
  'a longitude out of range': {
    files: { [MAP]: map.replace('lon: 36.580', 'lon: 236.58') },
    names: MAP,
    says: /launch\.lon: longitude must be between -180 and 180, got 236.58/,
  },
  'an event without a source': { files: { [EVENT]: event.replace(/^sources:[\s\S]*$/m, '') }, names: EVENT, says: /sources: list at least one source/ },
  'an impossible event date': {
    files: { [EVENT]: event.replace('date: 2024-01-02', 'date: 2024-01-32') },
    names: EVENT,
    says: /"2024-01-32" is not a real date/,
  },
};

/**
 * Broken references between files: one build reports them all, each on a line naming its file. The
 * mistakes are applied together (in order, several may edit one file).
 */
const referenceMistakes: Record<string, Omit<Mistake, 'files'> & { edits: Edits }> = {
  'a map id the article uses but nothing defines': {
    edits: { [ARTICLE]: (text) => text.replace('<RangeMap id="korea-900km" />', '<RangeMap id="korea-9000km" />') },
    names: ARTICLE,
    says: /<RangeMap id="korea-9000km"> names a map that no file in content\/maps\/ defines/,
  },
  'an unknown place id in a map': {
    edits: { [MAP]: (text) => text.replace('  - kharkiv\n', '  - kharkov\n') },
    names: MAP,
    says: /places\[1\] "kharkov" is not a place in content\/places\//,
  },
  'an unknown place id in an event': {
    edits: { [EVENT]: (text) => text.replace('place: kharkiv', 'place: kharkov') },
    names: EVENT,
    says: /place "kharkov" is not a place in content\/places\//,
  },
  'more than 8 key events in a timeline': {
    // Every event marked key: the message names the timeline and each key event's file.
    edits: Object.fromEntries(
      readdirSync(join(ROOT, EVENTS)).map((file) => [`${EVENTS}/${file}`, (text: string) => (/^key: true$/m.test(text) ? text : `key: true\n${text}`)]),
    ),
    names: 'content/timelines/north-korean-missiles.yaml',
    says: /\d+ events are marked `key: true`, at most 8 may be .*2024-01-02-kharkiv\.yaml/,
  },
  'a duplicate event id': {
    edits: {
      'content/timelines/copy.yaml': read('content/timelines/north-korean-missiles.yaml').replace(
        'dayZero: 2023-12-30-first-launch',
        'dayZero: 2024-01-02-kharkiv',
      ),
      'content/events/copy/2024-01-02-kharkiv.yaml': event,
    },
    names: EVENT,
    says: /duplicate event id "2024-01-02-kharkiv"/,
  },
  'a duplicate slug (an article in a sub-folder)': {
    edits: { 'content/articles/2024/north-korean-missiles-ukraine.mdx': article },
    names: 'content/articles/2024/north-korean-missiles-ukraine.mdx',
    says: /must be a URL slug/,
  },
  "a strike whose place its timeline's map does not mark": {
    edits: { [MAP]: (text) => text.replace('  - pokrovsk\n', '') },
    names: 'content/events/north-korean-missiles/2024-01-06-pokrovsk.yaml',
    says: /a strike at "pokrovsk", but the timeline's map "ukraine-900km" does not mark that place/,
  },
  'a timeline whose map its article does not show': {
    edits: { [ARTICLE]: (text) => text.replace('<RangeMap id="ukraine-900km" />', '') },
    names: ARTICLE,
    says: /<Timeline id="north-korean-missiles"> works with the map "ukraine-900km" .* but the article does not show it/,
  },
};

/** Mistakes found while drawing or compiling: one real build each. */
const buildMistakes: Record<string, Mistake> = {
  'a headline too long for the share image, without a shareTitle': {
    files: {
      [ARTICLE]: article.replace(
        /^title: .*$/m,
        'title: "White House Reveals That Russia Has Used North Korean Short-Range Ballistic Missiles, Launchers and Ammunition in Its Recent Strikes Against Kharkiv, Zaporizhzhia and Other Cities Across Ukraine"',
      ),
    },
    names: ARTICLE,
    says: /title is too long for the share image: .*add a shorter `shareTitle`/,
  },
  'a focus country the borders data does not have': {
    files: { [MAP]: map.replace('focusCountry: UKR', 'focusCountry: XUK') },
    names: MAP,
    says: /focusCountry XUK is not a country in the borders data/,
  },
  'a marked place outside the extent': {
    files: { [MAP]: map.replace('  - kyiv\n', '  - kyiv\n  - seoul\n') },
    names: MAP,
    says: /seoul lie outside its extent/,
  },
  'an unclosed MDX tag': {
    files: { [ARTICLE]: article.replace('<RangeMap id="korea-900km" />', '<aside class="editors-note">\n\nNo closing tag.\n') },
    names: ARTICLE,
    says: /(closing tag|Expected a closing tag|end of file)/i,
  },
  'a preset off the map': {
    files: { [MAP]: map.replace('presets:\n', 'presets:\n  - label: Pyongyang\n    lat: 39.03\n    lon: 125.75\n') },
    names: MAP,
    says: /presets "Pyongyang" \(39\.03, 125\.75\) lie outside the map/,
  },
};

/** Every mistake's edits applied together, in order: an edit of a file works on what the earlier ones left. */
function combined(mistakes: Edits[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const edits of mistakes) {
    for (const [path, edit] of Object.entries(edits)) files[path] = typeof edit === 'string' ? edit : edit(files[path] ?? read(path));
  }
  return files;
}

describe('bad content never builds', () => {
  it.each(Object.entries(schemaMistakes))(
    '%s: the content check the build starts with fails, naming the file and what is wrong',
    (_, mistake) => {
      const result = buildWithContent(mistake.files, undefined, { command: 'sync' });
      expect(result.ok).toBe(false);
      expect(result.output).toContain(mistake.names);
      expect(result.output).toMatch(mistake.says);
    },
    120_000,
  );

  describe('broken references, all in one build', () => {
    let output = '';
    let ok = true;
    beforeAll(() => {
      ({ ok, output } = buildWithContent(combined(Object.values(referenceMistakes).map((mistake) => mistake.edits))));
    }, 180_000);
    it.each(Object.entries(referenceMistakes))('%s: the build fails on a line naming the file and what is wrong', (_, mistake) => {
      expect(ok).toBe(false);
      expect(
        output.split('\n').filter((line) => mistake.says.test(line) && line.includes(mistake.names)),
        output,
      ).not.toEqual([]);
    });
  });

  it.each(Object.entries(buildMistakes))(
    '%s: the build fails, naming the file and what is wrong',
    (_, mistake) => {
      const result = buildWithContent(mistake.files);
      expect(result.ok).toBe(false);
      expect(result.output).toContain(mistake.names);
      expect(result.output).toMatch(mistake.says);
    },
    120_000,
  );
});

/** A fingerprint of every file under a folder: path and content hash. */
function fingerprint(dir: string): string[] {
  return filesUnder(dir).map(
    (path) =>
      `${path} ${createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex')}`,
  );
}

describe('the build and content/', () => {
  it('never writes into content/', () => {
    const result = buildWithContent({}, (dist) => fingerprint(join(dist, '..', 'content')));
    expect(result.ok, result.output).toBe(true);
    expect(result.inspected).toEqual(fingerprint(join(ROOT, 'content')));
  }, 120_000);

  it('renders corrections as "Correction" notes and moves the updated date', () => {
    const corrected = article.replace(
      'publishedAt: 2024-01-04\n',
      'publishedAt: 2024-01-04\ncorrections:\n  - date: 2024-06-01\n    text: An earlier version gave the wrong day for the second launch.\n',
    );
    const result = buildWithContent({ [ARTICLE]: corrected }, (dist) => readFileSync(join(dist, 'articles/north-korean-missiles-ukraine/index.html'), 'utf8'));
    expect(result.ok, result.output).toBe(true);
    const page = parseHtml(result.inspected!);
    expect(page.querySelector('[data-corrections] p')!.text).toBe('Correction (1 June 2024): An earlier version gave the wrong day for the second launch.');
    expect(page.querySelector('[data-updated] time')!.getAttribute('datetime')).toBe('2024-06-01');
    expect(JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text).dateModified).toBe('2024-06-01T00:00:00.000Z');
  }, 120_000);
});
