/** The README's table of values an editor chooses from names every value the schemas allow. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';
import { CONFIDENCE_LEVELS, EVENT_KINDS, PLACE_SCOPES } from '../../src/lib/schemas/event.ts';
import { CLAIMANT_KINDS } from '../../src/lib/schemas/claimant.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Values an editor chooses from'), readme.indexOf('\n## ', readme.indexOf('## Values an editor chooses from') + 1));
/** The table row for a file's field: its allowed values, each in backticks. */
const listed = (file: string, field: string) => {
  const row = table.split('\n').find((line) => line.startsWith(`| ${file} | \`${field}\` |`));
  return [...(row?.split('|')[3] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
};

describe('README: values an editor chooses from', () => {
  it.each([
    ['event', 'kind', EVENT_KINDS],
    ['event', 'confidence', CONFIDENCE_LEVELS],
    ['event', 'placeScope', PLACE_SCOPES],
    ['claimant', 'kind', CLAIMANT_KINDS],
  ] as const)('lists every %s %s, and nothing else', (file, field, values) => {
    expect(listed(file, field)).toEqual([...values]);
  });
});
