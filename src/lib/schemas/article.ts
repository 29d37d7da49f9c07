import { z } from 'zod';
import { calendarDay, label, nonEmptyText, source } from './fields.ts';
import { PLACEHOLDER, placeholderPaths } from './placeholders.ts';

/** An article's frontmatter: the single description of what an editor may write at the top of an MDX file. */
export const articleSchema = z
  .strictObject({
    title: label,
    /** A shorter headline for the share image, when the title does not fit it. */
    shareTitle: label.optional(),
    dek: nonEmptyText.max(300, 'keep the dek under 300 characters: it is also the share description'),
    byline: nonEmptyText,
    publishedAt: calendarDay,
    updatedAt: calendarDay.optional(),
    sources: z.array(source).min(1, 'list at least one source'),
    /** Corrections, as news desks publish them: shown under the story, and they update its date. */
    corrections: z.array(z.strictObject({ date: calendarDay, text: nonEmptyText })).optional(),
    /** A draft is validated like any article but never published. */
    draft: z.boolean().optional(),
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
