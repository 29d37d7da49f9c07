import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

/**
 * The wire story the first article reproduces. content/wire/ keeps each article's original wire copy
 * (here the seed story, byte for byte) so the check needs nothing outside the repository.
 */
export const SEED_PATH = join(ROOT, 'content', 'wire', 'north-korean-missiles-ukraine.txt');

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** Typographic quotes are allowed in the article, so compare text with quotes folded to ASCII. */
export function foldText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The seed's sentences, headline first. Splits after . ? ! (and a closing quote) before a capital. */
export function seedSentences(): string[] {
  const [headline = '', ...paragraphs] = seedText().split(/\r?\n/).filter((l) => l.trim());
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.?!]"?)\s+(?=["A-Z])/));
  return [headline, ...sentences].map(foldText);
}
