import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

/** Caches that must not be shared with the real project or another copy: Astro's (incremental build, content store) and Vite's. */
const CACHE_FOLDERS = new Set(['.astro', '.vite', '.cache']);

/**
 * A node_modules folder for a copy of the project: a link to every package, none to a cache, so the
 * copy builds cold and never reads or overwrites another build's cache.
 */
export function linkPackages(dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHE_FOLDERS.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(target, entry));
  }
}
