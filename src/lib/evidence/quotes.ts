/**
 * Phrases a text puts in quotation marks: what it says somebody said, word for word. Straight and
 * typographic marks both count; single quotes count only where they cannot be an apostrophe
 * ("Russia's" opens nothing).
 */

/** Double quotes, straight or typographic: “…” or "…". */
const DOUBLE = /“([^“”"]*)”|"([^“”"]*)"/gu;
const STRAY_DOUBLE = /[“”"]/u;
/** ‘…’ or '…' that starts and ends a word run; an apostrophe inside ("don't") does not close it. */
const SINGLE = /(?<![\p{L}\p{N}])['‘]((?:[^'‘’]|['’](?=\p{L}))+?)['’](?![\p{L}\p{N}])/gu;
/** An ellipsis marks words left out: the parts on either side are quoted separately. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3})\s*/u;
/** Punctuation at a quote's edges follows the house style, not the speaker. */
const EDGE_PUNCTUATION = /^[\s.,;:!?]+|[\s.,;:!?]+$/gu;

export interface QuotedPhrases {
  /** Each quotation as written between its marks. */
  quotes: string[];
  /** A double quotation mark that nothing closes (or opens). */
  unclosed: boolean;
}

export function quotedPhrases(text: string): QuotedPhrases {
  const quotes: string[] = [];
  const rest = text.replace(DOUBLE, (_, typographic: string | undefined, straight: string | undefined) => {
    quotes.push(typographic ?? straight ?? '');
    return ' ';
  });
  const unclosed = STRAY_DOUBLE.test(rest);
  for (const match of rest.matchAll(SINGLE)) quotes.push(match[1]!);
  return { quotes: quotes.map((quote) => quote.trim()).filter(Boolean), unclosed };
}

/** The runs of words a quotation claims verbatim: split at each ellipsis, trimmed of edge punctuation. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(ELLIPSIS)
    .map((part) => part.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
}
