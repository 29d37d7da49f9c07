/**
 * The house style for headlines and headings is sentence case: the first word and names capitalised,
 * nothing else. The build refuses a heading in Title Case (src/lib/schemas/fields.ts, the article body
 * check) and `new-article` restyles a wire headline sent in Title Case.
 */

/** The words of a heading after the first, stripped of punctuation, that are long enough to tell the styles apart. */
const telltaleWords = (heading: string) =>
  heading
    .split(/\s+/)
    .slice(1)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => word.length >= 4);

/**
 * Title Case: three or more words of four letters or more after the first, every one capitalised.
 * Short words are left out, as Title Case styles disagree on them; a heading of only names ("Kim Jong Un")
 * has too few long words to count.
 */
export function isTitleCase(heading: string): boolean {
  const words = telltaleWords(heading);
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Why a heading breaks the house style, or undefined when it does not. */
export function titleCaseProblem(heading: string): string | undefined {
  if (!isTitleCase(heading)) return undefined;
  return `"${heading}" is in Title Case; headings are in sentence case: capitalise the first word and names only (README, "Add an article")`;
}

/** Is `word` written capitalised inside a sentence of `text`, not only where a sentence starts? Then it is a name. */
function isNameIn(word: string, text: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![.!?:]["”’)]?\\s+|^\\s*|[\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'mu').test(text);
}

/**
 * A Title Case headline restyled to sentence case, its words unchanged but for the first letter: every
 * word after the first is lowered unless the story writes it capitalised mid-sentence (a name: "Ukraine",
 * "North Korean"), it has a second capital ("US", "ICBMs", "McDonald") or it holds a digit. A headline already in sentence case
 * is returned as it is.
 */
export function sentenceCaseHeadline(headline: string, story: readonly string[]): string {
  if (!isTitleCase(headline)) return headline;
  const text = story.join('\n');
  const [first = '', ...rest] = headline.split(/(\s+)/);
  const restyled = rest.map((token) => {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const keep = !/^\p{Lu}/u.test(word) || /\p{N}/u.test(word) || /^\p{Lu}.*\p{Lu}/u.test(word) || isNameIn(word, text);
    return keep ? token : token.replace(word, word.charAt(0).toLowerCase() + word.slice(1));
  });
  return first + restyled.join('');
}
