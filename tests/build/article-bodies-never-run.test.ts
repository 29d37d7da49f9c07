/**
 * An article is content: code and HTML outside the allowlist in its body stop the real build before any
 * of it runs (and so does a heading in Title Case, which the same check refuses). One build of a project copy holds a hostile article per construct; every JavaScript one
 * would write its own marker file if MDX ran it. The build must fail, name every file, line and construct
 * at once, write no marker and publish nothing.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy } from '../helpers/fixture-build.ts';
import { contentStories } from '../helpers/stories.ts';
import { escapeRegExp } from '../helpers/regexp.ts';

const MARKERS = mkdtempSync(join(tmpdir(), 'article-body-markers-'));
/** JavaScript that writes the marker `name` into `dir`: what each hostile construct runs, if anything runs it. */
const writes = (name: string, dir = MARKERS) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(dir, name))}, 'ran')`;

interface Hostile {
  /** The line of the body that holds the construct. */
  line: string;
  /** What the build's message must say about that line. */
  says: RegExp;
  /** The marker the construct writes if it runs (JavaScript constructs only). */
  marker?: string;
}

const hostile: Record<string, Hostile> = {
  export: { line: `export const ran = ${writes('export')}`, says: /`export const ran = .*`; .*remove the export/, marker: 'export' },
  'import-with-side-effects': {
    line: "import '../../side-effect.mjs'",
    says: /`import '\.\.\/\.\.\/side-effect\.mjs'`; .*remove the import/,
    marker: 'import',
  },
  'flow-expression': {
    line: `{(() => ${writes('flow-expression')})()}`,
    says: /\{\(\(\) => process.*\} expression; .*plain Markdown/,
    marker: 'flow-expression',
  },
  'text-expression': { line: `Text {${writes('text-expression')}} here.`, says: /\{process.*\} expression; .*plain Markdown/, marker: 'text-expression' },
  'attribute-expression': {
    line: `<RangeMap id={${writes('attribute-expression')} ?? 'x'} />`,
    says: /id=\{process.*\} on <RangeMap>; .*literal value/,
    marker: 'attribute-expression',
  },
  'spread-attribute': { line: `<Timeline id="x" {...(${writes('spread')}, {})} />`, says: /\{\.\.\.\(process.*\} on <Timeline>; /, marker: 'spread' },
  'html-attribute-expression': {
    line: `A <abbr title={${writes('html-attribute')}}>B</abbr>.`,
    says: /title=\{process.*\} on <abbr>; /,
    marker: 'html-attribute',
  },
  'meta-refresh': { line: '<meta http-equiv="refresh" content="3; url=https://example.com/" />', says: /<meta>; not HTML an article may use/ },
  base: { line: '<base href="https://example.com/" />', says: /<base>; not HTML an article may use/ },
  script: { line: '<script src="https://example.com/x.js"></script>', says: /<script>; not HTML an article may use/ },
  style: { line: '<style>@import url(https://example.com/x.css);</style>', says: /<style>; not HTML an article may use/ },
  iframe: { line: '<iframe src="https://example.com/"></iframe>', says: /<iframe>; not HTML an article may use/ },
  form: { line: '<form action="https://example.com/"></form>', says: /<form>; not HTML an article may use/ },
  object: { line: '<object data="https://example.com/x.swf"></object>', says: /<object>; not HTML an article may use/ },
  onclick: { line: 'A <span onclick="alert(1)">b</span>.', says: /onclick attribute on <span>; .*no event handlers/ },
  // Not code, but a rule of the house the same check enforces: headings are in sentence case.
  'title-case-heading': {
    line: '## What Analysts Think About These Missiles',
    says: /heading "What Analysts Think About These Missiles" in Title Case; headings are in sentence case: capitalise the first word and names only/,
  },
};

// Frontmatter the schema accepts, taken from a story in content/, so the body is all that is wrong.
const [story] = contentStories();
if (!story) throw new Error('content/articles/ holds no published story to take frontmatter from');
const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(story.text)![0];
const articleText = (line: string) => `${frontmatter}\nA paragraph of plain text.\n\n${line}\n\nAnother paragraph.\n`;
const file = (name: string) => `content/articles/hostile-${name}.mdx`;
const lineNumber = (name: string) => articleText(hostile[name]!.line).split('\n').indexOf(hostile[name]!.line) + 1;

let ok = true;
let output = '';
let published = false;

beforeAll(() => {
  const dir = projectCopy({
    ...Object.fromEntries(Object.entries(hostile).map(([name, { line }]) => [file(name), articleText(line)])),
    // What the side-effect import would run.
    'side-effect.mjs': `${writes('import')};\n`,
  });
  try {
    ({ ok, output } = astroBuild(dir));
    published = existsSync(join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
afterAll(() => rmSync(MARKERS, { recursive: true, force: true }));

describe('article bodies never run', () => {
  it('every JavaScript payload writes its marker when run, so a missing marker means it never ran', () => {
    const control = mkdtempSync(join(tmpdir(), 'article-body-control-'));
    try {
      const markers = Object.values(hostile).flatMap(({ marker }) => (marker ? [marker] : []));
      for (const marker of markers) new Function(writes(marker, control))();
      expect(readdirSync(control).sort()).toEqual([...markers].sort());
    } finally {
      rmSync(control, { recursive: true, force: true });
    }
  });

  it('the build fails, runs none of the constructs and publishes nothing', () => {
    expect(ok, output).toBe(false);
    expect(readdirSync(MARKERS)).toEqual([]);
    expect(published).toBe(false);
  });

  it.each(Object.keys(hostile))('%s: the one failed build names its file, line and construct', (name) => {
    const prefix = `${file(name)}:${lineNumber(name)}: `;
    const lines = output.split('\n').filter((line) => line.startsWith(prefix));
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${escapeRegExp(prefix)}${hostile[name]!.says.source}`));
  });
});
