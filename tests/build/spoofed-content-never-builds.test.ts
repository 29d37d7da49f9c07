/**
 * Spoofed or unbreakable text never builds: invisible characters and over-long words in titles, names
 * and labels, hostile source addresses, and content files whose names are not already ids. Each case
 * goes through `astro sync`, the build's first step, which loads and validates every content file as
 * the build does (see bad-content-never-builds.test.ts). The build stops at the first file it refuses,
 * but reports every mistake in that file: so the cases are batched, one file of many mistakes per run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { contentIds } from '../../tools/content.ts';
import { storyWithStrikeMap } from '../helpers/stories.ts';
import { changed } from '../helpers/fixture-edit.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const { story, timeline } = storyWithStrikeMap();
const MAP = `content/maps/${timeline.map}.yaml`;
const PLACE = `content/places/${contentIds('places')[0]}.yaml`;
const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(2).slice(0, 61);

/** Every hostile address, with what the build must say about it. */
const hostileUrls: [string, RegExp][] = [
  ['https://аpple.com/', /must write its host in ASCII, as IDNA \(punycode\) spells it \(xn--pple-43d\.com\)/],
  ['https://xn--pple-43d.com/', /label "аpple" mixes Cyrillic and Latin letters/],
  ['https://2130706433/', /not an IP address \(got 127\.0\.0\.1\)/],
  ['https://0x7f000001/', /not an IP address \(got 127\.0\.0\.1\)/],
  ['https://0177.0.0.1/', /not an IP address \(got 127\.0\.0\.1\)/],
  ['https://[::1]/', /not an IP address \(got \[::1\]\)/],
  ['https://127.0.0.1.nip.io/', /not an IP address \(got 127\.0\.0\.1\.nip\.io, which spells the address 127\.0\.0\.1/],
  ['https://10-0-0-1.sslip.io/', /not an IP address \(got 10-0-0-1\.sslip\.io, which spells the address 10-0-0-1/],
  ['https://app.127.0.0.1.nip.io/', /not an IP address \(got app\.127\.0\.0\.1\.nip\.io/],
  ['https://7f000001.nip.io/', /every name under nip\.io is an address in disguise/],
  ['https://example.com\\@evil.com/', /must not contain a backslash/],
  ['https://user@example.com/', /must not contain a user name or password/],
  ['https://example.com:0/', /must not name a port \(got :0\)/],
  ['https://localhost/', /not a local or private network name \(got localhost\)/],
  ['https://foo.internal/', /not a local or private network name \(got foo\.internal\)/],
  ['https://com/', /must name a registrable domain under a public suffix \(Public Suffix List\), got com/],
  ['https://www.reuters.com/a\u200bb', /contains U\+200B \(an invisible character\)/],
];

const hostileSources = hostileUrls
  .map(([url], i) => `  - publisher: "Hostile ${i}"\n    url: ${JSON.stringify(url)}\n    evidence:\n      - "Nothing."\n`)
  .join('');
const viaSource = `  - publisher: "Hostile via"\n    url: "https://example.org/"\n    via: "https://10.0.0.8/copy"\n    evidence:\n      - "Nothing."\n`;

interface Run {
  files: Record<string, string>;
  /** The file the message must name, and each `field: message` it must give. */
  names: string;
  says: RegExp[];
}

const runs: Record<string, Run> = {
  'an article with a bidi override in its title, a 61-character word in its share title and hostile source hosts': {
    files: {
      [story.file]: changed(
        changed(story.text, /^title: .*$/m, `title: "Reveals \u202Eelif.exe"\nshareTitle: "A ${LONG_WORD} headline"`),
        /^sources:\n/m,
        `sources:\n${hostileSources}${viaSource}`,
      ),
    },
    names: story.file,
    says: [
      /title: contains U\+202E \(a bidi control, which reorders the text after it\) at character 9; delete it/,
      new RegExp(`shareTitle: has a 61-character word starting "${LONG_WORD.slice(0, 20)}…"; a word in a title, name or label may have at most 60 characters`),
      ...hostileUrls.map(([, says], i) => new RegExp(`sources\\.${i}\\.url: .*${says.source}`)),
      new RegExp(`sources\\.${hostileUrls.length}\\.via: must name a public host, not an IP address \\(got 10\\.0\\.0\\.8\\)`),
    ],
  },
  'a place with a zero-width space in its name and a source page on a disguised IP address': {
    files: {
      [PLACE]: `${changed(read(PLACE), /^name: (.*)$/m, 'name: "$1\u200B"')}sourceUrl: https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/page\n`,
    },
    names: PLACE,
    says: [/name: contains U\+200B \(an invisible character\)/, /sourceUrl: must name a public host, not an IP address .*spells the address 15-188-152-128/],
  },
  'a map with a bidi isolate in its launch label and a 61-character word in a range label': {
    files: {
      [MAP]: changed(changed(read(MAP), /^( {2}label: )(.*)$/m, '$1"\u2067$2"'), /^(ranges:\n\s+- km: .*\n\s+label: )(.*)$/m, `$1"$2 ${LONG_WORD}"`),
    },
    names: MAP,
    says: [/launch\.label: contains U\+2067 \(a bidi control/, /ranges\.0\.label: has a 61-character word/],
  },
  'an article file named with spaces and capitals': {
    files: { 'content/articles/Foo Bar.mdx': story.text },
    names: 'content/articles/Foo Bar.mdx',
    says: [/the file name is not a valid id .* so it would be published under another address; rename it foo-bar\.mdx/],
  },
  'an article file named with an accented capital': {
    files: { 'content/articles/ÜberX.mdx': story.text },
    names: 'content/articles/ÜberX.mdx',
    says: [/the file name is not a valid id .*; rename it uberx\.mdx/],
  },
};

describe('spoofed or unbreakable text never builds', () => {
  it.each(Object.entries(runs))(
    '%s: the build fails, naming the file and each field',
    (_, run) => {
      const result = buildWithContent(run.files, undefined, { command: 'sync' });
      expect(result.ok).toBe(false);
      expect(result.output).toContain(run.names);
      for (const says of run.says) expect(result.output, says.source).toMatch(says);
    },
    120_000,
  );
});
