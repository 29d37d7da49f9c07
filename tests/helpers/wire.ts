import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/dist.ts';
import { parseWireStory } from '../../src/lib/wire-story.ts';
import { parseYamlStrictly, yamlFrontmatter } from '../../src/lib/yaml-data.ts';

const WIRE = join(ROOT, 'content', 'wire');
const ARTICLES = join(ROOT, 'content', 'articles');

/** Typographic quotes are allowed in the article, so compare text with quotes folded to ASCII. */
export function foldText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface WireCopy {
  /** The article's id: content/wire/<slug>.txt is the wire copy of content/articles/<slug>.mdx. */
  slug: string;
  path: string;
  text: string;
  /** The headline, folded. The article sets it in the house's sentence case, so compare it ignoring case. */
  headline: string;
  /** Every sentence of every paragraph, folded. Splits after . ? ! (and a closing quote) before a capital. */
  sentences: string[];
}

/** Every wire copy kept in content/wire/, parsed as `new-article` parses it. */
export function wireCopies(): WireCopy[] {
  return readdirSync(WIRE)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const path = join(WIRE, file);
      const text = readFileSync(path, 'utf8');
      const story = parseWireStory(text);
      return {
        slug: file.replace(/\.txt$/, ''),
        path,
        text,
        headline: foldText(story.headline),
        sentences: story.paragraphs.flatMap((p) => p.split(/(?<=[.?!]"?)\s+(?=["A-Z])/)).map(foldText),
      };
    });
}

/** Whether content/articles/<slug>.mdx exists and is published (a draft is not on the site). */
function isPublished(slug: string): boolean {
  const file = join(ARTICLES, `${slug}.mdx`);
  if (!existsSync(file)) return false;
  const data = parseYamlStrictly(yamlFrontmatter(readFileSync(file, 'utf8')) ?? '', file) as { draft?: boolean };
  return data.draft !== true;
}

/** The wire copies whose article is on the site: each of those pages must keep every wire sentence. */
export function publishedWireCopies(): WireCopy[] {
  return wireCopies().filter((copy) => isPublished(copy.slug));
}

/** The wire sentences missing from a page's text (the headline compared ignoring case). */
export function missingWireSentences(copy: WireCopy, pageText: string): string[] {
  const text = foldText(pageText);
  return [
    ...(text.toLowerCase().includes(copy.headline.toLowerCase()) ? [] : [copy.headline]),
    ...copy.sentences.filter((sentence) => !text.includes(sentence)),
  ];
}
