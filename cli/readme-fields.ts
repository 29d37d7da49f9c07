/**
 * `npm run readme-fields`: writes the README's table of every field of every content file from the zod
 * schemas themselves (src/lib/schemas/), between `<!-- fields:start -->` and `<!-- fields:end -->`. Each
 * field's meaning is its zod description, its type the `fieldType` its field type carries (or what the
 * schema says: a list of values, true or false). A test fails when the README differs from what this
 * writes, so the table cannot go stale; a field without a description stops it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z, type ZodType } from 'zod';
import { articleSchema } from '../src/lib/schemas/article.ts';
import { claimantSchema } from '../src/lib/schemas/claimant.ts';
import { eventSchema, timelineSchema } from '../src/lib/schemas/event.ts';
import { mapSchema } from '../src/lib/schemas/map.ts';
import { placeSchema } from '../src/lib/schemas/place.ts';
import { source } from '../src/lib/schemas/fields.ts';

const START = '<!-- fields:start -->';
const END = '<!-- fields:end -->';

/** Every content file, as the README names it, with its schema. */
const FILES: { name: string; where: string; schema: ZodType }[] = [
  { name: 'Article', where: 'frontmatter of `content/articles/<slug>.mdx`', schema: articleSchema },
  { name: 'Place', where: '`content/places/<id>.yaml`', schema: placeSchema },
  { name: 'Map', where: '`content/maps/<id>.yaml`', schema: mapSchema },
  { name: 'Event', where: '`content/events/<timeline id>/<YYYY-MM-DD>-<name>.yaml`', schema: eventSchema },
  { name: 'Timeline', where: '`content/timelines/<id>.yaml`', schema: timelineSchema },
  { name: 'Claimant', where: '`content/claimants/<id>.yaml`', schema: claimantSchema },
  { name: 'Source', where: 'each item of a `sources` list', schema: source },
];

interface Row {
  field: string;
  required: boolean;
  type: string;
  meaning: string;
}

type Def = { type: string; innerType?: ZodType; in?: ZodType; element?: ZodType; shape?: Record<string, ZodType>; entries?: Record<string, string> };
const defOf = (schema: ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const fieldTypeOf = (schema: ZodType) => z.globalRegistry.get(schema)?.fieldType as string | undefined;

/** The schema under `.optional()`, and whether there was one. */
function unwrap(schema: ZodType): { inner: ZodType; optional: boolean } {
  const def = defOf(schema);
  return def.type === 'optional' ? { inner: def.innerType!, optional: true } : { inner: schema, optional: false };
}

/** The words for a field's type: its field type's own, or what the schema is. */
function typeWords(schema: ZodType): string {
  const named = fieldTypeOf(schema);
  if (named) return named;
  const def = defOf(schema);
  if (def.type === 'enum')
    return `one of ${Object.values(def.entries!)
      .map((value) => `\`${value}\``)
      .join(', ')}`;
  if (def.type === 'boolean') return '`true` or `false`';
  if (def.type === 'object') return 'group of the fields below';
  if (def.type === 'array') {
    const element = defOf(def.element!);
    if (def.element === source) return 'list of sources (see Source)';
    return element.type === 'object' ? 'list; each item has the fields below' : `list of: ${typeWords(def.element!)}`;
  }
  if (def.type === 'pipe') return typeWords(def.in!);
  throw new Error(`cli/readme-fields.ts: no words for a ${def.type} field; give its type a fieldType`);
}

/** The rows of an object schema, nested fields after their parent (`launch.label`, `ranges[].km`). */
function rows(schema: ZodType, prefix = ''): Row[] {
  return Object.entries(defOf(schema).shape!).flatMap(([key, field]) => {
    const { inner, optional } = unwrap(field);
    const name = `${prefix}${key}`;
    const meaning = field.description ?? inner.description;
    if (!meaning) throw new Error(`cli/readme-fields.ts: the field ${name} has no description; add .describe('…') to it in src/lib/schemas/`);
    const row = { field: name, required: !optional, type: fieldTypeOf(field) ?? typeWords(inner), meaning };
    const def = defOf(inner);
    if (def.type === 'object') return [row, ...rows(inner, `${name}.`)];
    if (def.type === 'array' && def.element !== source && defOf(def.element!).type === 'object') return [row, ...rows(def.element!, `${name}[].`)];
    return [row];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The block the README holds between its markers: one table per content file. */
export function fieldTables(): string {
  const tables = FILES.map(({ name, where, schema }) =>
    [
      `**${name}** (${where})`,
      '',
      '| Field | Required | Type | Meaning |',
      '| --- | --- | --- | --- |',
      ...rows(schema).map((row) => `| \`${row.field}\` | ${row.required ? 'yes' : 'no'} | ${cell(row.type)} | ${cell(row.meaning)} |`),
    ].join('\n'),
  );
  return [START, '', 'Generated from `src/lib/schemas/` by `npm run readme-fields`; edit the schemas, not this table.', '', tables.join('\n\n'), '', END].join(
    '\n',
  );
}

/** The README with its field tables replaced by what the schemas say now. */
export function withFieldTables(readme: string): string {
  const [start, end] = [readme.indexOf(START), readme.indexOf(END)];
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(0, start) + fieldTables() + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(path, withFieldTables(readFileSync(path, 'utf8')));
  console.log('README.md: field tables written from src/lib/schemas/');
}
