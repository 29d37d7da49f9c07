import { z } from 'zod';
import { label, oneOf } from './fields.ts';

/**
 * What kind of body a claimant is. A reader weighs "prosecutors say" differently from "state media say",
 * so the kind is content an editor chooses from a fixed list, not free text.
 */
export const CLAIMANT_KINDS = [
  'government',
  'governments',
  'military',
  'prosecutors',
  'police',
  'un-body',
  'intergovernmental',
  'analysts',
  'media',
  'state-media',
] as const;

/** Who a timeline entry's claim comes from. Its id is its file name in content/claimants/. */
export const claimantSchema = z.strictObject({
  name: label.describe('As the timeline prints it before the attribution: `US government`'),
  kind: oneOf(CLAIMANT_KINDS).describe('What kind of body it is'),
  shortName: label.describe('A few words a timeline entry says it with: `US` for "US says", `UN monitors` for "UN monitors found"'),
  plural: z.boolean().optional().describe('`true` when the short name takes a plural verb: "Analysts say", not "Analysts says"'),
});

export type ClaimantData = z.output<typeof claimantSchema>;
