/**
 * Titles, names and labels read as they look, in every content file: each such field refuses a bidi
 * control, an invisible character and a word over 60 characters, naming the field; prose keeps the
 * direction marks and joiners scripts need, but not a control that reorders it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { ROOT } from '../../../tools/dist.ts';
import { schemaProblems } from '../../helpers/schema.ts';
import { parseYamlStrictly, yamlFrontmatter } from '../../../src/lib/yaml-data.ts';
import { articleSchema } from '../../../src/lib/schemas/article.ts';
import { placeSchema } from '../../../src/lib/schemas/place.ts';
import { mapSchema } from '../../../src/lib/schemas/map.ts';
import { eventSchema, timelineSchema } from '../../../src/lib/schemas/event.ts';
import { claimantSchema } from '../../../src/lib/schemas/claimant.ts';

type Path = (string | number)[];

/** Each collection: its files, its schema, its title, name and label fields, and one prose field. */
const collections: { folder: string; schema: ZodType; labels: Path[]; prose: Path }[] = [
  { folder: 'articles', schema: articleSchema, labels: [['title'], ['shareTitle'], ['sources', 0, 'publisher'], ['sources', 0, 'title']], prose: ['dek'] },
  { folder: 'places', schema: placeSchema, labels: [['name']], prose: ['note'] },
  {
    folder: 'maps',
    schema: mapSchema,
    labels: [['title'], ['launch', 'label'], ['presets', 0, 'label'], ['ranges', 0, 'label'], ['launch', 'sources', 0, 'publisher']],
    prose: ['description'],
  },
  { folder: 'events', schema: eventSchema, labels: [['title'], ['sources', 0, 'publisher'], ['sources', 0, 'title']], prose: ['text'] },
  { folder: 'timelines', schema: timelineSchema, labels: [['title']], prose: [] },
  { folder: 'claimants', schema: claimantSchema, labels: [['name'], ['shortName']], prose: [] },
];

function contentFiles(folder: string): string[] {
  return readdirSync(join(ROOT, 'content', folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ya?ml|mdx)$/.test(file))
    .sort()
    .map((file) => `content/${folder}/${file}`);
}

/** The file's data as the editor wrote it, before the schema reads it. */
function asWritten(file: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return parseYamlStrictly(file.endsWith('.mdx') ? (yamlFrontmatter(text) ?? '') : text, file) as Record<string, unknown>;
}

/** A copy of the data with the string at `path` set, when the data has what leads there. */
function withText(data: Record<string, unknown>, path: Path, text: string): Record<string, unknown> | undefined {
  const copy = structuredClone(data);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') return undefined;
    node = node[key] as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = text;
  return copy;
}

const LONG_WORD = 'x'.repeat(61);

const cases = collections.flatMap(({ folder, schema, labels, prose }) =>
  contentFiles(folder).map((file) => ({ file, schema, labels, prose, data: asWritten(file) })),
);

describe('content', () => {
  it('has files in every collection', () => {
    for (const { folder } of collections) expect(contentFiles(folder).length, `content/${folder}/ is empty`).toBeGreaterThan(0);
  });
});

describe.each(cases)('$file', ({ schema, labels, prose, data }) => {
  it('is accepted as written', () => {
    expect(schemaProblems(schema, data)).toEqual([]);
  });

  it.each([
    ['a right-to-left override', 'Kyiv \u202Egpj.exe', /^contains U\+202E \(a bidi control, which reorders the text after it\) at character 6; delete it/],
    ['a left-to-right isolate', '\u2066Kyiv\u2069', /^contains U\+2066 \(a bidi control/],
    ['a right-to-left mark', 'Kyiv\u200F', /^contains U\+200F \(an invisible direction mark\) at character 5/],
    ['a zero-width space', 'Ky\u200Biv', /^contains U\+200B \(an invisible character\) at character 3/],
    ['a zero-width joiner', 'Ky\u200Div', /^contains U\+200D \(an invisible character\)/],
    ['a byte order mark', 'Ky\uFEFFiv', /^contains U\+FEFF \(an invisible character\)/],
    ['a word joiner', 'Ky\u2060iv', /^contains U\+2060 \(an invisible character\)/],
    ['a tag character', 'Kyiv\u{E0041}', /^contains U\+E0041 \(an invisible character\)/],
    ['a Hangul filler', 'Kyiv \u3164', /^contains U\+3164 \(an invisible character\)/],
    [
      'a 61-character word',
      `The ${LONG_WORD} city`,
      /^has a 61-character word starting "x{20}…"; a word in a title, name or label may have at most 60 characters/,
    ],
  ])('refuses %s in each title, name and label, naming the field', (_, text, says) => {
    for (const path of labels) {
      const changed = withText(data, path, text);
      if (!changed) continue;
      const field = path.join('.');
      const found = schemaProblems(schema, changed).filter((problem) => problem.startsWith(`${field}: `));
      expect(
        found.map((problem) => problem.slice(field.length + 2)),
        field,
      ).toEqual([expect.stringMatching(says)]);
    }
  });

  it('accepts a 60-character word in a label, and in prose a direction mark and a joiner but no bidi control', () => {
    for (const path of labels) {
      const changed = withText(data, path, `The ${'x'.repeat(60)} city`);
      if (changed) expect(schemaProblems(schema, changed), path.join('.')).toEqual([]);
    }
    if (prose.length === 0) return;
    expect(schemaProblems(schema, withText(data, prose, 'A quote\u200F, with a joiner: \u{1F468}\u200D\u{1F469}.'))).toEqual([]);
    expect(schemaProblems(schema, withText(data, prose, 'A \u202Equote.'))).toEqual([
      expect.stringMatching(new RegExp(`^${prose.join('.')}: contains U\\+202E \\(a bidi control`)),
    ]);
  });
});
