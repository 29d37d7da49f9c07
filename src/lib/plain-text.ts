/**
 * What counts as text that people typed: no control characters (tab and newline excepted), no lone
 * surrogates and no Unicode non-characters. Such characters arrive by pasting (a vertical tab from
 * Word, an escape from a terminal) and break what the text ends up in: XML feeds and sitemaps are
 * ill-formed with them, share images and HTML validators choke. Knows nothing of Astro.
 */

function isForbidden(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a) return false;
  return (
    codePoint < 0x20 || // C0 controls
    (codePoint >= 0x7f && codePoint <= 0x9f) || // DEL and C1 controls
    (codePoint >= 0xd800 && codePoint <= 0xdfff) || // a surrogate not paired with its other half
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || // non-characters
    (codePoint & 0xfffe) === 0xfffe // U+FFFE, U+FFFF and their twins in every plane
  );
}

/** Why the text is not plain text (the first offending character and where it is), or undefined. */
export function plainTextProblem(text: string): string | undefined {
  let position = 0;
  for (const char of text) {
    position += 1;
    const codePoint = char.codePointAt(0)!;
    if (isForbidden(codePoint)) {
      const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      const kind = codePoint >= 0xd800 && codePoint <= 0xdfff ? 'a lone surrogate' : codePoint > 0x9f ? 'a Unicode non-character' : 'a control character';
      return `contains ${name} (${kind}) at character ${position}; delete it (pasted text often carries such characters)`;
    }
  }
  return undefined;
}
