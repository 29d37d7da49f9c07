/** Every article in content/ holds content only: its body passes the gate the build runs before compiling it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';
import { formatBodyProblem } from '../../src/lib/content/mdx-body.ts';
import { mdxFileProblems } from '../../src/loaders/inert-mdx.ts';

const articles = readdirSync(join(ROOT, 'content/articles'), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.mdx'))
  .sort()
  .map((path) => `content/articles/${path}`);

describe('article bodies in content/', () => {
  it('there are articles to check', () => expect(articles).not.toEqual([]));

  it.each(articles)('%s uses only Markdown, the components and the HTML allowlist', (file) => {
    expect(mdxFileProblems(readFileSync(join(ROOT, file), 'utf8')).map((problem) => formatBodyProblem(file, problem))).toEqual([]);
  });
});
