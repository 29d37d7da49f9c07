/**
 * Turns a plain-text wire story into an MDX article scaffold. Knows nothing of Astro or the file system.
 *
 * Input format, as the wires send it: the first non-empty line is the headline, every further
 * non-empty line is a paragraph.
 */

export interface WireStory {
  headline: string;
  paragraphs: string[];
}

export class WireStoryError extends Error {}

export function parseWireStory(text: string): WireStory {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [headline, ...paragraphs] = lines;
  if (!headline) throw new WireStoryError('the story is empty: expected a headline on the first line, then paragraphs');
  if (paragraphs.length === 0) throw new WireStoryError('the story has a headline but no paragraphs');
  return { headline, paragraphs };
}

/** A URL slug from a headline: lowercase ASCII words joined by hyphens, at most eight words. */
export function slugFromHeadline(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const slug = words.slice(0, 8).join('-');
  if (!slug) throw new WireStoryError(`cannot make a URL slug from the headline "${headline}"; pass --slug`);
  return slug;
}

/**
 * Escapes what MDX would read as code or markup, so wire copy renders as the words it is:
 * braces open expressions, `<` opens JSX, and a few characters start Markdown constructs.
 */
export function escapeMdxText(paragraph: string): string {
  return paragraph
    .replace(/[\\{}<>*_`[\]]/g, (ch) => `\\${ch}`)
    .replace(/^(#|-|\+|\d+\.)(?=\s)/, '\\$1');
}

/** Frontmatter placeholders start with this marker; the article schema refuses it unless `draft: true`. */
export const PLACEHOLDER = 'TODO';

export function articleScaffold(story: WireStory, publishedAt: string): string {
  const quote = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
  return [
    '---',
    `title: ${quote(story.headline)}`,
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
