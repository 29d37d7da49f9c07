/**
 * How wide resvg draws a line of text: the one measure of the map files' and the share card's words,
 * from the Inter files the PNGs are rendered with (src/lib/render/png.ts).
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { FONT_FILES } from './png.ts';

export type FontWeight = 400 | 600 | 700;

const FILE_OF_WEIGHT: Record<FontWeight, string> = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' };
const fonts = new Map<FontWeight, Font>();

function interFont(weight: FontWeight): Font {
  let font = fonts.get(weight);
  if (!font) {
    font = create(readFileSync(FONT_FILES.find((file) => file.includes(FILE_OF_WEIGHT[weight]))!)) as Font;
    fonts.set(weight, font);
  }
  return font;
}

/**
 * The width in pixels of a line of Inter at `fontSize` and `weight`, from the font's own advance widths
 * (without kerning, which only ever narrows a line), so a line measured to fit never runs over.
 * `letterSpacing` (px) is added after every character, as SVG's letter-spacing does.
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400, letterSpacing = 0): number {
  const font = interFont(weight);
  const advance = font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
  return (advance / font.unitsPerEm) * fontSize + [...text].length * letterSpacing;
}
