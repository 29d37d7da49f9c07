/**
 * The README lists every field of every content file, as the schemas define it: its block of field tables
 * is exactly what `npm run readme-fields` writes from src/lib/schemas/, so a field added, removed or
 * re-described without updating the README fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';
import { fieldTables, withFieldTables } from '../../cli/readme-fields.ts';
import { eventSchema, timelineSchema } from '../../src/lib/schemas/event.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README: every field of every content file', () => {
  it('holds the field tables the schemas give (run `npm run readme-fields` to update them)', () => {
    expect(readme).toContain(fieldTables());
    expect(withFieldTables(readme)).toBe(readme);
  });

  it('lists every field of an event and a timeline, sameDayOrder included', () => {
    const tables = fieldTables();
    for (const field of [...Object.keys(eventSchema.shape), ...Object.keys(timelineSchema.shape)]) expect(tables).toContain(`| \`${field}\` |`);
    expect(tables).toContain('| `sameDayOrder` | no |');
  });
});
