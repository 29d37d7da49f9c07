/**
 * How wide the map's labels are drawn in this browser, with its own fonts: the build measured the widest
 * face a label may be drawn in; after a move the browser knows which one it has. Measured on a canvas, so
 * a label set that is hidden at this width (display: none) measures as well as the one shown.
 */
import { estimatedWidth, type TextWidth } from '../../lib/geo/labels.ts';
import { type LayoutWidths } from '../../lib/maps/map-labels.ts';
import { LABEL_FONTS, LABEL_LAYOUTS, type LabelLayoutName } from '../../lib/theme/map-layouts.ts';

export function browserLabelWidths(sample: Element): (name: LabelLayoutName) => LayoutWidths {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(sample).fontFamily;
  const cache = new Map<string, number>();
  const measure =
    (size: number, font: { weight: number; letterSpacing: number }): TextWidth =>
    (text) => {
      const key = `${size}/${font.weight}/${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        if (!context) return estimatedWidth(size)(text);
        context.font = `${font.weight} ${size}px ${family}`;
        context.letterSpacing = `${font.letterSpacing * size}px`;
        width = context.measureText(text).width;
        cache.set(key, width);
      }
      return width;
    };
  return (name) => {
    const { fontSize, countryFontSize } = LABEL_LAYOUTS[name];
    return { place: measure(fontSize, LABEL_FONTS.place), country: measure(countryFontSize, LABEL_FONTS.country), ring: measure(fontSize, LABEL_FONTS.ring) };
  };
}
