import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader } from 'astro/loaders';
import { formatBodyProblem, mdxBodyProblems, type BodyProblem } from '../lib/content/mdx-body.ts';

/**
 * A loader whose MDX entries are checked to hold content only (src/lib/content/mdx-body.ts) before
 * anything compiles them: content loading is the first step of `astro sync` and `astro build`, and MDX is
 * compiled, and so run, only later, when pages import it.
 *
 * Every entry in the store is checked after the inner loader has run, not only the files it parsed
 * this time: an entry unchanged since the last build is taken from the cache without being parsed. One
 * error lists every problem of every file; the entries with problems leave the store, so the next build
 * reads them again rather than from the cache.
 */
export function inertMdx(inner: Loader): Loader {
  return {
    ...inner,
    load: async (context) => {
      await inner.load(context);
      const problems: string[] = [];
      const mdx = context.store.values().flatMap(({ id, filePath }) => (filePath?.endsWith('.mdx') ? [{ id, filePath }] : []));
      for (const { id, filePath } of mdx.sort((a, b) => a.filePath.localeCompare(b.filePath))) {
        const text = await readFile(fileURLToPath(new URL(filePath, context.config.root)), 'utf8');
        const found = mdxFileProblems(text);
        if (found.length > 0) context.store.delete(id);
        problems.push(...found.map((problem) => formatBodyProblem(filePath, problem)));
      }
      if (problems.length > 0) throw refusal(problems);
    },
  };
}

/**
 * The same check under `astro dev`, which compiles an article edited while it runs straight from disk
 * when a page asks for it, without loading content again first: the file is checked before the MDX
 * compiler (a `transform`) ever sees it. A build needs no such hook: its content loading comes first.
 */
export function inertMdxInDev(): Plugin {
  return {
    name: 'inert-mdx-dev',
    apply: 'serve',
    enforce: 'pre',
    async load(id) {
      const [file = ''] = id.split('?');
      if (!file.endsWith('.mdx')) return null;
      const found = mdxFileProblems(await readFile(file, 'utf8'));
      if (found.length > 0) throw refusal(found.map((problem) => formatBodyProblem(relative(process.cwd(), file), problem)));
      return null;
    },
  };
}

const refusal = (problems: string[]) =>
  new Error(
    `An article body may hold Markdown (headings in sentence case), the project's components and a few HTML elements, nothing that runs (README, "Add an article"):\n${problems.join('\n')}`,
  );

/** An MDX file's body as @astrojs/mdx compiles it: the frontmatter blanked to spaces, so lines are the file's. */
export const mdxFileBody = (text: string): string => parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;

/** The problems of an MDX file's body. */
export const mdxFileProblems = (text: string): BodyProblem[] => mdxBodyProblems(mdxFileBody(text));
