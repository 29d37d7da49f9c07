/**
 * Wire copy is text. Hostile wire copy (module code, expressions, JSX, HTML, entities and every
 * Markdown construct) goes through the real `new-article` command and the real build, as an editor
 * would publish it: the page must show every paragraph exactly as the wire sent it, and nothing may run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, ROOT } from '../../tools/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { parseWireStory } from '../../src/lib/wire-story.ts';
import { pngSize } from '../helpers/png.ts';
import { HeadlineTooLongError, headlineLayout, shareCardTextWidth } from '../../src/lib/share/share-card.ts';

const WIRE = join(ROOT, 'tests/fixtures/hostile-wire.txt');
/** Where the wire's `export` line would write if MDX ran it. */
const RAN = '/tmp/explainers-hostile-wire-ran';
const story = parseWireStory(readFileSync(WIRE, 'utf8'));

let dir: string;
let result: ReturnType<typeof buildWithContent<{ html: string; shareImage: { width: number; height: number } }>>;

beforeAll(() => {
  rmSync(RAN, { force: true });
  dir = mkdtempSync(join(tmpdir(), 'hostile-wire-'));
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'cli/new-article.ts'), WIRE, '--slug', 'hostile-wire', '--date', '2024-01-05', '--dir', dir, '--wire-dir', dir],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  // What an editor does before publishing: fill in the frontmatter, give the image a headline that fits
  // it (the wire's is too long), and take the draft flag off.
  const mdx = readFileSync(join(dir, 'hostile-wire.mdx'), 'utf8')
    .replace('https://example.org/TODO', 'https://example.org/wire')
    .replace(/"TODO: [^"]*"/g, '"Filled in"')
    .replace(/^draft: true\n/m, 'shareTitle: "Hostile wire copy stays text"\n');
  result = buildWithContent({ 'content/articles/hostile-wire.mdx': mdx }, (dist) => ({
    html: readFileSync(join(dist, 'articles/hostile-wire/index.html'), 'utf8'),
    shareImage: pngSize(readFileSync(join(dist, 'articles/hostile-wire/share.png'))),
  }));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile wire copy, imported and built', () => {
  it('builds, and runs none of it', () => {
    expect(result.ok, result.output).toBe(true);
    expect(existsSync(RAN)).toBe(false);
  });

  it('draws the share image from the shorter shareTitle the editor gave', () => {
    expect(() => headlineLayout(story.headline, shareCardTextWidth(false))).toThrow(HeadlineTooLongError);
    expect(result.inspected!.shareImage).toEqual({ width: 1200, height: 630 });
  });

  it('shows the headline and every paragraph exactly as the wire sent them, one paragraph each', () => {
    const page = parseHtml(result.inspected!.html);
    expect(page.querySelector('h1')!.text).toBe(story.headline);
    const prose = page.querySelector('.prose')!;
    expect(prose.childNodes.filter((node) => node.nodeType === 1).map((el) => (el as typeof prose).tagName)).toEqual(story.paragraphs.map(() => 'P'));
    expect(prose.querySelectorAll('p').map((p) => p.text)).toEqual(story.paragraphs);
    expect(prose.querySelectorAll('a, script, em, strong, code, del, img, blockquote, h1, h2, li, table, hr, foo').map((el) => el.outerHTML)).toEqual([]);
  });
});
