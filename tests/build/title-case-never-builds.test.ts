/**
 * Headlines are in the house's sentence case, checked by the build rather than found later by a browser
 * test: an article whose title and share title are in Title Case stops `astro sync`, the build's first
 * step, naming the file, both fields and the fix. (Headings in an article body are refused by the body
 * check, tests/build/article-bodies-never-run.test.ts; every other heading field by its schema, in
 * tests/unit/schemas/headings.test.ts.)
 */
import { expect, it } from 'vitest';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { contentStories } from '../helpers/stories.ts';

const [story] = contentStories();
if (!story) throw new Error('content/articles/ holds no published story');
const TITLE = 'Russia Fires North Korean Missiles At Ukraine, Officials Say';
const SHARE = 'North Korean Missiles Strike Ukraine';
const text = story.text.replace(/^shareTitle: .*\n/m, '').replace(/^title: .*$/m, `title: "${TITLE}"\nshareTitle: "${SHARE}"`);
if (!text.includes(TITLE)) throw new Error(`${story.file}: the fixture edit of its title did not apply`);

it('a Title Case headline stops the build, naming the file, each field and the fix', () => {
  const result = buildWithContent({ [story.file]: text }, undefined, { command: 'sync' });
  expect(result.ok).toBe(false);
  expect(result.output).toContain(story.file);
  for (const [field, value] of [
    ['title', TITLE],
    ['shareTitle', SHARE],
  ]) {
    expect(result.output).toContain(`${field}: "${value}" is in Title Case; headings are in sentence case: capitalise the first word and names only`);
  }
}, 120_000);
