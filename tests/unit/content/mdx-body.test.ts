import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_HTML, formatBodyProblem, mdxBodyProblems, readArticleBody } from '../../../src/lib/content/mdx-body.ts';
import { ARTICLE_COMPONENTS } from '../../../src/lib/content/article-components.ts';
import { ROOT } from '../../../tools/dist.ts';

/** The one problem a body has, which must be on the given line and name the construct. */
function onlyProblem(body: string) {
  const problems = mdxBodyProblems(body);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0]!;
}

describe('mdxBodyProblems: what an article body may hold', () => {
  it('accepts Markdown, the components with literal props, the HTML allowlist and fragments', () => {
    const body = [
      '## A heading',
      '',
      'Text with *emphasis*, **strong**, `code {x}`, [a link](https://example.org/x), [mail](mailto:desk@example.org), [here](#top) and [there](/articles/).',
      '',
      '<RangeMap id="a-map" />',
      '',
      '<Timeline id="a-timeline" />',
      '',
      '<aside class="editors-note" aria-label="Editor\'s note">',
      '  **Editor\'s note:** a note.',
      '</aside>',
      '',
      'The <abbr title="Short-range ballistic missile">SRBM</abbr>, H<sub>2</sub>O, 10<sup>3</sup>, a break<br />and <span lang="ar" dir="rtl">نص</span>.',
      '',
      'Write to desk<>@</>example.org or see https<>:</>//example.org, a literal \\{brace\\}.',
      '',
      '```js',
      "import fs from 'node:fs'; {process.exit(1)} <script>",
      '```',
    ].join('\n');
    expect(mdxBodyProblems(body)).toEqual([]);
  });

  it.each([
    ['an import', "Text.\n\nimport fs from 'node:fs'\n", 3, /`import fs from 'node:fs'`/, /components are provided by the project.*remove the import/],
    ['an import with side effects only', "Text.\n\nimport './side-effect.mjs'\n", 3, /`import '\.\/side-effect\.mjs'`/, /remove the import/],
    ['an export', 'Text.\n\nexport const x = 1\n', 3, /`export const x = 1`/, /cannot run code: remove the export/],
    ['a flow expression', 'Text.\n\n{(() => process.exit(1))()}\n', 3, /\{\(\(\) => process\.exit\(1\)\)\(\)\} expression/, /write the text as plain Markdown/],
    ['a text expression', 'Text {1 + 1} more.\n', 1, /\{1 \+ 1\} expression/, /write the text as plain Markdown/],
    ['a comment expression', 'Text.\n\n{/* a note */}\n', 3, /\{\/\* a note \*\/\} expression/, /plain Markdown/],
    ['an attribute expression on a component', '<RangeMap id={"a" + "b"} />\n', 1, /id=\{"a" \+ "b"\} on <RangeMap>/, /write a literal value, id="…"/],
    ['a spread on a component', '<Timeline id="a" {...props} />\n', 1, /\{\.\.\.props\} on <Timeline>/, /literal value/],
    ['an attribute expression on HTML', 'A <abbr title={x}>B</abbr>.\n', 1, /title=\{x\} on <abbr>/, /literal value/],
    ['a prop a component does not take', '<RangeMap id="a" embedded="yes" />\n', 1, /embedded attribute on <RangeMap>/, /<RangeMap> takes only id/],
    ['a component without its id', '<Timeline />\n', 1, /<Timeline> without id/, /write <Timeline id="…" \/>/],
    ['a component the project does not provide', '<Chart id="a" />\n', 1, /<Chart>/, /not a component the project provides \(it provides RangeMap, Timeline, WhatWeKnow, OriginalReport, with no import\)/],
    ['a member component', '<Foo.Bar />\n', 1, /<Foo\.Bar>/, /not a component the project provides/],
    ['a meta refresh', '<meta http-equiv="refresh" content="3; url=https://evil.example" />\n', 1, /<meta>/, /not HTML an article may use.*plain Markdown/],
    ['a base', '<base href="https://evil.example/" />\n', 1, /<base>/, /not HTML an article may use/],
    ['a script', 'Text.\n\n<script src="https://evil.example/x.js"></script>\n', 3, /<script>/, /not HTML an article may use/],
    ['a style', '<style>@import url(https://evil.example/x.css);</style>\n', 1, /<style>/, /not HTML an article may use/],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>\n', 1, /<iframe>/, /not HTML an article may use/],
    ['a form', '<form action="https://evil.example/">\n\nSearch\n\n</form>\n', 1, /<form>/, /not HTML an article may use/],
    ['an object', '<object data="https://evil.example/x.swf"></object>\n', 1, /<object>/, /not HTML an article may use/],
    ['an embed', '<embed src="https://evil.example/x.swf" />\n', 1, /<embed>/, /not HTML an article may use/],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css" />\n', 1, /<link>/, /not HTML an article may use/],
    ['an event handler', 'A <span onclick="alert(1)">b</span>.\n', 1, /onclick attribute on <span>/, /no event handlers/],
    ['a style attribute', 'A <span style="position:fixed">b</span>.\n', 1, /style attribute on <span>/, /<span> takes only lang, dir/],
    ['another class on a note', '<aside class="banner">\n  Text.\n</aside>\n', 1, /class="banner" on <aside>/, /class may only be editors-note/],
    ['an id on allowed HTML', 'A <sup id="map-x-title">1</sup>.\n', 1, /id attribute on <sup>/, /<sup> takes no attributes/],
    ['an attribute without a value', 'A <span lang>b</span>.\n', 1, /lang without a value on <span>/, /write lang="…"/],
    ['a javascript: link', 'A [link](javascript:alert(1)).\n', 1, /a link to javascript:alert\(1\)/, /only to http, https or mailto/],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)\n', 1, /a link to data:image/, /only to http, https or mailto/],
    ['an HTML comment (MDX cannot read it)', 'Text.\n\n<!-- a note -->\n', 3, /MDX that cannot be read/, /Unexpected character/],
    ['an unclosed element', 'Text.\n\n<aside class="editors-note">\n\nNo closing tag.\n', 3, /MDX that cannot be read/, /Expected a closing tag for `<aside>`/],
  ])('refuses %s, naming its line, the construct and a fix', (_, body, line, construct, hint) => {
    const problem = onlyProblem(body);
    expect(problem.line).toBe(line);
    expect(problem.construct).toMatch(construct);
    expect(problem.hint).toMatch(hint);
  });

  it('names each statement of a block of module code on its own line', () => {
    const problems = mdxBodyProblems("Text.\n\nimport a from 'a'\nexport const b = 1\nimport 'c'\n");
    expect(problems.map((p) => [p.line, p.construct])).toEqual([
      [3, "`import a from 'a'`"],
      [4, '`export const b = 1`'],
      [5, "`import 'c'`"],
    ]);
  });

  it('lists every problem of a body, in line order, expressions inside allowed elements included', () => {
    const body = ['<aside class="editors-note">', '  Note {x}.', '</aside>', '', '<meta charset="x" />', '', 'Text {y}.'].join('\n');
    expect(mdxBodyProblems(body).map((p) => p.line)).toEqual([2, 5, 7]);
  });

  it('formats a problem as file:line, construct and fix', () => {
    expect(formatBodyProblem('content/articles/x.mdx', { line: 4, construct: '<meta>', hint: 'write the text as plain Markdown' })).toBe(
      'content/articles/x.mdx:4: <meta>; write the text as plain Markdown',
    );
  });
});

describe('readArticleBody: what one reading of a body gives', () => {
  it('the text of every editor’s note, without Markdown emphasis, and nothing from other asides', () => {
    const body = readArticleBody(
      '<aside class="editors-note">**Note:** one</aside>\n\ntext\n\n<aside aria-label="x" class="editors-note">\n  two\n  lines\n\n  *and* more\n</aside>\n\n<aside>not a note</aside>\n',
    );
    expect(body.editorsNotes).toEqual(['Note: one', 'two lines and more']);
  });

  it('the text of its paragraphs, the report itself, without editor’s notes, headings or markup', () => {
    const body = readArticleBody('# Heading on Monday\n\nFiled *on Thursday*.\n\n<aside class="editors-note">Said on Friday.</aside>\n\n<RangeMap id="a" />\n\nMore last year.\n');
    expect(body.reportText).toBe('Filed on Thursday.\nMore last year.');
  });

  it('the report from its label on, where the body places <OriginalReport />: the desk’s words above it are not the wire’s', () => {
    const body = readArticleBody('The desk wrote this on Monday.\n\n<WhatWeKnow />\n\n<OriginalReport />\n\nFiled on Thursday.\n');
    expect(body.reportText).toBe('Filed on Thursday.');
  });

  it('the components it shows, in order, with their lines', () => {
    expect(readArticleBody('Text.\n\n<RangeMap id="a" />\n\n<Timeline id="b" />\n').uses).toEqual([
      { component: 'RangeMap', id: 'a', line: 3 },
      { component: 'Timeline', id: 'b', line: 5 },
    ]);
  });

  it('is the same reading each time a body is read', () => {
    const source = 'Text.\n\n<RangeMap id="same" />\n';
    expect(readArticleBody(source)).toBe(readArticleBody(source));
  });
});

describe('README: what an article body may hold', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Add an article'), readme.indexOf('\n## ', readme.indexOf('## Add an article') + 1));

  it.each(Object.entries(ARTICLE_COMPONENTS))('names the component <%s> and its props', (name, props) => {
    expect(section).toContain(`<${[name, ...props.map((prop) => `${prop}="…"`)].join(' ')} />`);
  });

  it.each(Object.entries(ARTICLE_HTML))('names the HTML element <%s> and its attributes', (name, attributes) => {
    const row = section.split('\n').find((line) => line.startsWith(`| \`<${name}>\` |`));
    expect(row, `no README row for <${name}>`).toBeDefined();
    for (const attribute of Object.keys(attributes)) expect(row).toContain(`\`${attribute}\``);
  });
});
