import { describe, expect, it } from 'vitest';
import { articleScaffold, escapeMdxText, parseWireStory, slugFromHeadline } from '../../src/lib/wire-story.ts';
import { yamlFrontmatter, parseYamlStrictly } from '../../src/lib/yaml-data.ts';
import { articleSchema } from '../../src/lib/schemas/article.ts';
import { mdxBodyProblems } from '../../src/lib/content/mdx-body.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/dist.ts';
import { wireCopies } from '../helpers/wire.ts';

/**
 * Wire stories as editors receive them: every copy kept in content/wire/, so a new story adds its own,
 * and the hostile fixture, whose lines look like code and markup to MDX.
 */
const HOSTILE = 'tests/fixtures/hostile-wire.txt';
const contentWire = wireCopies();
const wireTexts: [string, string][] = [
  ...contentWire.map(({ slug, text }): [string, string] => [`content/wire/${slug}.txt`, text]),
  [HOSTILE, readFileSync(join(ROOT, HOSTILE), 'utf8')],
];

/** The story's non-blank lines, trimmed: the format says the first is the headline and every other a paragraph. */
const nonBlankLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

describe('content/wire', () => {
  it('keeps at least one real wire story to test with', () => {
    expect(contentWire.length, 'content/wire/ holds no wire story (*.txt)').toBeGreaterThan(0);
  });
});

describe('parseWireStory', () => {
  it.each(wireTexts)('takes the first line of %s as the headline and every further line as a paragraph', (_, text) => {
    const story = parseWireStory(text);
    const [headline, ...paragraphs] = nonBlankLines(text);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(story.headline).toBe(headline);
    expect(story.paragraphs).toEqual(paragraphs);
  });

  it('ignores blank lines, Windows line ends and a byte-order mark', () => {
    expect(parseWireStory('\uFEFFHeadline\r\n\r\nOne.\r\nTwo.\r\n')).toEqual({ headline: 'Headline', paragraphs: ['One.', 'Two.'] });
  });

  it('refuses a line that is not plain text, naming the line and the character', () => {
    expect(() => parseWireStory('Headline\nOne.\nTwo\u000b.\n')).toThrow(/line 3 contains U\+000B \(a control character\) at character 4/);
    expect(() => parseWireStory('Head\ud800line\nOne.\n')).toThrow(/line 1 contains U\+D800 \(a lone surrogate\)/);
  });

  it('refuses an empty story and a headline with no paragraphs', () => {
    expect(() => parseWireStory(' \n\n')).toThrow(/empty/);
    expect(() => parseWireStory('Only a headline\n')).toThrow(/no paragraphs/);
  });
});

describe('slugFromHeadline', () => {
  it('makes a short, readable slug: six words at most, small words left out', () => {
    expect(slugFromHeadline("White House Reveals Russia's Use of North Korean Missiles in Recent Strikes")).toBe('white-house-reveals-russias-use-north');
    expect(slugFromHeadline('Kyiv’s café — 2 Jan')).toBe('kyivs-cafe-2-jan');
    expect(slugFromHeadline('Of the and')).toBe('of-the-and');
  });

  it('stays within 60 characters, cut at a word', () => {
    const slug = slugFromHeadline('Internationalisation counterrevolutionaries disproportionately mischaracterised everything');
    expect(slug).toBe('internationalisation-counterrevolutionaries');
    expect(slugFromHeadline('x'.repeat(80))).toBe('x'.repeat(60));
    for (const headline of ['A', 'Supercalifragilistic expialidocious words keep coming and coming and coming', 'Ein sehr langer Satz über Raketen']) {
      const made = slugFromHeadline(headline);
      expect(made.length).toBeLessThanOrEqual(60);
      expect(made.split('-').length).toBeLessThanOrEqual(6);
    }
  });

  it('refuses a headline with no letters or digits', () => {
    expect(() => slugFromHeadline('—!?')).toThrow(/--slug/);
  });
});

describe.each(wireTexts)('articleScaffold of %s', (_, text) => {
  const mdx = articleScaffold(parseWireStory(text), '2024-01-04');

  it('writes frontmatter that parses, and that the schema accepts only as a draft', () => {
    const data = parseYamlStrictly(yamlFrontmatter(mdx)!, 'scaffold') as Record<string, unknown>;
    // The wire's headline in the house's sentence case: its words, only their case changed (src/lib/sentence-case.ts).
    expect(String(data.title).toLowerCase()).toBe(parseWireStory(text).headline.toLowerCase());
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(articleSchema.safeParse({ ...data, draft: false }).success).toBe(false);
  });

  it('keeps every paragraph as its own block of text', () => {
    const body = mdx.split('\n---\n')[1]!;
    const paragraphs = nonBlankLines(text).slice(1);
    expect(body.trim().split(/\n\n/)).toHaveLength(paragraphs.length);
    expect(body.trim().split(/\n\n/)).toEqual(paragraphs.map(escapeMdxText));
  });

  it('writes a body the content gate accepts: nothing in it is code or refused HTML', () => {
    expect(mdxBodyProblems(mdx.split('\n---\n')[1]!)).toEqual([]);
  });
});

describe('articleScaffold', () => {
  it('escapes what MDX would read as code or markup', () => {
    expect(escapeMdxText('Costs {about} <50 and *rising*')).toBe('Costs \\{about\\} \\<50 and \\*rising\\*');
    expect(escapeMdxText('# not a heading')).toBe('\\# not a heading');
    expect(escapeMdxText('1. not a list')).toBe('1\\. not a list');
    expect(escapeMdxText('1) not a list')).toBe('1\\) not a list');
    expect(escapeMdxText('--- not a rule')).toBe('\\--- not a rule');
    expect(escapeMdxText('a \\ b & c')).toBe('a \\\\ b \\& c');
  });

  it('keeps import and export lines from being read as modules', () => {
    expect(escapeMdxText('export const x = 1')).toBe('&#101;xport const x = 1');
    expect(escapeMdxText("import fs from 'node:fs'")).toBe("&#105;mport fs from 'node:fs'");
    expect(escapeMdxText('Exports rose; imports fell')).toBe('Exports rose; imports fell');
  });

  it('keeps addresses from turning into links, with fragments that never start a line', () => {
    expect(escapeMdxText('See https://example.org or www.example.org, or write to a@b.org')).toBe(
      'See https<>:</>//example.org or www<>.</>example.org, or write to a<>@</>b.org',
    );
    expect(escapeMdxText('@handle')).toBe('@handle');
  });
});
