/**
 * An evidence excerpt: words copied verbatim from a source page. Kept short so quoting stays fair use
 * and a reader can check the claim at a glance.
 */

export const MAX_EXCERPT_WORDS = 60;

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words as a reader counts them: runs of text between spaces. Chinese and Japanese put no spaces between
 * words, so there every two characters count as one word, about the average length of a Japanese word.
 */
export function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const spaced = text
    .replace(UNSPACED_SCRIPT, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return spaced + Math.ceil(unspaced / 2);
}
