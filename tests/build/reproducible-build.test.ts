import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { filesUnder } from '../helpers/dist-files.ts';

/** Path and content hash of every file in a built dist/. */
const digest = (dist: string) => filesUnder(dist).map((path) => `${path} ${createHash('sha256').update(readFileSync(join(dist, path))).digest('hex')}`);

describe('reproducible builds', () => {
  it('two builds of the same commit give byte-identical dist/ folders', () => {
    const first = buildWithContent({}, digest);
    const second = buildWithContent({}, digest);
    expect(first.ok && second.ok, first.output + second.output).toBe(true);
    expect(first.inspected!.length).toBeGreaterThan(20);
    expect(second.inspected).toEqual(first.inspected);
  }, 240_000);
});
