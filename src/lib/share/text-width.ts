/** How wide resvg will draw a line of the share card's headline font. */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { FONT_FILES } from './png.ts';

let interBold: Font | undefined;

/**
 * The width in pixels of a line of Inter Bold at `fontSize`, from the font's own advance widths
 * (without kerning, which only ever narrows a line), so a wrapped line never runs over.
 */
export function boldTextWidth(text: string, fontSize: number): number {
  interBold ??= create(readFileSync(FONT_FILES.find((file) => file.includes('700Bold'))!)) as Font;
  const advance = interBold.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
  return (advance / interBold.unitsPerEm) * fontSize;
}
