/**
 * The palette and ring dashes (palette.ts) as CSS, added to the site's stylesheet when it is built
 * (src/lib/styles/site-css.ts), so no colour or dash is written twice.
 */
import { MAP_TONES, PRINT_TONES, REGION_STRIKE_DASH, RING_DASHES, SITE_TONES, type Tone } from './palette.ts';

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
 * The site's colours are Tailwind theme colours (--color-*); the map's (--map-*) and the dashes go in
 * Tailwind's theme layer too, under every stylesheet of the site's own. Paper's colours stand outside any
 * layer, so no rule for the screen can win over them in print.
 */
export function themeCss(): string {
  return [
    `@theme {\n${customProperties('color', lightDark(SITE_TONES))}\n}`,
    `@layer theme {\n.range-map {\n${customProperties('map', lightDark(MAP_TONES))}\n}\n${dashes()}\n}`,
    `@media print {\n:root {\n${customProperties('color', PRINT_TONES.color)}\n}\n.range-map {\n${customProperties('map', PRINT_TONES.map)}\n}\n}`,
  ].join('\n');
}
