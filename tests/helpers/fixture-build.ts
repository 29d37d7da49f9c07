import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './dist.ts';
import { linkPackages } from './project-copy.ts';

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
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  linkPackages(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The real `astro build` (or `astro sync`, its first step) in a project folder. */
export function astroBuild(dir: string, command: 'build' | 'sync' = 'build'): { ok: boolean; output: string } {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * Builds a copy of the project with some content files replaced or added, through the real
 * `astro build` (or only `astro sync`, the build's first step, which loads and validates every content
 * file: what fails there fails the build). The copy lives in a temporary folder, so the real content/
 * is never touched.
 */
export function buildWithContent<T = undefined>(
  files: Record<string, string>,
  inspect?: (dist: string) => T,
  { command = 'build' }: { command?: 'build' | 'sync' } = {},
): FixtureBuild<T> {
  const dir = projectCopy(files);
  try {
    const { ok, output } = astroBuild(dir, command);
    return { ok, output, inspected: ok && inspect ? inspect(join(dir, 'dist')) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
