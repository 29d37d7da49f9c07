import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../../tools/dist.ts';
import { linkPackages } from '../../tools/project-copy.ts';

export interface FixtureBuild<T = undefined> {
  ok: boolean;
  output: string;
  /** What `inspect` found in the built dist/ (only when the build succeeded). */
  inspected?: T;
}

/**
 * A copy of the project in a temporary folder, with some content files replaced or added, and no
 * cache of its own yet. The caller removes it.
 */
export function projectCopy(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content', 'cli']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  linkPackages(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The environment of a build in a project copy: the project's packages (and its Node) first on the PATH, no colours. */
export const buildEnv = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(dir: string, command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: buildEnv, timeout: 120_000 });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** The real `astro build` (or `astro sync`, its first step) in a project folder. */
export function astroBuild(dir: string, command: 'build' | 'sync' = 'build'): { ok: boolean; output: string } {
  return run(dir, join(ROOT, 'node_modules/.bin/astro'), [command]);
}

/** What `npm run build` runs (cli/build.ts): `astro build` into a staging folder, swapped into dist/ when complete. */
export function npmBuild(dir: string): { ok: boolean; output: string } {
  return run(dir, process.execPath, ['cli/build.ts']);
}

/**
 * Builds a copy of the project with some content files replaced or added, through the real
 * `astro build` (or only `astro sync`, the build's first step, which loads and validates every content
 * file: what fails there fails the build), or `npm run build`'s own cli/build.ts (`npm-build`). The copy
 * lives in a temporary folder, so the real content/ is never touched.
 */
export function buildWithContent<T = undefined>(
  files: Record<string, string>,
  inspect?: (dist: string) => T,
  { command = 'build' }: { command?: 'build' | 'sync' | 'npm-build' } = {},
): FixtureBuild<T> {
  const dir = projectCopy(files);
  try {
    const { ok, output } = command === 'npm-build' ? npmBuild(dir) : astroBuild(dir, command);
    return { ok, output, inspected: ok && inspect ? inspect(join(dir, 'dist')) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
