/**
 * The range map's label sets as CSS (map-layouts.ts): each set's type, halo, marks and tap circles, the
 * wide one for every frame and the others in a container query from their breakpoint down, so the
 * stylesheet and the label placer read the same numbers. The wide set's rules also draw the legend's
 * keys (same classes, outside the drawing); the larger sets reach only into the drawing.
 */
import { LABEL_FONTS, LABEL_LAYOUT_NAMES, LABEL_LAYOUTS, TOWN_RING_SCALE, type LabelLayout, type LabelLayoutName } from './map-layouts.ts';

type Rules = [selector: string, declarations: Record<string, string | number>][];

const LABEL_TEXT = ['.map-labels text', '.map-place-distance', '.map-place-name', '.map-place-rings', '.map-scale-text'];

/** What a set sets; `inDrawing` scopes marks to the map's own SVG. */
function layoutRules(layout: LabelLayout, inDrawing: string): Rules {
  const strikeScale = +(layout.strikeRadius / LABEL_LAYOUTS.wide.strikeRadius).toFixed(2);
  const markerScale = +(layout.markerRadius / LABEL_LAYOUTS.wide.markerRadius).toFixed(2);
  const hits: Rules = layout.hitRadius === null ? [] : [[`${inDrawing}.map-place-hit, ${inDrawing}.map-launch-hit`, { r: `${layout.hitRadius}px` }]];
  return [
    [LABEL_TEXT.join(', '), { 'font-size': `${layout.fontSize}px`, 'stroke-width': layout.haloWidth }],
    ['.map-labels .map-country-label', { 'font-size': `${layout.countryFontSize}px`, 'letter-spacing': `${layout.countryLetterSpacing}em` }],
    [`${inDrawing}.map-place-dot`, { r: `${layout.markerRadius}px`, 'stroke-width': layout.markerStroke }],
    ...hits,
    [`${inDrawing}.map-ring-line`, { 'stroke-width': layout.ringWidth }],
    [`${inDrawing}.map-strike`, { scale: strikeScale }],
    [`${inDrawing}.map-launch-mark`, { scale: layout.launchScale }],
    // A looked-up town (the town search): its ring around its dot, and the arrow to it when it is off the map.
    [`${inDrawing}.map-town-ring`, { r: `${+(layout.markerRadius * TOWN_RING_SCALE).toFixed(1)}px` }],
    [`${inDrawing}.map-town-arrow-head`, { scale: markerScale }],
    ['.map-place-name', { translate: `0 ${layout.offsets.name}px` }],
    ['.map-place-distance', { translate: `0 ${layout.offsets.distance}px` }],
    ['.map-place-rings', { translate: `0 ${layout.offsets.rings}px` }],
    [`${inDrawing}.map-scale-bar`, { 'stroke-width': layout.scaleBarWidth }],
  ];
}

const css = (rules: Rules) =>
  rules
    .map(([selector, declarations]) => {
      const body = Object.entries(declarations).map(([property, value]) => `  ${property}: ${value};`);
      return `${selector} {\n${body.join('\n')}\n}`;
    })
    .join('\n');

/** Only the set for the frame's width shows: `.only-<set>` marks each set's labels and scale bar. */
const shown = (name: LabelLayoutName): Rules => [
  [
    LABEL_LAYOUT_NAMES.filter((other) => other !== name)
      .map((other) => `.only-${other}`)
      .join(', '),
    { display: 'none' },
  ],
  [`.only-${name}`, { display: 'inline' }],
];

/** The weights of the kinds of label, the same on every set. */
const weights: Rules = [
  ['.map-labels text, .map-place-distance, .map-place-name, .map-place-rings', { 'font-weight': LABEL_FONTS.place.weight }],
  ['.map-labels .map-country-label', { 'font-weight': LABEL_FONTS.country.weight }],
  ['.map-labels .map-ring-label, .map-labels .map-callout', { 'font-weight': LABEL_FONTS.ring.weight }],
];

/** The wide set for every frame; each narrower set in a container query below the next wider one's breakpoint. */
export function mapLayoutCss(): string {
  return LABEL_LAYOUT_NAMES.map((name, i) => {
    if (i === 0) return css([...weights, ...shown(name), ...layoutRules(LABEL_LAYOUTS[name], '')]);
    const below = LABEL_LAYOUTS[LABEL_LAYOUT_NAMES[i - 1]!].fromPx;
    return `@container range-map (max-width: ${below - 1}px) {\n${css([...shown(name), ...layoutRules(LABEL_LAYOUTS[name], '.range-map__svg ')])}\n}`;
  }).join('\n');
}
