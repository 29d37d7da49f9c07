/**
 * Vitest global setup: builds the site with the edge-case maps of tests/fixtures/ added, once per run,
 * before any test file is collected, and deletes it when the run ends. The build-output tests
 * (tests/build/range-map-fixtures.test.ts) and the browser tests (tests/browser/map-layout.test.ts) read the
 * same build through `inject('fixtureMapsSite')`.
 *
 * Both projects declare this setup, and Vitest runs each project's setup in this one process: the first
 * builds, the second reuses that build.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectCopy } from '../helpers/fixture-build.ts';
import { fixtureContentFiles } from '../../tools/places.ts';

/** The fixture-maps site: its dist/ folder, and whether and how the build ended. */
export interface FixtureMapsSite {
  dist: string;
  ok: boolean;
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureMapsSite: FixtureMapsSite;
  }
}

/** Shared by every project's copy of this module: they are loaded separately, in one process. */
const BUILT = Symbol.for('explainer.fixture-maps-site');
type Built = { site: FixtureMapsSite; dir: string };
const store = globalThis as typeof globalThis & { [BUILT]?: Built };

function build(): Built {
  const dir = projectCopy(fixtureContentFiles());
  return { dir, site: { dist: join(dir, 'dist'), ...astroBuild(dir) } };
}

export function setup(project: TestProject): () => void {
  // `npm run check -- <slug>` (STORY set) checks one story's own pages in dist/: no fixture map is among them.
  if (process.env.STORY) {
    project.provide('fixtureMapsSite', { dist: '', ok: false, output: `not built: STORY=${process.env.STORY} checks one story's own pages` });
    return () => undefined;
  }
  store[BUILT] ??= build();
  project.provide('fixtureMapsSite', store[BUILT].site);
  return () => {
    const built = store[BUILT];
    if (built) rmSync(built.dir, { recursive: true, force: true });
    delete store[BUILT];
  };
}
