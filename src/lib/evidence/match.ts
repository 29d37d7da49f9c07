/**
 * Whether an excerpt holds a phrase word for word. Case, quote style and spacing do not count: a source
 * that prints “won’t” holds "won't", and a line break in the YAML is a space.
 */

const SINGLE_QUOTES = /[‘’‚‛′`]/gu;
const DOUBLE_QUOTES = /[“”„‟″«»]/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/** The form both sides are compared in. */
export function normaliseForMatch(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `phrase` occurs in `text` as whole words: "ten" is not found in "often", nor "24" in "240".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const haystack = normaliseForMatch(text);
  const needle = normaliseForMatch(phrase);
  if (!needle) return true;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsClean = !WORD_CHAR.test(needle[0]!) || before === undefined || !WORD_CHAR.test(before);
    const endsClean = !WORD_CHAR.test(needle.at(-1)!) || after === undefined || !WORD_CHAR.test(after);
    if (startsClean && endsClean) return true;
  }
  return false;
}
