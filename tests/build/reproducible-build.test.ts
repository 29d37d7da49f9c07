import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { fileDigests } from '../helpers/dist-files.ts';

describe('reproducible builds', () => {
  it('two builds of the same commit give byte-identical dist/ folders', () => {
    // As `npm run build` builds: into a staging folder, then swapped into dist/.
    const first = buildWithContent({}, fileDigests, { command: 'npm-build' });
    const second = buildWithContent({}, fileDigests, { command: 'npm-build' });
    expect(first.ok && second.ok, first.output + second.output).toBe(true);
    expect(first.inspected!.length).toBeGreaterThan(20);
    expect(second.inspected).toEqual(first.inspected);
  }, 240_000);
});
