/**
 * The site's one type scale: every text on the page, in embeds and in the map drawings takes one of these
 * six sizes and two weights. theme-css.ts writes them into the stylesheet as Tailwind theme values
 * (`--text-<step>`, `--font-weight-<name>`: the classes `text-caption`, `font-bold` …), and the map's
 * label sets (map-layouts.ts) are sized in the same steps. Each size and weight Chromium meets before the
 * first map costs it a query for its font settings (README, Performance), so fewer combinations paint
 * the map sooner; the scale is also the house style.
 *
 * Sizes are in CSS px at the reader's default 16 px and written as rem, so they follow the reader's
 * font-size setting and, on paper, the print root size (10 pt: the same steps from 8.75 pt to 18.75 pt).
 */

/** Each step's size in px at a 16 px root, and the line height a `text-<step>` class gives it. */
export const TYPE_SIZES = {
  /** Captions, credits, legends, tables, bylines, share bar, footer, timeline meta; wide map labels. */
  caption: { px: 14, lineHeight: 1.45 },
  /** Interface and notes: buttons, map caption and notes, timeline entries, What we know. */
  small: { px: 16, lineHeight: 1.5 },
  /** The story's prose and its dek. */
  body: { px: 18, lineHeight: 1.6 },
  /** Titles of maps and timelines, section headings on a phone; medium map labels. */
  title: { px: 20, lineHeight: 1.35 },
  /** Section headings from 640 px. */
  heading: { px: 24, lineHeight: 1.3 },
  /** The headline, always the largest; narrow map labels. */
  headline: { px: 30, lineHeight: 1.2 },
} as const;

export type TypeStep = keyof typeof TYPE_SIZES;

/** The two weights. */
export const TYPE_WEIGHTS = { regular: 400, bold: 700 } as const;

/** The root size on paper: every step prints at its share of it (caption 8.75 pt, body 11.25 pt). */
export const PRINT_ROOT_SIZE = '10pt';

/** A step as CSS: rem, so it follows the root. */
export const remOf = (step: TypeStep) => `${TYPE_SIZES[step].px / 16}rem`;
