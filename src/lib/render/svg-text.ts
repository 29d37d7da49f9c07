/** Small helpers for writing SVG by hand: escaping and line wrapping. */

export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Greedy word wrap: `width` measures a piece of text in the same unit as `maxWidth`. A word wider than
 * a line on its own (a URL, a long compound) is broken where it must be, so no line runs over and no
 * character is dropped: the lines joined by spaces are the text with its whitespace collapsed, except
 * that a broken word's pieces are joined by a space.
 */
export function wrapToWidth(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (width(next) <= maxWidth) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    // Break the word into the longest pieces that fit (at least one character each).
    while (width(word) > maxWidth && word.length > 1) {
      const chars = [...word];
      let fit = 1;
      while (fit < chars.length && width(chars.slice(0, fit + 1).join('')) <= maxWidth) fit += 1;
      lines.push(chars.slice(0, fit).join(''));
      word = chars.slice(fit).join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `<text>` with one `<tspan>` a line. */
export function textBlock(lines: string[], x: number, y: number, lineHeight: number, attributes: string): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${xml(line)}</tspan>`).join('');
  return `<text ${attributes}>${spans}</text>`;
}
