/**
 * `STORY=<slug>` narrows the per-story tests to one story: its article page and the embed pages of the maps
 * it shows. `npm run check -- <slug>` sets it, so an editor checks the story they are writing in seconds
 * instead of running every story's checks. Unset, every story is in scope. A slug that names no published
 * article fails at once, rather than quietly checking nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/dist.ts';
import { contentArticle } from '../../tools/content.ts';
import { idsOf } from '../../src/lib/content-references.ts';
import { readArticleBody } from '../../src/lib/content/mdx-body.ts';
import { mdxFileBody } from '../../src/loaders/inert-mdx.ts';
import { articlePath } from '../../src/lib/articles.ts';

export interface StoryScope {
  slug: string;
  /** The built pages that show the story: its article and its maps' embed pages. */
  routes: ReadonlySet<string>;
}

function scopeOf(slug: string): StoryScope {
  const file = join(ROOT, 'content/articles', `${slug}.mdx`);
  if (!existsSync(file)) throw new Error(`STORY=${slug}: there is no content/articles/${slug}.mdx`);
  if (contentArticle(slug).draft) throw new Error(`STORY=${slug}: content/articles/${slug}.mdx is a draft, and drafts are not built`);
  const maps = idsOf(readArticleBody(mdxFileBody(readFileSync(file, 'utf8'))).uses, 'RangeMap');
  return { slug, routes: new Set([articlePath(slug), ...maps.map((id) => `/embed/${id}/`)]) };
}

/** The story STORY names, or undefined when every story is in scope. */
export const STORY_SCOPE: StoryScope | undefined = process.env.STORY ? scopeOf(process.env.STORY) : undefined;

/** Whether a built page's route is in scope: always without STORY; with it, only the story's own pages. */
export function inStoryScope(route: string): boolean {
  return !STORY_SCOPE || STORY_SCOPE.routes.has(route);
}
