import { z } from 'zod';
import { calendarDay, headline, nonEmptyText, source } from './fields.ts';
import { isoDay } from '../dates.ts';
import { PLACEHOLDER, placeholderPaths } from './placeholders.ts';

/** One point of "What we know": a dated line in the desk's words, backed like an event by verbatim evidence. */
const knownPoint = z.strictObject({
  date: calendarDay.describe('The day it became known'),
  text: nonEmptyText
    .max(400, 'keep a point to one or two sentences, under 400 characters')
    .describe('One or two sentences in the desk’s words; every quotation and figure must be in its sources’ evidence'),
  sources: z
    .array(source, { error: 'back the point with sources: what we know is what a source says' })
    .min(1, 'back the point with at least one source, with its evidence')
    .describe('At least one source (see Source) with verbatim evidence'),
});

export type KnownPoint = z.output<typeof knownPoint>;

/** An article's frontmatter: the single description of what an editor may write at the top of an MDX file. */
export const articleSchema = z
  .strictObject({
    title: headline.describe('The headline: the page’s h1, its `<title>`, feed and share text'),
    shareTitle: headline.optional().describe('A shorter headline for the share image, when the title does not fit it'),
    dek: nonEmptyText
      .max(300, 'keep the dek under 300 characters: it is also the share description')
      .describe('One or two sentences under the headline, under 300 characters; also the share description'),
    byline: nonEmptyText.describe('The author or desk'),
    publishedAt: calendarDay.describe('The publication date, the editor’s choice (new-article asks for it)'),
    updatedAt: calendarDay.optional().describe('When the story was last updated, if later; not before `publishedAt`'),
    whatWeKnow: z
      .array(knownPoint)
      .min(3, 'give 3 to 5 points: what a reader needs to know now')
      .max(5, 'give 3 to 5 points: keep only what a reader needs to know now')
      .optional()
      .describe('“What we know” under the headline: 3 to 5 dated points, latest first, each with sources (see What we know, and the original report)'),
    originalReport: calendarDay
      .optional()
      .describe('The day the wire report in the body was filed: labels it “Original report, <date>” and says what its “on Tuesday” and “last year” mean'),
    sources: z
      .array(source)
      .min(1, 'list at least one source')
      .describe('At least one source (see Source); quotes in editor’s notes and corrections are checked against them'),
    corrections: z
      .array(
        z.strictObject({
          date: calendarDay.describe('When the correction was made; not before `publishedAt`'),
          text: nonEmptyText.describe('What was wrong and what is right'),
        }),
      )
      .optional()
      .describe('Corrections, shown under the story as news desks publish them; they update its date'),
    draft: z.boolean().optional().describe('`true` keeps the article off the site; it is validated like any other'),
  })
  .superRefine((article, ctx) => {
    if (article.updatedAt && article.updatedAt < article.publishedAt) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before publishedAt' });
    }
    const asOf = article.updatedAt ?? article.publishedAt;
    article.whatWeKnow?.forEach((point, i) => {
      if (point.date > asOf) {
        ctx.addIssue({
          code: 'custom',
          path: ['whatWeKnow', i, 'date'],
          message: `is after ${article.updatedAt ? 'updatedAt' : 'publishedAt'} (${isoDay(asOf)}): set updatedAt to the day the top was last updated`,
        });
      }
      const above = article.whatWeKnow?.[i - 1];
      if (above && point.date > above.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['whatWeKnow', i, 'date'],
          message: `is newer than the point above it (${isoDay(above.date)}): list the points latest first`,
        });
      }
    });
    article.corrections?.forEach((correction, i) => {
      if (correction.date < article.publishedAt) {
        ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: 'a correction cannot come before publication' });
      }
    });
    if (article.draft) return;
    for (const path of placeholderPaths(article)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `still holds a ${PLACEHOLDER} placeholder: fill it in, or keep \`draft: true\``,
      });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;
