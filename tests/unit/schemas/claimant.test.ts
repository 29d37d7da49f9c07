import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tools/dist.ts';
import { schemaProblems } from '../../helpers/schema.ts';
import { CLAIMANT_KINDS, claimantSchema } from '../../../src/lib/schemas/claimant.ts';
import { contentClaimants, contentEvents } from '../../helpers/events.ts';

describe('claimant files', () => {
  it('accept a display name and a kind from the list', () => {
    expect(schemaProblems(claimantSchema, { name: "Iran's foreign ministry", kind: 'government', shortName: 'Iran' })).toEqual([]);
  });

  it('refuse a kind not on the list, naming the kinds an editor may use', () => {
    expect(schemaProblems(claimantSchema, { name: 'A think tank', kind: 'think-tank', shortName: 'A think tank' })).toEqual([
      `kind: must be one of: ${CLAIMANT_KINDS.join(', ')}; got "think-tank"`,
    ]);
    expect(schemaProblems(claimantSchema, { kind: 'analysts', shortName: 'Analysts', plural: true })[0]).toMatch(/^name:/);
  });

  it('refuse a claimant with no short name, which timeline entries lead with ("US says")', () => {
    expect(schemaProblems(claimantSchema, { name: 'US government', kind: 'government' })[0]).toMatch(/^shortName:/);
  });

  it('name every claimant the real timelines use', () => {
    const claimants = contentClaimants();
    for (const timeline of readdirSync(join(ROOT, 'content/events'))) {
      for (const event of contentEvents(timeline)) expect(claimants.has(event.claimant), `${timeline}/${event.id}`).toBe(true);
    }
  });
});
