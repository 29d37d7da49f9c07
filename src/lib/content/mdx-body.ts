/**
 * What an article body may hold: Markdown, the project's components with literal props, and a few HTML
 * elements with literal attributes. Nothing in it may run or take the reader elsewhere: MDX executes
 * `import`, `export` and `{…}` at build time, and publishes any HTML it is given (a `<meta
 * http-equiv="refresh">` sends readers to another site).
 *
 * Knows nothing of Astro: it reads the text the MDX compiler reads, with the parser the build uses, and
 * lists every construct it refuses, each with its line and a fix.
 */
import { mdxToMdast } from 'satteri';
import type {
  MdastNode,
  MdxFlowExpression,
  MdxJsxAttributeUnion,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  MdxjsEsm,
  MdxTextExpression,
} from 'satteri';
import { ARTICLE_COMPONENTS, isArticleComponent, type ArticleComponentName } from './article-components.ts';
import { isTitleCase } from '../sentence-case.ts';

export interface BodyProblem {
  line: number;
  /** The construct as the editor wrote it, shortened. */
  construct: string;
  /** How to say the same thing in what an article may use. */
  hint: string;
}

/** Any literal text, or one of a few values. */
type AttributeRule = 'text' | readonly string[];

/** The raw HTML an article may use, each element with the attributes it may carry, all literal. */
export const ARTICLE_HTML: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  // The editor's note: readArticleBody gives its text to the evidence check, the site's CSS styles it.
  aside: { class: ['editors-note'], 'aria-label': 'text' },
  abbr: { title: 'text' },
  // A phrase in another language or script, with its direction.
  span: { lang: 'text', dir: ['ltr', 'rtl', 'auto'] },
  sup: {},
  sub: {},
  br: {},
};

/** Where a Markdown link or image may point: anything else (`javascript:`, `data:` …) can run or spoof. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

type BodyNode = MdastNode | MdxjsEsm | MdxFlowExpression | MdxTextExpression | MdxJsxFlowElement | MdxJsxTextElement;

const COMPONENT_LIST = Object.keys(ARTICLE_COMPONENTS).join(', ');
const NO_CODE = 'an article cannot run code';

/** One use of a project component in an article, as the editor wrote it: `<RangeMap id="…" />` on line 12. */
export interface ComponentUse {
  component: ArticleComponentName;
  /** What it names; a component without props (`<WhatWeKnow />`) names nothing. */
  id: string | undefined;
  line: number;
}

/** What one parse of an article body gives: what it may not hold, the components it shows, in order, and its editor's notes. */
export interface ArticleBody {
  problems: BodyProblem[];
  uses: ComponentUse[];
  /** The text of each `<aside class="editors-note">`, the desk's own voice, which the evidence check reads. */
  editorsNotes: string[];
  /**
   * The text of the report, where its relative days are read: the paragraphs outside editor's notes, from
   * `<OriginalReport />` on where the body places one (the desk's own words may come before the wire).
   */
  reportText: string;
}

/**
 * Reads an MDX body (frontmatter blanked, so lines are the file's) once: every construct an article may
 * not use, every component it shows and its editor's notes. Nothing else reads a body, so no other
 * reading can disagree. The content loader and the content gate both ask for each body in one build;
 * the second gets the first's reading (see `readings`).
 */
export function readArticleBody(source: string): ArticleBody {
  const known = readings.get(source);
  if (known) return known;
  const body = parseArticleBody(source);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(source, body);
  return body;
}

/**
 * Readings of bodies by their text, shared by every copy of this module in the process: the content
 * loader and the pages (where Vite bundles the content gate) load it separately, but one build runs both
 * in one process, so a body is parsed once. Bounded, for a dev server that sees many edits.
 */
const READINGS = Symbol.for('explainer.article-body-readings');
const MAX_READINGS = 500;
const readings: Map<string, ArticleBody> = ((globalThis as { [READINGS]?: Map<string, ArticleBody> })[READINGS] ??= new Map());

function parseArticleBody(source: string): ArticleBody {
  let tree: BodyNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    return { problems: [unreadable(error as Error)], uses: [], editorsNotes: [], reportText: '' };
  }
  const problems: BodyProblem[] = [];
  const uses: ComponentUse[] = [];
  const editorsNotes: string[] = [];
  const paragraphs: string[] = [];
  const visit = (node: BodyNode, inNote: boolean) => {
    problems.push(...nodeProblems(node));
    const use = componentUse(node);
    if (use) uses.push(use);
    // The report starts at its label: what the desk wrote above it is not the wire's.
    if (use?.component === 'OriginalReport') paragraphs.length = 0;
    const note = isEditorsNote(node);
    if (note) editorsNotes.push(blocksText(node));
    if (node.type === 'paragraph' && !inNote) paragraphs.push(textOf(node));
    if ('children' in node) for (const child of node.children as BodyNode[]) visit(child, inNote || note);
  };
  visit(tree, false);
  return { problems: problems.sort((a, b) => a.line - b.line), uses, editorsNotes, reportText: paragraphs.join('\n') };
}

/** `<aside class="editors-note">`: the one element whose class the allowlist above accepts on an aside. */
function isEditorsNote(node: BodyNode): node is MdxJsxFlowElement | MdxJsxTextElement {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'aside') return false;
  const classes = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'class')?.value;
  return typeof classes === 'string' && classes.split(/\s+/).includes('editors-note');
}

/** The text of an element's blocks (its paragraphs), one space between them, markup and emphasis left out. */
const blocksText = (node: MdxJsxFlowElement | MdxJsxTextElement) =>
  (node.children as BodyNode[])
    .map(textOf)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every construct in an MDX body that an article may not use. */
export const mdxBodyProblems = (source: string): BodyProblem[] => readArticleBody(source).problems;

/** A project component with its literal id, if it takes one; one missing its id is a problem the body check reports. */
function componentUse(node: BodyNode): ComponentUse | undefined {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name === null || !isArticleComponent(node.name)) return undefined;
  const line = node.position?.start.line ?? 1;
  if (ARTICLE_COMPONENTS[node.name].length === 0) return { component: node.name, id: undefined, line };
  const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
  return typeof id === 'string' ? { component: node.name, id, line } : undefined;
}

export const formatBodyProblem = (file: string, { line, construct, hint }: BodyProblem) => `${file}:${line}: ${construct}; ${hint}`;

function nodeProblems(node: BodyNode): BodyProblem[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'mdxjsEsm':
      return esmProblems(node.value, line);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ line, construct: `{${excerpt(node.value)}} expression`, hint: `${NO_CODE}: write the text as plain Markdown (a literal brace is written \\{)` }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, line);
    case 'html':
      return [{ line, construct: `raw HTML ${excerpt(node.value)}`, hint: `write the text as plain Markdown` }];
    case 'link':
    case 'image':
    case 'definition':
      return linkProblems(node.url, line);
    case 'heading':
      return headingProblems(textOf(node), line);
    default:
      return [];
  }
}

/** One problem per `import` or `export` statement in a block of module code, at its own line. */
function esmProblems(code: string, line: number): BodyProblem[] {
  const statements = code.split('\n').flatMap((text, i) => {
    const keyword = /^(import|export)\b/.exec(text)?.[1];
    return keyword ? [{ keyword, text, line: line + i }] : [];
  });
  if (statements.length === 0) return [{ line, construct: `module code ${excerpt(code)}`, hint: `${NO_CODE}: remove it` }];
  return statements.map(({ keyword, text, line }) => ({
    line,
    construct: `\`${excerpt(text)}\``,
    hint:
      keyword === 'import'
        ? `components are provided by the project (${COMPONENT_LIST}), not imported: remove the import`
        : `${NO_CODE}: remove the export; facts belong in the frontmatter or content/, text in Markdown`,
  }));
}

function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement, line: number): BodyProblem[] {
  // A fragment, <>…</>, has no name and no attributes: it only groups text (new-article uses it to keep addresses text).
  if (node.name === null) return [];
  const { name } = node;
  const rules = attributeRules(name);
  if (!rules) return [{ line, construct: `<${name}>`, hint: unknownElementHint(name) }];
  const problems = node.attributes.flatMap((attribute) => attributeProblems(name, attribute, rules)).map((problem) => ({ line, ...problem }));
  if (isArticleComponent(name)) {
    const given = new Set(node.attributes.map((attribute) => (attribute.type === 'mdxJsxAttribute' ? attribute.name : '')));
    for (const prop of ARTICLE_COMPONENTS[name].filter((prop) => !given.has(prop))) {
      problems.push({ line, construct: `<${name}> without ${prop}`, hint: `write <${name} ${prop}="…" />` });
    }
  }
  return problems;
}

function attributeRules(name: string): Readonly<Record<string, AttributeRule>> | undefined {
  if (isArticleComponent(name)) return Object.fromEntries(ARTICLE_COMPONENTS[name].map((prop) => [prop, 'text' as const]));
  return Object.hasOwn(ARTICLE_HTML, name) ? ARTICLE_HTML[name] : undefined;
}

function unknownElementHint(name: string): string {
  if (/^[A-Z]|\./.test(name)) return `not a component the project provides (it provides ${COMPONENT_LIST}, with no import)`;
  return `not HTML an article may use (only ${Object.keys(ARTICLE_HTML).join(', ')}): write the text as plain Markdown`;
}

function attributeProblems(element: string, attribute: MdxJsxAttributeUnion, rules: Readonly<Record<string, AttributeRule>>): Omit<BodyProblem, 'line'>[] {
  const on = `on <${element}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ construct: `{${excerpt(attribute.value)}} ${on}`, hint: `${NO_CODE}: write each attribute with a literal value, name="…"` }];
  }
  const { name, value } = attribute;
  const allowed = Object.keys(rules);
  if (!Object.hasOwn(rules, name)) {
    const takes = allowed.length > 0 ? `takes only ${allowed.join(', ')}` : 'takes no attributes';
    return [{ construct: `${name} attribute ${on}`, hint: `<${element}> ${takes}${/^on/i.test(name) ? ` (${NO_CODE}, no event handlers)` : ''}` }];
  }
  if (typeof value === 'object' && value !== null) {
    return [{ construct: `${name}={${excerpt(value.value)}} ${on}`, hint: `${NO_CODE}: write a literal value, ${name}="…"` }];
  }
  if (typeof value !== 'string') return [{ construct: `${name} without a value ${on}`, hint: `write ${name}="…"` }];
  const rule = rules[name]!;
  if (rule !== 'text' && !rule.includes(value)) return [{ construct: `${name}="${excerpt(value)}" ${on}`, hint: `${name} may only be ${rule.join(' or ')}` }];
  return [];
}

function linkProblems(url: string, line: number): BodyProblem[] {
  // Browsers drop tabs, newlines and leading spaces from a scheme, so `java\tscript:` is still one.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\p{Cc}\s]/gu, ''))?.[1]?.toLowerCase();
  if (scheme === undefined || LINK_SCHEMES.has(scheme)) return [];
  return [{ line, construct: `a link to ${excerpt(url)}`, hint: `link only to http, https or mailto addresses` }];
}

/** The house style for headings (src/lib/sentence-case.ts), as for the headline. */
function headingProblems(text: string, line: number): BodyProblem[] {
  if (!isTitleCase(text)) return [];
  return [{ line, construct: `heading "${excerpt(text)}" in Title Case`, hint: 'headings are in sentence case: capitalise the first word and names only' }];
}

/** The text a node shows, its markup left out. */
function textOf(node: BodyNode): string {
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? (node.children as BodyNode[]).map(textOf).join('') : '';
}

/** A parse error: the MDX compiler would stop on it too, so say so here with its line. */
function unreadable(error: Error): BodyProblem {
  const [, line = '1', reason = error.message] = /^(\d+):\d+(?:-\d+:\d+)?: ([\s\S]*)$/.exec(error.message) ?? [];
  return { line: Number(line), construct: 'MDX that cannot be read', hint: reason.trim() };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
