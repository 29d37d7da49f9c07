/**
 * The build prints no warnings. `npm test` keeps each build's output in build-logs/ (cli/log-build.ts),
 * so this reads what the real builds printed instead of building again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';

const LOGS = join(ROOT, 'build-logs');
const logs = existsSync(LOGS) ? readdirSync(LOGS).filter((file) => file.endsWith('.log')) : [];

describe('the build output', () => {
  it('was kept by npm test', () => {
    expect(logs, 'build-logs/ is missing: `npm test` writes it (cli/log-build.ts)').toEqual(expect.arrayContaining(['build.log', 'build-subpath.log']));
  });

  it.each(logs)('%s has no warning', (file) => {
    const text = readFileSync(join(LOGS, file), 'utf8');
    expect(text).toMatch(/Complete!/);
    expect(text.split('\n').filter((line) => /warn/i.test(line))).toEqual([]);
  });
});
