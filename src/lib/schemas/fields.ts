/**
 * Field types shared by every content schema. Pure zod, no Astro: unit tests import these directly.
 * Messages are written for an editor who has the file open, so they say what is expected.
 */
import { z } from 'zod';
import { isoDay, parseIsoDay } from '../dates.ts';
import { MAX_EXCERPT_WORDS, wordCount } from '../evidence/excerpt.ts';
import { plainTextProblem } from '../plain-text.ts';
import { publicUrlProblem } from '../public-url.ts';
import { SLUG } from '../slug.ts';
import { titleCaseProblem } from '../sentence-case.ts';
import { invisibleCharacterProblem, longWordProblem, reorderingControlProblem } from '../visible-text.ts';

/**
 * A calendar day. YAML turns an unquoted `2024-01-04` into a Date at UTC midnight and leaves an
 * impossible one such as `2023-12-32` as a string, so both arrive here and both are checked.
 */
export const calendarDay = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? String(value) : isoDay(value)) : value;
    const date = parseIsoDay(text);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a real calendar date; write it as YYYY-MM-DD, e.g. 2024-01-04` });
      return z.NEVER;
    }
    return date;
  })
  .meta({ fieldType: 'date, `YYYY-MM-DD`' });

/**
 * One value from a fixed list an editor chooses from. An unknown value's message lists every allowed one,
 * so the editor need not open the schema: `must be one of: test, strike, …; got "strke"`.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `must be one of: ${values.join(', ')}; got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}`,
  });
}

/**
 * Field types carry `fieldType`, the words the README's table of fields (cli/readme-fields.ts) gives
 * them; each field carries its meaning as its zod description. Both reach every schema derived from them.
 */

/** Text an editor typed: not empty, and plain text (see src/lib/plain-text.ts). */
const typedText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    const problem = plainTextProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Prose an editor typed, with no bidi control reordering it; direction marks and joiners stay, as scripts need them (see src/lib/visible-text.ts). */
export const nonEmptyText = typedText
  .superRefine((text, ctx) => {
    const problem = reorderingControlProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ fieldType: 'text' });

/**
 * A title, name or label: what reaches <title>, og:title, feeds, map labels and share images. Besides
 * being typed text, it holds no invisible character at all and no word too long to wrap (see src/lib/visible-text.ts).
 */
export const label = typedText
  .superRefine((text, ctx) => {
    for (const problem of [invisibleCharacterProblem(text), longWordProblem(text)]) {
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  })
  .meta({ fieldType: 'label: text with no invisible character and no word over 60 characters' });

/** An item of a map's `places`: a place id, or a GeoNames town by its name or as `GeoNames <id>` (src/lib/gazetteer/map-towns.ts). */
export const placeReference = label.meta({
  fieldType: 'a place id (`kyiv`), a GeoNames town’s name (`Lutsk`, `Springfield, Illinois`) or `GeoNames <id>`',
});

/** A headline or heading a page shows: a label in the house's sentence case (see src/lib/sentence-case.ts). */
export const headline = label
  .superRefine((text, ctx) => {
    const problem = titleCaseProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ fieldType: 'label in sentence case (not Title Case)' });

/** A source's address: https on a public, registrable host name written as it reads (see src/lib/public-url.ts). */
export const httpUrl = z
  .url({ protocol: /^https$/, error: 'must be an absolute https:// URL' })
  .superRefine((url, ctx) => {
    const problem = publicUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ fieldType: '`https://` address on a registrable public domain' });

/** Words copied verbatim from the source page: what the build checks quotes and figures against. */
export const excerpt = nonEmptyText
  .refine((text) => wordCount(text) <= MAX_EXCERPT_WORDS, {
    error: (issue) =>
      `an excerpt is at most ${MAX_EXCERPT_WORDS} words (this one has ${wordCount(String(issue.input))}); quote a sentence or two, not the article`,
  })
  .meta({ fieldType: `text, at most ${MAX_EXCERPT_WORDS} words` });

/**
 * Where a fact comes from. `title` is the page's real headline, as read on the page: left out when the
 * copy read shows none, never rebuilt from the URL. `date` is optional because some pages carry none
 * (never guess one). `evidence` holds what the page says, verbatim; `via` is the copy actually read when
 * it is not `url` (a republished or archived copy of the original).
 */
export const source = z.strictObject({
  publisher: label.describe('Who published it, the wire in parentheses: `The Hindu (AFP)`'),
  title: label
    .refine((title) => !/^\[.*\]$/su.test(title), 'a headline in brackets is a placeholder: leave `title` out when the page shows no headline')
    .optional()
    .describe('The page’s real headline as read on the page; left out when the copy read shows none'),
  url: httpUrl.describe('The original where the fact was found'),
  via: httpUrl.optional().describe('The copy actually read, when it is not `url` (a republished or archived copy)'),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u, 'must be a language tag such as ja or uk')
    .optional()
    .meta({ fieldType: 'language tag (BCP 47): `ja`, `uk`' })
    .describe('The page’s language when it is not English, so screen readers read the excerpts right'),
  date: calendarDay.optional().describe('The date the page shows; left out when it shows none (never guessed)'),
  evidence: z
    .array(excerpt, { error: 'give the evidence: one or more excerpts copied word for word from the source page' })
    .min(1, 'give the evidence: one or more excerpts copied word for word from the source page')
    .describe('One or more excerpts copied word for word from the page: what quotes and figures are checked against'),
});

export type Source = z.output<typeof source>;

const finiteNumber = (what: string) => z.number({ error: (issue) => `must be ${what}, got ${JSON.stringify(issue.input) ?? 'nothing'}` });

export const latitude = finiteNumber('a latitude in degrees')
  .refine((v) => v >= -90 && v <= 90, {
    error: (issue) => `latitude must be between -90 and 90, got ${issue.input}`,
  })
  .meta({ fieldType: 'number, degrees from -90 to 90' });

export const longitude = finiteNumber('a longitude in degrees')
  .refine((v) => v >= -180 && v <= 180, {
    error: (issue) => `longitude must be between -180 and 180, got ${issue.input}`,
  })
  .meta({ fieldType: 'number, degrees from -180 to 180' });

export const positiveKm = finiteNumber('a distance in kilometres')
  .refine((v) => v > 0, {
    error: (issue) => `must be a positive number of kilometres, got ${issue.input}`,
  })
  .meta({ fieldType: 'number of kilometres, over 0' });

/** ISO 3166-1 alpha-3, upper case, e.g. UKR. */
export const iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 country code such as UKR')
  .meta({ fieldType: 'ISO 3166-1 alpha-3 country code, `[A-Z]{3}`: `UKR`' });

/** Ids of other content entries are file names without extension: lowercase words joined by hyphens. */
export const entryId = z
  .string()
  .regex(SLUG, 'must be an id: lowercase words joined by hyphens, as in the file name')
  .meta({ fieldType: 'id: a file name without extension, lowercase words joined by hyphens' });

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * An event's day, or only its month when the sources give no day (`2019-05`). Both are checked as
 * strictly as a calendar day; the output keeps the precision so pages never print a day nobody knows.
 */
export const eventDate = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    if (typeof value === 'string' && ISO_MONTH.test(value)) {
      const [, y, m] = ISO_MONTH.exec(value)!.map(Number) as [number, number, number];
      return { date: new Date(Date.UTC(y, m - 1, 1)), precision: 'month' as const };
    }
    const day = calendarDay.safeParse(value);
    if (!day.success) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a real date; write YYYY-MM-DD, or YYYY-MM when only the month is known` });
      return z.NEVER;
    }
    return { date: day.data, precision: 'day' as const };
  })
  .meta({ fieldType: 'date, `YYYY-MM-DD`, or `YYYY-MM` when only the month is known' });

export type EventDate = z.output<typeof eventDate>;
