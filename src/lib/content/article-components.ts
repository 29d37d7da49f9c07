/**
 * The components an article's MDX may use, and the props each takes: the one list both the page that
 * renders articles (src/pages/articles/[slug]/index.astro maps each name to its component) and the
 * content gate (./mdx-body.ts) read, so a component cannot be offered to articles without being checked.
 *
 * Every prop is required and takes a literal string: an article names things, it does not compute them.
 * A component with no props shows part of the article's own frontmatter where the body places it:
 * `<WhatWeKnow />` its `whatWeKnow` points, `<OriginalReport />` the label and dated note over the wire
 * report (`originalReport`).
 */
export const ARTICLE_COMPONENTS = {
  RangeMap: ['id'],
  Timeline: ['id'],
  WhatWeKnow: [],
  OriginalReport: [],
} as const satisfies Record<string, readonly string[]>;

export type ArticleComponentName = keyof typeof ARTICLE_COMPONENTS;

export const isArticleComponent = (name: string): name is ArticleComponentName => Object.hasOwn(ARTICLE_COMPONENTS, name);
