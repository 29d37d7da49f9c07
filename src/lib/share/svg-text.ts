/** Small helpers for writing SVG by hand: escaping and line wrapping. */

export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Greedy word wrap by estimated width: `charWidth` is the average glyph width as a share of the font
 * size (about 0.55 for Inter Bold). Estimates err wide, so lines never run over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, charWidth = 0.55): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * charWidth)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `<text>` with one `<tspan>` a line. */
export function textBlock(lines: string[], x: number, y: number, lineHeight: number, attributes: string): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${xml(line)}</tspan>`).join('');
  return `<text ${attributes}>${spans}</text>`;
}
