import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './dist.ts';

export interface FixtureBuild<T = undefined> {
  ok: boolean;
  output: string;
  /** What `inspect` found in the built dist/ (only when the build succeeded). */
  inspected?: T;
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
  const dir = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    const ok = run.status === 0;
    return { ok, output: `${run.stdout}\n${run.stderr}`, inspected: ok && inspect ? inspect(join(dir, 'dist')) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
