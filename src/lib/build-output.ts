/**
 * What a finished build must have written before it may replace the site a deploy reads (cli/build.ts).
 * Knows nothing of Astro or the file system: it takes the article slugs and the files that were written.
 */
import { articlePath } from './articles.ts';

/** Files every build writes, whatever the content: the pages and the files hosts and readers fetch by name. */
const SITE_FILES = ['index.html', '404.html', '_headers', 'embed.js', 'rss.xml', 'sitemap-index.xml'];

/** The files a complete build has, relative to its output folder: the site files and each published article's page. */
export function requiredOutputs(publishedSlugs: readonly string[]): string[] {
  return [...SITE_FILES, ...publishedSlugs.map((slug) => `${articlePath(slug).slice(1)}index.html`)];
}

/** The required files a build left missing or empty, given the size of each file it wrote. */
export function incompleteOutputs(required: readonly string[], written: ReadonlyMap<string, number>): string[] {
  return required.filter((file) => !written.get(file));
}
