import { defineConfig } from 'vitest/config';

// Dates must not depend on the machine's zone: run everything far west of UTC, where a careless
// `toLocaleDateString` would show 2 January 2024 as 1 January.
process.env.TZ = 'America/Los_Angeles';

const FIXTURE_MAPS_SITE = './tests/setup/fixture-maps-site.ts';

export default defineConfig({
  test: {
    // Two files at a time, one per core: Vitest's default leaves one core idle (cores − 1).
    maxWorkers: 2,
    // Generous: two files run at once on a busy machine, and tests check correctness, not speed (npm run bench does).
    testTimeout: 30_000,
    reporters: ['default', './tests/helpers/plain-summary-reporter.ts'],
    projects: [
      // tests/unit mirrors src/lib; tests/cli tests the editor commands; tests/content checks content/ and the README.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      // Build-output and browser tests read dist/: `npm test` builds it first. Both also read the site built
      // with the edge-case maps of tests/fixtures/, built once per run by this global setup.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: [FIXTURE_MAPS_SITE] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: [FIXTURE_MAPS_SITE],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits 1 s by default: a page still loading on a busy machine is not a failure.
          // What a poll waits for must still happen, just not within a fixed second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
