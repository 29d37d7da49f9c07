import { z } from 'zod';
import { calendarDay, headline, nonEmptyText, source } from './fields.ts';
import { PLACEHOLDER, placeholderPaths } from './placeholders.ts';

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
