/**
 * How wide the map's labels are drawn, measured from the fonts' own files at build time (the browser
 * measures its own fonts after a move: src/client/range-map.ts). Node only: it reads font files.
 */
import type { TextWidth } from '../geo/labels.ts';
import { textWidth, type FontFamily, type FontWeight } from '../render/text-width.ts';
import { type LayoutWidths } from './map-labels.ts';
import { LABEL_FONTS, LABEL_LAYOUTS, type LabelLayoutName } from '../theme/map-layouts.ts';

/**
 * The faces a map label may be drawn in: Inter in map.svg and map.png, the reader's system font on the
 * page (range-map.css: --font-sans), whose widest common face is DejaVu Sans.
 */
const LABEL_FACES: readonly FontFamily[] = ['Inter', 'DejaVu Sans'];

/**
 * How wide a label is drawn: the widest of its faces, measured at the weight range-map.css sets (map.svg
 * draws country names lighter, at 400), so a label placed clear of everything stays clear in the files
 * and on the page.
 */
function labelWidth(fontSize: number, weight: FontWeight, letterSpacing = 0): TextWidth {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = Math.max(...LABEL_FACES.map((face) => textWidth(text, fontSize, weight, letterSpacing * fontSize, face)));
      widths.set(text, width);
    }
    return width;
  };
}

/** The widths of a layout's place, country and ring labels. */
export function labelWidths(name: LabelLayoutName): LayoutWidths {
  const { fontSize, countryFontSize } = LABEL_LAYOUTS[name];
  const { place, country, ring } = LABEL_FONTS;
  return {
    place: labelWidth(fontSize, place.weight),
    country: labelWidth(countryFontSize, country.weight, country.letterSpacing),
    ring: labelWidth(fontSize, ring.weight),
  };
}
