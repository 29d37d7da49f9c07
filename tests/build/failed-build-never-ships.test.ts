/**
 * A failed build never ships (README, Deploy): `npm run build` (cli/build.ts) builds into a staging folder
 * and replaces dist/ only when the build succeeded and wrote a whole site. On a copy of the project, three
 * builds: a good one, one killed half-way, one that fails late, after writing every page; dist/ never changes after
 * the first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildEnv, npmBuild, projectCopy } from '../helpers/fixture-build.ts';
import { fileDigests, filesUnder } from '../helpers/dist-files.ts';
import { contentStories } from '../helpers/stories.ts';
import { ROOT } from '../../tools/dist.ts';
import { changed } from '../helpers/fixture-edit.ts';
import { requiredOutputs } from '../../src/lib/build-output.ts';

const stories = contentStories();
// A build that fails late: every page rendered and written, then a step of the build's end fails (as a full
// disk or a broken integration would). Content can no longer make a build fail this late: the content gate
// refuses every content mistake before the first page renders.
const LATE_FAILURE = 'a step after the pages were written failed';
const failingLate = changed(
  readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8'),
  'integrations: [',
  `integrations: [\n    { name: 'fails-late', hooks: { 'astro:build:done': () => { throw new Error(${JSON.stringify(LATE_FAILURE)}); } } },`,
);

const htmlUnder = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')) : []);

/** Starts a build in its own process group and SIGKILLs the whole group once the staging folder holds pages. */
async function killMidway(dir: string): Promise<string[]> {
  const child = spawn(process.execPath, ['cli/build.ts'], { cwd: dir, env: buildEnv, detached: true, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const staging = join(dir, '.staging/dist');
  const deadline = Date.now() + 150_000;
  while (htmlUnder(staging).length === 0) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the build ended before the staging folder held any page');
    await sleep(50);
  }
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
  return htmlUnder(staging);
}

describe('a failed build never ships', () => {
  it('replaces dist/ only with a complete build; a killed or late-failing build leaves it byte for byte as it was', async () => {
    const dir = projectCopy({});
    try {
      // A good build replaces whatever dist/ held, and leaves nothing of the old one.
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist/left-from-before.txt'), 'an older build');
      const good = npmBuild(dir);
      expect(good.ok, good.output).toBe(true);
      const shipped = filesUnder(join(dir, 'dist'));
      expect(shipped).toEqual(expect.arrayContaining(requiredOutputs(stories.map((s) => s.slug))));
      expect(shipped).not.toContain('left-from-before.txt');
      expect(readdirSync(join(dir, '.staging'))).toEqual([]);
      const before = fileDigests(join(dir, 'dist'));

      const leftInStaging = await killMidway(dir);
      expect(leftInStaging.length).toBeGreaterThan(0);
      expect(fileDigests(join(dir, 'dist'))).toEqual(before);

      // The late failure also starts from the worst moment a kill can leave: between the swap's two renames,
      // the old dist/ moved aside and the new one not yet in its place. The next build puts it back first.
      renameSync(join(dir, 'dist'), join(dir, '.staging/dist.previous'));
      writeFileSync(join(dir, 'astro.config.mjs'), failingLate);
      const failed = npmBuild(dir);
      expect(failed.ok, failed.output).toBe(false);
      expect(failed.output).toContain(LATE_FAILURE);
      // It failed late: Astro had already written the 404 page and every story's page and share image.
      for (const route of ['/404.html', ...stories.flatMap((s) => [`${s.route}index.html`, `${s.route}share.png`])]) expect(failed.output).toContain(route);
      expect(fileDigests(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(join(dir, '.staging'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 420_000);
});
