/**
 * `npm run check -- <slug>`, the editor's loop, run for real on a story of content/ in a copy of the project
 * (its own build, so the dist/ other tests read is never rebuilt under them). The time it took is printed,
 * not asserted: it depends on the machine and its load.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';
import { buildEnv, projectCopy } from '../helpers/fixture-build.ts';
import { storyWith } from '../helpers/stories.ts';

const STORY = storyWith('a range map', (story) => story.maps.length > 0);
const dir = projectCopy({});
for (const entry of ['tests', 'tools', 'vitest.config.ts']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args: string[]) => {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['cli/check.ts', ...args], { cwd: dir, encoding: 'utf8', env: buildEnv, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, seconds: (performance.now() - start) / 1000 };
};

describe('npm run check -- <slug>', () => {
  // Every check of the story runs in npm test itself; here the command's own path, with one quick check named.
  it('builds and runs the named checks of one story', { timeout: 300_000 }, () => {
    const run = check(STORY.slug, 'article-page', 'range-maps');
    console.log(`npm run check -- ${STORY.slug} article-page range-maps: ${run.seconds.toFixed(1)} s (a cold build; an editor's later runs reuse the cache)`);
    expect(run.status, run.output.slice(-4000)).toBe(0);
    expect(run.output).toContain(`every check of ${STORY.slug}`);
    expect(run.output).toMatch(/Test Files\s+2 passed \(2\)/);
  });

  it('names the checks it has when asked for one it does not', { timeout: 60_000 }, () => {
    const run = check(STORY.slug, 'no-such-check');
    expect(run.status).toBe(2);
    expect(run.output).toContain('no check is named no-such-check');
    expect(run.output).toContain('tests/browser/map-layout.test.ts');
  });

  it('stops at once, naming the file, for a slug that is no article', { timeout: 60_000 }, () => {
    const run = check('no-such-story');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('there is no content/articles/no-such-story.mdx');
  });

  it('makes the tests fail, rather than check nothing, when STORY names no article', { timeout: 120_000 }, () => {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', 'tests/build/article-page.test.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...buildEnv, STORY: 'no-such-story' },
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toContain('STORY=no-such-story: there is no content/articles/no-such-story.mdx');
  });
});
