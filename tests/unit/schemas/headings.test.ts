/**
 * Headlines and headings are in the house's sentence case, in every content file that writes one: the
 * schema refuses a Title Case one, naming the field and the fix. Names and labels that are not headings
 * (a place, a claimant, a launch label) may be capitalised as their owners write them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { ROOT } from '../../../tools/dist.ts';
import { schemaProblems } from '../../helpers/schema.ts';
import { parseYamlStrictly, yamlFrontmatter } from '../../../src/lib/yaml-data.ts';
import { articleSchema } from '../../../src/lib/schemas/article.ts';
import { mapSchema } from '../../../src/lib/schemas/map.ts';
import { eventSchema, timelineSchema } from '../../../src/lib/schemas/event.ts';
import { claimantSchema } from '../../../src/lib/schemas/claimant.ts';
import { placeSchema } from '../../../src/lib/schemas/place.ts';

/** Each collection: its schema, the fields a page shows as a headline or heading, and names that are not headings. */
const collections: { folder: string; schema: ZodType; headings: string[]; names: string[] }[] = [
  { folder: 'articles', schema: articleSchema, headings: ['title', 'shareTitle'], names: [] },
  { folder: 'maps', schema: mapSchema, headings: ['title'], names: [] },
  { folder: 'events', schema: eventSchema, headings: ['title'], names: [] },
  { folder: 'timelines', schema: timelineSchema, headings: ['title'], names: [] },
  { folder: 'claimants', schema: claimantSchema, headings: [], names: ['name'] },
  { folder: 'places', schema: placeSchema, headings: [], names: ['name'] },
];

const TITLE_CASE = 'North Korean Missiles Strike Ukraine Again';
const SENTENCE_CASE = 'North Korean missiles strike Ukraine again';

/** The first file of a collection, as the editor wrote it. */
function firstFile(folder: string): Record<string, unknown> {
  const [file] = readdirSync(join(ROOT, 'content', folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .sort();
  if (!file) throw new Error(`content/${folder}/ is empty`);
  const text = readFileSync(join(ROOT, 'content', folder, file), 'utf8');
  return parseYamlStrictly(file.endsWith('.mdx') ? (yamlFrontmatter(text) ?? '') : text, file) as Record<string, unknown>;
}

describe.each(collections)('content/$folder', ({ folder, schema, headings, names }) => {
  const data = firstFile(folder);

  it.each(headings)('refuses a %s in Title Case, naming the field and the fix; accepts it in sentence case', (field) => {
    expect(schemaProblems(schema, { ...data, [field]: TITLE_CASE })).toEqual([
      `${field}: "${TITLE_CASE}" is in Title Case; headings are in sentence case: capitalise the first word and names only (README, "Add an article")`,
    ]);
    expect(schemaProblems(schema, { ...data, [field]: SENTENCE_CASE })).toEqual([]);
  });

  it.each(names)('accepts a %s capitalised as its owner writes it', (field) => {
    expect(schemaProblems(schema, { ...data, [field]: 'United Nations Security Council Panel' })).toEqual([]);
  });
});
