/**
 * The build prints no warnings. `npm test` keeps each build's output in build-logs/ (cli/log-build.ts),
 * so this reads what the real builds printed instead of building again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';

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

  // The one kind of notice the build prints for content: a map name with no spot on its map (src/lib/maps/unplaced-labels.ts).
  it.each(logs)('%s reports each map name it could not place with its file, place and width, and where it is named instead', (file) => {
    const text = readFileSync(join(LOGS, file), 'utf8');
    const notices = text.split('\n').filter((line) => /cannot be placed/.test(line));
    const form =
      /^content\/maps\/[a-z0-9-]+\.yaml: the (label ".+" of place [a-z0-9-]+|launch label ".+" \(launch\.label\)) \((\d+ px wide on frames (\d+ px and wider|under \d+ px)(; )?)+, in a map \d+ px wide\) cannot be placed on the map; it is named in (the table and its tap callout|the legend)$/;
    expect(notices.filter((line) => !form.test(line))).toEqual([]);
  });
});
