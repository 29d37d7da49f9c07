/**
 * The range map's layout numbers, one source for the label placer (src/lib/maps/map-labels.ts), the map
 * file (map-svg.ts), the browser's label widths and the stylesheet (map-layout-css.ts writes each set's
 * sizes and its container query from here).
 *
 * Each label set: `wide` for frames at least 640 px wide on screen, `medium` from 460 px and `narrow`
 * below, where the SVG is scaled down and needs larger, sparser labels and bigger marks. Sizes are in
 * SVG units (the map is MAP_WIDTH, 720, units wide): on screen they are multiplied by the rendered width
 * over MAP_WIDTH, so each set's text reads between 11 px and 19.2 px on the frames that show it (14
 * units from 640 px, 20 from 460, 30 down to a 264 px frame). The type sizes are steps of the type scale,
 * so as declared (the size Chromium asks font settings for) a label is one of the page's own sizes.
 */
import { TYPE_SIZES, TYPE_WEIGHTS } from './type-scale.ts';

/** Each kind of label's weight and letter spacing (em): country names narrow to 0.06em on narrow frames, so 0.1 is the wider, the one labels are measured at. */
export const LABEL_FONTS = {
  place: { weight: TYPE_WEIGHTS.bold, letterSpacing: 0 },
  country: { weight: TYPE_WEIGHTS.regular, letterSpacing: 0.1 },
  ring: { weight: TYPE_WEIGHTS.bold, letterSpacing: 0 },
} as const;

export interface LabelLayout {
  /** The narrowest frame (CSS px) that shows it. */
  fromPx: number;
  /** Type of place, ring and scale labels, and of country names (SVG units). */
  fontSize: number;
  countryFontSize: number;
  countryLetterSpacing: number;
  /** The light outline round every label (SVG units). */
  haloWidth: number;
  /** Marker sizes the placer keeps labels off, as drawn: place dots, strike diamonds (half their width), the launch triangle. */
  markerRadius: number;
  strikeRadius: number;
  launchRadius: number;
  markerStroke: number;
  /** The launch triangle's scale over its drawn path. */
  launchScale: number;
  /** Tap circles of places and the launch point: at least 24 px across on screen; null keeps the drawing's own (15 and 22 units). */
  hitRadius: number | null;
  ringWidth: number;
  scaleBarWidth: number;
  /** Over the wide set: leaders and the scale bar. */
  scale: number;
  /** How far above (negative) or below its marker a place's hover name, distance and ring line sit. */
  offsets: { name: number; distance: number; rings: number };
}

export const LABEL_LAYOUTS = {
  wide: {
    fromPx: 640,
    fontSize: TYPE_SIZES.caption.px,
    countryFontSize: TYPE_SIZES.caption.px,
    countryLetterSpacing: LABEL_FONTS.country.letterSpacing,
    haloWidth: 3.5,
    markerRadius: 5,
    strikeRadius: 10,
    launchRadius: 12,
    markerStroke: 1.5,
    launchScale: 1,
    hitRadius: null,
    ringWidth: 3,
    scaleBarWidth: 3,
    scale: 1,
    offsets: { name: -17, distance: 0, rings: 0 },
  },
  medium: {
    fromPx: 460,
    fontSize: TYPE_SIZES.title.px,
    countryFontSize: TYPE_SIZES.title.px,
    countryLetterSpacing: LABEL_FONTS.country.letterSpacing,
    haloWidth: 4.5,
    markerRadius: 7,
    strikeRadius: 14,
    launchRadius: 17,
    markerStroke: 2,
    launchScale: 1.45,
    // At least 24 px across on screen: 2 × 24 units × 460 / 720 = 30.7 px.
    hitRadius: 24,
    ringWidth: 4.5,
    scaleBarWidth: 4,
    scale: 1.4,
    offsets: { name: -30, distance: -8, rings: 10 },
  },
  narrow: {
    fromPx: 0,
    fontSize: TYPE_SIZES.headline.px,
    countryFontSize: TYPE_SIZES.headline.px,
    countryLetterSpacing: 0.06,
    haloWidth: 6,
    markerRadius: 9,
    strikeRadius: 17,
    launchRadius: 21,
    markerStroke: 2.5,
    launchScale: 1.9,
    // At least 24 px across on screen, on a frame down to 264 px: 2 × 34 units × 264 / 720 = 24.9 px.
    hitRadius: 34,
    ringWidth: 6,
    scaleBarWidth: 5,
    scale: 2,
    offsets: { name: -46, distance: -10, rings: 14 },
  },
} as const satisfies Record<string, LabelLayout>;

export type LabelLayoutName = keyof typeof LABEL_LAYOUTS;

/** A looked-up town's ring around its dot (the town search): its radius over the dot's, at every set. */
export const TOWN_RING_SCALE = 1.8;

/** The label sets, widest first. */
export const LABEL_LAYOUT_NAMES = Object.keys(LABEL_LAYOUTS) as LabelLayoutName[];
