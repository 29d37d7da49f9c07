/**
 * A failed build never ships (README, Deploy): `npm run build` (cli/build.ts) builds into a staging folder
 * and replaces dist/ only when the build succeeded and wrote a whole site. On a copy of the project, three
 * builds: a good one, one killed half-way, one that fails late, while rendering; dist/ never changes after
 * the first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildEnv, npmBuild, projectCopy } from '../helpers/fixture-build.ts';
import { fileDigests, filesUnder } from '../helpers/dist-files.ts';
import { contentStories } from '../helpers/stories.ts';
import { contentArticle } from '../helpers/content.ts';
import { requiredOutputs } from '../../src/lib/build-output.ts';

const stories = contentStories();
// A story the share image cannot hold: the oldest story again, under a later slug, its headline four times
// as long, without a shareTitle. The build finds out only when it renders that share.png, after the 404
// page and every real story's share image (articles are rendered newest first, ties by slug).
const oldest = stories.map((s) => ({ ...s, data: contentArticle(s.slug) })).sort((a, b) => a.data.publishedAt.getTime() - b.data.publishedAt.getTime())[0];
if (!oldest) throw new Error('content/ has no published story');
const LATE = 'content/articles/zz-headline-too-long.mdx';
const longTitle = Array.from({ length: 4 }, () => oldest.data.title).join(': ');
const late = oldest.text.replace(/^title: .*$/m, `title: ${JSON.stringify(longTitle)}`).replace(/^shareTitle: .*\n/m, '');

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
    expect(late).not.toBe(oldest.text);
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
      writeFileSync(join(dir, LATE), late);
      const failed = npmBuild(dir);
      expect(failed.ok, failed.output).toBe(false);
      expect(failed.output).toContain(LATE);
      expect(failed.output).toMatch(/too long for the share image/);
      // It failed late: Astro had already written the 404 page and every real story's share image.
      for (const route of ['/404.html', ...stories.map((s) => `${s.route}share.png`)]) expect(failed.output).toContain(route);
      expect(fileDigests(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(join(dir, '.staging'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 420_000);
});
