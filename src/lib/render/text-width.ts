/**
 * How wide a line of text is drawn, from a font's own advance widths: Inter, the font resvg draws the
 * map files and the share card in (src/lib/render/png.ts), and DejaVu Sans, the widest face the page's
 * system font stack (--font-sans) resolves to on a common system (Linux's default, and the test browser's).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';

export type FontWeight = 400 | 500 | 600 | 700;
export type FontFamily = 'Inter' | 'DejaVu Sans';

const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
/** The package png.ts gives resvg its Inter files from (FONT_FILES). */
const interFile = (weight: string) => join(packageDir('@expo-google-fonts/inter'), weight, `Inter_${weight}.ttf`);
const dejavuFile = (face: string) => join(packageDir('dejavu-fonts-ttf'), 'ttf', `${face}.ttf`);

/** The file a browser draws each weight from: DejaVu Sans has a book and a bold face; 500 takes the book, 600 the bold (CSS font matching). */
const FILES: Record<FontFamily, Record<FontWeight, string>> = {
  Inter: { 400: interFile('400Regular'), 500: interFile('500Medium'), 600: interFile('600SemiBold'), 700: interFile('700Bold') },
  'DejaVu Sans': {
    400: dejavuFile('DejaVuSans'),
    500: dejavuFile('DejaVuSans'),
    600: dejavuFile('DejaVuSans-Bold'),
    700: dejavuFile('DejaVuSans-Bold'),
  },
};
const fonts = new Map<string, Font>();

function font(family: FontFamily, weight: FontWeight): Font {
  const file = FILES[family][weight];
  let loaded = fonts.get(file);
  if (!loaded) {
    loaded = create(readFileSync(file)) as Font;
    fonts.set(file, loaded);
  }
  return loaded;
}

/**
 * The width in pixels of a line at `fontSize` and `weight`, from the font's own advance widths (without
 * kerning, which only ever narrows a line), so a line measured to fit never runs over.
 * `letterSpacing` (px) is added after every character, as SVG's letter-spacing does.
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400, letterSpacing = 0, family: FontFamily = 'Inter'): number {
  const face = font(family, weight);
  const advance = face.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
  return (advance / face.unitsPerEm) * fontSize + [...text].length * letterSpacing;
}
