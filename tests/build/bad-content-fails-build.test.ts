import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';

const ARTICLE = 'content/articles/north-korean-missiles-ukraine.mdx';
const original = readFileSync(join(ROOT, ARTICLE), 'utf8');

describe('the real build refuses bad frontmatter, naming the file and the field', () => {
  it('fails on an impossible date that YAML would silently roll over', () => {
    const result = buildWithContent({ [ARTICLE]: original.replace('publishedAt: 2024-01-04', 'publishedAt: 2023-12-32') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(ARTICLE);
    expect(result.output).toMatch(/publishedAt: "2023-12-32" is not a real calendar date/);
  }, 120_000);

  it('fails on a missing required field', () => {
    const result = buildWithContent({ [ARTICLE]: original.replace(/^byline: .*\n/m, '') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(ARTICLE);
    expect(result.output).toMatch(/byline/);
  }, 120_000);
});
