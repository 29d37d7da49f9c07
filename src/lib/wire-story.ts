/**
 * Turns a plain-text wire story into an MDX article scaffold. Knows nothing of Astro or the file system.
 *
 * Input format, as the wires send it: the first non-empty line is the headline, every further
 * non-empty line is a paragraph.
 */
import { plainTextProblem } from './plain-text.ts';
import { PLACEHOLDER } from './schemas/placeholders.ts';
import { slugWords } from './slug.ts';
import { sentenceCaseHeadline } from './sentence-case.ts';

export interface WireStory {
  headline: string;
  paragraphs: string[];
}

export class WireStoryError extends Error {}

export function parseWireStory(text: string): WireStory {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ number: i + 1, text: line.trim() }))
    .filter((line) => line.text.length > 0);
  for (const line of lines) {
    const problem = plainTextProblem(line.text);
    if (problem) throw new WireStoryError(`line ${line.number} ${problem}`);
  }
  const [headline, ...paragraphs] = lines.map((line) => line.text);
  if (!headline) throw new WireStoryError('the story is empty: expected a headline on the first line, then paragraphs');
  if (paragraphs.length === 0) throw new WireStoryError('the story has a headline but no paragraphs');
  return { headline, paragraphs };
}

/** Words a slug can do without: they lengthen the address and say nothing a reader looks for. */
const SLUG_STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'the', 'to', 'with']);
const SLUG_MAX_WORDS = 6;
const SLUG_MAX_LENGTH = 60;

/**
 * A short, readable URL slug from a headline: lowercase ASCII words joined by hyphens, small words
 * left out, at most six words and 60 characters, always cut at a word.
 */
export function slugFromHeadline(headline: string): string {
  const words = slugWords(headline);
  const meaningful = words.filter((word) => !SLUG_STOP_WORDS.has(word));
  const kept: string[] = [];
  for (const word of meaningful.length > 0 ? meaningful : words) {
    if (kept.length === SLUG_MAX_WORDS || [...kept, word].join('-').length > SLUG_MAX_LENGTH) break;
    kept.push(word);
  }
  // A single word longer than the limit is cut rather than dropped, so a slug is never empty for want of a break.
  const slug = kept.length > 0 ? kept.join('-') : (words[0] ?? '').slice(0, SLUG_MAX_LENGTH);
  if (!slug) throw new WireStoryError(`cannot make a URL slug from the headline "${headline}"; pass --slug`);
  return slug;
}

/**
 * Writes a wire paragraph so MDX shows it as the very characters it is, and can neither run it nor read
 * structure into it. MDX reads `{…}` as JavaScript, `<` as JSX or HTML, a line starting `import` or
 * `export` as a module, `&…;` as a character, and Markdown builds emphasis, code, links, autolinks,
 * headings, lists, quotes, tables and rules out of punctuation. So:
 * - every character that can open or close such a construct anywhere in a line is backslash-escaped
 *   (CommonMark lets any ASCII punctuation be escaped, and shows it literally);
 * - what only counts at the start of a line (`-`, `+`, `1.`, `1)`, `import`, `export`) is neutralised
 *   there, the keywords by writing their first letter as a character reference;
 * - the heart of a web or e-mail address (`://`, `www.`, `@`) goes into an empty JSX fragment (`<>@</>`):
 *   GFM finds autolinks in the text after escapes and character references are read, so only a break in
 *   the text itself keeps an address from turning into a link, and a fragment breaks it without adding
 *   markup or code (the content gate, src/lib/content/mdx-body.ts, refuses `{"@"}` expressions). Never at
 *   the start of a line, where a fragment alone would stand outside the paragraph.
 */
export function escapeMdxText(paragraph: string): string {
  return paragraph
    .replace(/[\\`*_{}[\]<>&|~#]/g, '\\$&')
    .replace(/(?<=.)(?::(?=\/\/)|(?<=www)\.|@)/gi, '<>$&</>')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** The article's headline: the wire's, in the house's sentence case (a Title Case headline restyled, its words kept). */
export const articleTitle = (story: WireStory): string => sentenceCaseHeadline(story.headline, story.paragraphs);

export function articleScaffold(story: WireStory, publishedAt: string): string {
  const quote = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
  return [
    '---',
    `title: ${quote(articleTitle(story))}`,
    `dek: ${quote(`${PLACEHOLDER}: one or two sentences that tell the reader what they will learn`)}`,
    `byline: ${quote(`${PLACEHOLDER}: author or desk`)}`,
    `publishedAt: ${publishedAt}`,
    '# Remove `draft: true` when every TODO is filled in; until then the story stays off the site.',
    'draft: true',
    'sources:',
    `  - publisher: ${quote(`${PLACEHOLDER}: publisher`)}`,
    `    title: ${quote(`${PLACEHOLDER}: headline of the source`)}`,
    `    url: ${quote(`https://example.org/${PLACEHOLDER}`)}`,
    '    evidence:',
    `      - ${quote(`${PLACEHOLDER}: a sentence or two copied word for word from the source page`)}`,
    '---',
    '',
    ...story.paragraphs.flatMap((paragraph) => [escapeMdxText(paragraph), '']),
  ].join('\n');
}
