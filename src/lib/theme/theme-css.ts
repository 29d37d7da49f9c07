/**
 * The theme as CSS, added to the site's stylesheet when it is built (src/lib/styles/site-css.ts): the
 * palette and ring dashes (palette.ts), the type scale (type-scale.ts) and the map's label sets
 * (map-layouts.ts), so no colour, size, weight or map breakpoint is written twice.
 */
import { mapLayoutCss } from './map-layout-css.ts';
import { MAP_TONES, PRINT_TONES, REGION_STRIKE_DASH, RING_DASHES, SITE_TONES, type Tone } from './palette.ts';
import { PRINT_ROOT_SIZE, remOf, TYPE_SIZES, TYPE_WEIGHTS, type TypeStep } from './type-scale.ts';

type Colours = Readonly<Record<string, string>>;

const customProperties = (prefix: string, colours: Colours) =>
  Object.entries(colours)
    .map(([name, colour]) => `  --${prefix}-${name}: ${colour};`)
    .join('\n');

/** Each tone as light-dark(), which follows color-scheme: the reader's setting, or the embed's ?theme=. */
const lightDark = (tones: Readonly<Record<string, Tone>>): Colours =>
  Object.fromEntries(Object.entries(tones).map(([name, { light, dark }]) => [name, `light-dark(${light}, ${dark})`]));

/** Each ring's line has a class by its place in the map's ranges (map-svg.ts); a region's strike ring its own dash. */
const dashes = () =>
  [...RING_DASHES.map((dash, i) => [`.map-ring-line--${i}`, dash]), ['.map-strike--region', REGION_STRIKE_DASH]]
    .map(([selector, dash]) => `${selector} {\n  stroke-dasharray: ${dash};\n}`)
    .join('\n');

/**
 * The type scale as Tailwind theme values, Tailwind's own sizes and weights cleared: `text-caption` …
 * `text-headline` and `font-regular`, `font-bold` are the only classes, and CSS reads `var(--text-…)`.
 */
const typeScale = () =>
  [
    '  --text-*: initial;',
    ...(Object.keys(TYPE_SIZES) as TypeStep[]).flatMap((step) => [
      `  --text-${step}: ${remOf(step)};`,
      `  --text-${step}--line-height: ${TYPE_SIZES[step].lineHeight};`,
    ]),
    '  --font-weight-*: initial;',
    ...Object.entries(TYPE_WEIGHTS).map(([name, weight]) => `  --font-weight-${name}: ${weight};`),
  ].join('\n');

/**
 * The site's colours (--color-*) and type scale are Tailwind theme values; the map's (--map-*) and the dashes go in
 * Tailwind's theme layer too, under every stylesheet of the site's own. Paper's colours stand outside any
 * layer, so no rule for the screen can win over them in print; nor do the map's label sets, which the
 * map's own rules (range-map.css, unlayered) complete.
 */
export function themeCss(): string {
  return [
    `@theme {\n${customProperties('color', lightDark(SITE_TONES))}\n${typeScale()}\n}`,
    `@layer theme {\n.range-map {\n${customProperties('map', lightDark(MAP_TONES))}\n}\n${dashes()}\n}`,
    mapLayoutCss(),
    `@media print {\nhtml {\n  font-size: ${PRINT_ROOT_SIZE};\n}\n:root {\n${customProperties('color', PRINT_TONES.color)}\n}\n.range-map {\n${customProperties('map', PRINT_TONES.map)}\n}\n}`,
  ].join('\n');
}
