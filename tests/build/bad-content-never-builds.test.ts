/**
 * Every class of editor mistake, run on a copy of the project: each must stop the build with a message
 * that names the file and the field or value. The real content/ is never touched, and a good build leaves
 * the copy's content/ exactly as it was.
 *
 * Three ways, each as cheap as the guarantee allows:
 * - a mistake a content schema catches runs `astro sync` only: the build's first step loads and validates
 *   every content file the same way, so what fails there fails the build;
 * - broken references between files, maps that cannot be drawn and headlines too long for the share
 *   image are all reported at once by the content gate (src/lib/content/content-gate.ts), in one real build;
 * - MDX that cannot compile gets a real build of its own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPage, ROOT, parseHtml } from '../../tools/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { fileDigests } from '../helpers/dist-files.ts';
import { contentArticle } from '../../tools/content.ts';
import { contentEvents } from '../helpers/events.ts';
import { contentMap, contentPlaces } from '../../tools/places.ts';
import { storyWithStrikeMap } from '../helpers/stories.ts';
import { formatLongDate, isoDay } from '../../src/lib/dates.ts';
import { escapeRegExp } from '../helpers/regexp.ts';
import { changed } from '../helpers/fixture-edit.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// The mistakes are made in a real story: one whose timeline marks its strikes on one of its maps.
const { story, timeline } = storyWithStrikeMap();
const ARTICLE = story.file;
const article = story.text;
const MAP = `content/maps/${timeline.map}.yaml`;
const map = read(MAP);
const mapData = contentMap(timeline.map);
const EVENTS = `content/events/${timeline.id}`;
const pointStrikes = contentEvents(timeline.id).filter((e) => e.kind === 'strike' && e.place && e.placeScope !== 'region');
const [struck, otherStruck] = [...new Set(pointStrikes.map((e) => e.place!))];
if (!struck || !otherStruck) throw new Error(`${EVENTS}: the mistakes below need strikes at two places`);
const EVENT = `${EVENTS}/${pointStrikes.find((e) => e.place === struck)!.id}.yaml`;
const OTHER_STRIKE = `${EVENTS}/${pointStrikes.find((e) => e.place === otherStruck)!.id}.yaml`;
// An event a day after the story was last updated, as an editor adds one and forgets the top.
const storyData = contentArticle(story.slug);
const dayAfterUpdate = isoDay(new Date((storyData.updatedAt ?? storyData.publishedAt).getTime() + 86_400_000));
const LATE_EVENT = `${EVENTS}/${dayAfterUpdate}-later.yaml`;
const event = read(EVENT);
const eventMonth = /^date: (\d{4}-\d{2})-\d{2}$/m.exec(event)![1]!;
const PLACE = `content/places/${struck}.yaml`;
const geoNamesIdOf = (path: string) => /^source: GeoNames (\d+)/m.exec(read(path))![1]!;
// Another map of the story if it has one, so its typo does not also hide the timeline's map.
const otherMap = story.maps.find((id) => id !== timeline.map) ?? timeline.map;
const mapTag = (id: string) => new RegExp(`<RangeMap\\s+id="${escapeRegExp(id)}"[^>]*/>`);
// A real place outside the map's extent, and a point on the other side of the Earth from its launch point.
if (!mapData.extent) throw new Error(`${MAP}: the mistakes below need a map with an extent`);
const { west, south, east, north } = mapData.extent;
const farPlace = [...contentPlaces().values()].find((p) => p.lon < west || p.lon > east || p.lat < south || p.lat > north)!.id;
const antipode = {
  lat: Math.round(-mapData.launch.lat * 100) / 100,
  lon: Math.round((mapData.launch.lon > 0 ? mapData.launch.lon - 180 : mapData.launch.lon + 180) * 100) / 100,
};
const farPreset = `  - label: Far away\n    lat: ${antipode.lat}\n    lon: ${antipode.lon}\n`;

/** Files to write: a whole new text, or an edit of the file's text. */
type Edits = Record<string, string | ((text: string) => string)>;

interface Mistake {
  files: Record<string, string>;
  /** The file the message must name, and what else it must say. */
  names: string;
  says: RegExp;
}

/** A copy of a content file beside it, named `<name>-<suffix>`: each schema mistake gets a file of its own. */
const copyOf = (path: string, suffix: string) => path.replace(/(\.[a-z]+)$/, `-${suffix}$1`);

/** Mistakes a content schema catches, each in its own file (the build lists every refused file of a collection). */
const schemaMistakes: Record<string, { file: string; text: string; says: RegExp }> = {
  'missing frontmatter': {
    file: 'content/articles/no-frontmatter.mdx',
    text: 'Just a paragraph, no frontmatter.\n',
    says: /title\S*: .*(Required|expected string)/i,
  },
  'a missing required field': { file: copyOf(ARTICLE, 'no-byline'), text: changed(article, /^byline: .*\n/m, ''), says: /byline/ },
  'a control character pasted into a title': {
    file: copyOf(ARTICLE, 'control-character'),
    text: changed(article, /^title: .*$/m, 'title: "White\\vHouse"'),
    says: /title: contains U\+000B \(a control character\) at character 6/,
  },
  'a wrong type': { file: copyOf(ARTICLE, 'wrong-type'), text: changed(article, /^dek: .*$/m, 'dek: 42'), says: /dek\S*: .*string/i },
  'an impossible date that YAML would roll over': {
    file: copyOf(ARTICLE, 'impossible-date'),
    text: changed(article, /^publishedAt: .*$/m, 'publishedAt: 2023-12-32'),
    says: /publishedAt: "2023-12-32" is not a real calendar date/,
  },
  'a negative range': {
    file: copyOf(MAP, 'negative-range'),
    text: changed(map, /^(ranges:\n\s+- km: ).*$/m, '$1-900'),
    says: /ranges\.0\.km: must be a positive number of kilometres, got -900/,
  },
  'a zero range': {
    file: copyOf(MAP, 'zero-range'),
    text: changed(map, /^(ranges:\n\s+- km: ).*$/m, '$10'),
    says: /ranges\.0\.km: must be a positive number of kilometres, got 0/,
  },
  'a range that is not a number': {
    file: copyOf(MAP, 'words-range'),
    text: changed(map, /^(ranges:\n\s+- km: ).*$/m, '$1nine hundred'),
    says: /ranges\.0\.km: must be a distance in kilometres, got "nine hundred"/,
  },
  'a latitude out of range': {
    file: copyOf(PLACE, 'far-north'),
    text: changed(read(PLACE), /^lat: .*$/m, 'lat: 150.455'),
    says: /lat: latitude must be between -90 and 90, got 150.455/,
  },
  'a longitude out of range': {
    file: copyOf(MAP, 'far-east'),
    text: changed(map, /^( {2}lon: ).*$/m, '$1236.58'),
    says: /launch\.lon: longitude must be between -180 and 180, got 236.58/,
  },
  'an event without a source': { file: copyOf(EVENT, 'no-source'), text: changed(event, /^sources:[\s\S]*$/m, ''), says: /sources: list at least one source/ },
  'an impossible event date': {
    file: copyOf(EVENT, 'impossible-date'),
    text: changed(event, /^date: .*$/m, `date: ${eventMonth}-32`),
    says: new RegExp(`"${eventMonth}-32" is not a real date`),
  },
};

/** The schema mistakes by collection: content/<collection>/… */
const schemaMistakesByCollection = Map.groupBy(Object.entries(schemaMistakes), ([, mistake]) => mistake.file.split('/')[1]!);

/** What the build says of one file in its list of refused files: from the item naming it to the next item. */
const itemFor = (output: string, file: string) => {
  const start = output.indexOf(`- ${file}: `);
  if (start < 0) return '';
  const next = output.indexOf('\n  - ', start + 1);
  return output.slice(start, next < 0 ? undefined : next);
};

/** Copies of the map and the article that carry a drawing mistake of their own. */
const mapCopy = (name: string) => `content/maps/${timeline.map}-${name}.yaml`;
const LONG_HEADLINE = 'content/articles/long-headline.mdx';

/**
 * Broken references between files and content that cannot be drawn: one build reports them all, each on a line naming its file. The
 * mistakes are applied together (in order, several may edit one file).
 */
const referenceMistakes: Record<string, Omit<Mistake, 'files'> & { edits: Edits }> = {
  'a map id the article uses but nothing defines': {
    edits: { [ARTICLE]: (text) => changed(text, mapTag(otherMap), `<RangeMap id="${otherMap}-typo" />`) },
    names: ARTICLE,
    says: new RegExp(`<RangeMap id="${escapeRegExp(otherMap)}-typo"> names a map that no file in content/maps/ defines`),
  },
  'an unknown place id in a map': {
    edits: { [MAP]: (text) => changed(text, `  - ${struck}\n`, `  - ${struck}-typo\n`) },
    names: MAP,
    // Its index in the file as the build sees it: another mistake in this build takes otherStruck off the list.
    says: new RegExp(`places\\[${mapData.places.filter((id) => id !== otherStruck).indexOf(struck)}\\] "${struck}-typo" is not a place in content/places/`),
  },
  'an unknown place id in an event': {
    edits: { [EVENT]: (text) => changed(text, `place: ${struck}`, `place: ${struck}-typo`) },
    names: EVENT,
    says: new RegExp(`place "${struck}-typo" is not a place in content/places/`),
  },
  'more than 8 key events in a timeline': {
    // Every event marked key: the message names the timeline and each key event's file.
    edits: Object.fromEntries(
      readdirSync(join(ROOT, EVENTS)).map((file) => [`${EVENTS}/${file}`, (text: string) => (/^key: true$/m.test(text) ? text : `key: true\n${text}`)]),
    ),
    names: `content/timelines/${timeline.id}.yaml`,
    says: new RegExp(`\\d+ events are marked \`key: true\`, at most 8 may be .*${escapeRegExp(basename(EVENT))}`),
  },
  'a duplicate event id': {
    edits: {
      'content/timelines/copy.yaml': changed(read(`content/timelines/${timeline.id}.yaml`), /^dayZero: .*$/m, `dayZero: ${basename(EVENT, '.yaml')}`),
      [`content/events/copy/${basename(EVENT)}`]: event,
    },
    names: EVENT,
    says: new RegExp(`duplicate event id "${escapeRegExp(basename(EVENT, '.yaml'))}"`),
  },
  'a duplicate slug (an article in a sub-folder)': {
    edits: { [`content/articles/2024/${story.slug}.mdx`]: article },
    names: `content/articles/2024/${story.slug}.mdx`,
    says: /must be a URL slug/,
  },
  "a strike whose place its timeline's map does not mark": {
    edits: { [MAP]: (text) => changed(text, `  - ${otherStruck}\n`, '') },
    names: OTHER_STRIKE,
    says: new RegExp(`a strike at "${otherStruck}", but the timeline's map "${escapeRegExp(timeline.map)}" does not mark that place`),
  },
  'an event newer than the updated date of a story that shows its timeline': {
    edits: { [LATE_EVENT]: changed(event, /^date: .*$/m, `date: ${dayAfterUpdate}`).replace(/^key: true\n/m, '') },
    names: ARTICLE,
    says: new RegExp(
      `(updatedAt|publishedAt): \\d{4}-\\d{2}-\\d{2} is before the event ${escapeRegExp(LATE_EVENT)} \\(${dayAfterUpdate}\\) .*bring "What we know" up to date`,
    ),
  },
  // Drawing mistakes, each in its own copy of the map or the article, so each is found alongside the rest.
  'a headline too long for the share image, without a shareTitle': {
    edits: {
      [LONG_HEADLINE]: changed(
        article,
        /^title: .*$/m,
        'title: "White House reveals that Russia has used North Korean short-range ballistic missiles, launchers and ammunition in its recent strikes against Kharkiv, Zaporizhzhia and other cities across Ukraine"',
      ),
    },
    names: LONG_HEADLINE,
    says: /title is too long for the share image: .*add a shorter `shareTitle`/,
  },
  'a focus country the borders data does not have': {
    edits: { [mapCopy('no-country')]: changed(map, /^focusCountry: .*$/m, 'focusCountry: XUK') },
    names: mapCopy('no-country'),
    says: /focusCountry XUK is not a country in the borders data/,
  },
  'a marked place outside the extent': {
    edits: { [mapCopy('far-place')]: changed(map, /^places:\n/m, `places:\n  - ${farPlace}\n`) },
    names: mapCopy('far-place'),
    says: new RegExp(`${farPlace} lie outside its extent`),
  },
  'a preset off the map': {
    edits: { [mapCopy('far-preset')]: /^presets:\n/m.test(map) ? changed(map, /^presets:\n/m, `presets:\n${farPreset}`) : `${map}presets:\n${farPreset}` },
    names: mapCopy('far-preset'),
    says: new RegExp(`presets "Far away" \\(${escapeRegExp(String(antipode.lat))}, ${escapeRegExp(String(antipode.lon))}\\) lie outside the map`),
  },
  "a place credited to GeoNames far from GeoNames' point": {
    // 0.2° of latitude north: about 22 km.
    edits: { [copyOf(PLACE, 'moved')]: changed(read(PLACE), /^lat: .*$/m, `lat: ${(Number(/^lat: (.*)$/m.exec(read(PLACE))![1]) + 0.2).toFixed(3)}`) },
    names: copyOf(PLACE, 'moved'),
    says: new RegExp(`lat and lon .* are 2\\d\\.\\d km from GeoNames ${geoNamesIdOf(PLACE)}, .*expected within 5 km`),
  },
  'a place credited to a GeoNames id that does not exist': {
    edits: { [copyOf(PLACE, 'no-id')]: changed(read(PLACE), /^source: GeoNames \d+/m, 'source: GeoNames 999999999') },
    names: copyOf(PLACE, 'no-id'),
    says: /source names GeoNames 999999999, which is not a GeoNames town/,
  },
  'a town name several GeoNames towns share': {
    edits: { [mapCopy('same-name-town')]: changed(map, /^places:\n/m, 'places:\n  - Springfield\n') },
    names: mapCopy('same-name-town'),
    says: /places\[0\] "Springfield" names \d+ GeoNames towns: .*Springfield, US · Illinois \(GeoNames 4250542\).*write "GeoNames <id>", or add the country code or region after a comma/,
  },
  'a town name no GeoNames town has': {
    edits: { [mapCopy('unknown-town')]: changed(map, /^places:\n/m, 'places:\n  - Nowhere Atlantis\n') },
    names: mapCopy('unknown-town'),
    says: /places\[0\] "Nowhere Atlantis" is neither a place id nor the name of a GeoNames town/,
  },
  'a timeline whose map its article does not show': {
    edits: { [ARTICLE]: (text) => changed(text, mapTag(timeline.map), '') },
    names: ARTICLE,
    says: new RegExp(`<Timeline id="${escapeRegExp(timeline.id)}"> works with the map "${escapeRegExp(timeline.map)}" .* but the article does not show it`),
  },
};

/** Mistakes found while compiling: one real build each (the MDX check stops the build before the content gate). */
const buildMistakes: Record<string, Mistake> = {
  'an unclosed MDX tag': {
    files: { [ARTICLE]: changed(article, mapTag(otherMap), '<aside class="editors-note">\n\nNo closing tag.\n') },
    names: ARTICLE,
    says: /(closing tag|Expected a closing tag|end of file)/i,
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
  // One `astro sync` per collection: the content check the build starts with lists every refused file of a collection.
  describe.each([...schemaMistakesByCollection])('in content/%s/, the content check the build starts with', (_, mistakes) => {
    let output = '';
    let ok = true;
    beforeAll(() => {
      ({ ok, output } = buildWithContent(Object.fromEntries(mistakes.map(([, m]) => [m.file, m.text])), undefined, { command: 'sync' }));
    }, 120_000);
    it.each(mistakes)('fails for %s, naming the file and what is wrong', (_, mistake) => {
      expect(ok).toBe(false);
      expect(itemFor(output, mistake.file), output).toMatch(mistake.says);
    });
  });

  describe('broken references and content that cannot be drawn, all in one build', () => {
    let output = '';
    let ok = true;
    beforeAll(() => {
      ({ ok, output } = buildWithContent(combined(Object.values(referenceMistakes).map((mistake) => mistake.edits))));
    }, 180_000);
    it('reports them together, as one list of problems in many files, before any page renders', () => {
      expect(ok).toBe(false);
      const files = new Set(Object.values(referenceMistakes).map((mistake) => mistake.names));
      expect(files.size).toBeGreaterThan(5);
      expect(output).toMatch(new RegExp(`Content cannot be published: (\\d+) problems`));
      expect(Number(/Content cannot be published: (\d+) problems/.exec(output)![1])).toBeGreaterThanOrEqual(Object.keys(referenceMistakes).length);
      expect(output).not.toMatch(/[├└]─ \/articles\//);
    });
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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the build and content/', () => {
  // One real build checks both: what it writes (never into content/) and what a correction does to the page.
  it('renders corrections as "Correction" notes and moves the updated date, and never writes into content/', () => {
    // A month after the story was last updated, so the correction is its newest date.
    const updated = builtPage(story.route).querySelector('[data-updated] time')?.getAttribute('datetime') ?? isoDay(contentArticle(story.slug).publishedAt);
    const date = new Date(Date.parse(updated) + 30 * 86_400_000);
    const corrected = changed(
      article,
      /^(publishedAt: .*\n)/m,
      `$1corrections:\n  - date: ${isoDay(date)}\n    text: An earlier version gave the wrong day for the second launch.\n`,
    );
    const result = buildWithContent({ [ARTICLE]: corrected }, (dist) => ({
      html: readFileSync(join(dist, story.route, 'index.html'), 'utf8'),
      content: fileDigests(join(dist, '..', 'content')),
    }));
    expect(result.ok, result.output).toBe(true);
    // content/ after the build is the copy's content/ as written: every file as it is, the article as edited.
    const edited = ARTICLE.replace(/^content\//, '');
    const expected = fileDigests(join(ROOT, 'content')).map((line) => (line.startsWith(`${edited} `) ? `${edited} ${sha256(corrected)}` : line));
    expect(result.inspected!.content).toEqual(expected);
    const page = parseHtml(result.inspected!.html);
    expect(page.querySelector('[data-corrections] p')!.text).toBe(
      `Correction (${formatLongDate(date)}): An earlier version gave the wrong day for the second launch.`,
    );
    expect(page.querySelector('[data-updated] time')!.getAttribute('datetime')).toBe(isoDay(date));
    expect(JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text).dateModified).toBe(`${isoDay(date)}T00:00:00.000Z`);
  }, 120_000);
});
