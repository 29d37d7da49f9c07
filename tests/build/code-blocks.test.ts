/**
 * A fenced code block in an article renders as plain, class-marked code: no inline styles (which the
 * Content-Security-Policy, style-src 'self', would block), and the build warns about nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { storyWith } from '../helpers/stories.ts';

const story = storyWith('a section heading', (s) => /\n## /.test(s.text));
const CODE = 'const range = { km: 900 }; // "quoted" <b>not bold</b>';
const withCode = story.text.replace(/\n## /, `\n\`\`\`js\n${CODE}\n\`\`\`\n\n## `);

describe('a code block in an article', () => {
  const result = buildWithContent({ [story.file]: withCode }, (dist) => readFileSync(join(dist, story.route, 'index.html'), 'utf8'));

  it('builds without a word about Shiki or the CSP', () => {
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toMatch(/shiki|content security policy|\bCSP\b/i);
  });

  it('shows the code as written, with no inline style anywhere on the page', () => {
    const page = parseHtml(result.inspected!);
    // The article's own code block, not a map's embed snippet (also a <pre><code>).
    expect(page.querySelector('.prose pre > code.language-js')!.text.trim()).toBe(CODE);
    expect(page.querySelectorAll('[style]').map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});
