/**
 * Text that reads as it looks. A right-to-left override (U+202E) makes `gpj.exe` show as `exe.jpg`;
 * a zero-width space makes two names that look the same differ; neither can be seen in a title, on a
 * map label or in a share image. And a word too long to wrap pushes a phone's page sideways or runs off
 * a label. Knows nothing of Astro.
 */

/** The longest word a title, name or label may hold: longer ones cannot wrap on a 280 px screen or a map label. */
export const MAX_WORD_LENGTH = 60;

/** Bidi controls that reorder the text after them: embeddings, overrides and isolates. No text needs them once its element has `dir`. */
const REORDERING_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Unicode's Default_Ignorable_Code_Point: the characters a renderer shows as nothing. Zero-width spaces,
 * joiners and non-joiners, word joiner, byte order mark, bidi controls and direction marks, soft hyphen,
 * Hangul fillers, variation selectors, tag characters. Unicode's own list, so nothing invisible is missed.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

const codePointName = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function kindOf(char: string): string {
  if (REORDERING_CONTROL.test(char)) return 'a bidi control, which reorders the text after it';
  if (/\p{Bidi_Control}/u.test(char)) return 'an invisible direction mark';
  return 'an invisible character';
}

function firstMatch(text: string, pattern: RegExp): string | undefined {
  let position = 0;
  for (const char of text) {
    position += 1;
    if (pattern.test(char)) return `contains ${codePointName(char)} (${kindOf(char)}) at character ${position}`;
  }
  return undefined;
}

/** For prose (deks, notes, excerpts): why the text holds a control that reorders it, or undefined. Direction marks and joiners stay, as scripts need them. */
export function reorderingControlProblem(text: string): string | undefined {
  const found = firstMatch(text, REORDERING_CONTROL);
  return found && `${found}; delete it: text must read as it looks (a right-to-left quotation needs none, its page sets \`dir\`)`;
}

/** For titles, names, labels and addresses: why the text holds a character no reader can see, or undefined. */
export function invisibleCharacterProblem(text: string): string | undefined {
  const found = firstMatch(text, INVISIBLE);
  return found && `${found}; delete it: a title, name, label or address must read exactly as it looks`;
}

/** For titles, names and labels: why a word is too long to wrap, or undefined. */
export function longWordProblem(text: string): string | undefined {
  const word = text.split(/\s+/u).find((w) => [...w].length > MAX_WORD_LENGTH);
  if (!word) return undefined;
  const start = [...word].slice(0, 20).join('');
  return `has a ${[...word].length}-character word starting "${start}…"; a word in a title, name or label may have at most ${MAX_WORD_LENGTH} characters so it can wrap on a phone: add a space or shorten it`;
}
