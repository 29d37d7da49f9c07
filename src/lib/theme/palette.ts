/**
 * The site's one palette, light and dark. The stylesheet gets every colour from here (theme-css.ts writes
 * them into the site's CSS as custom properties with light-dark(), and the print ones for paper), and so
 * do the drawings made outside a browser: the map file and its PNGs, the share card, the icons and the web app manifest, which use the
 * light values. The map's colours come from the Okabe–Ito palette, safe for the common colour-vision
 * deficiencies; the vermillion ring is darkened in light mode to keep 3:1 against the focus country.
 */

/** One colour in the light and the dark theme. */
export interface Tone {
  light: string;
  dark: string;
}

/** The page: custom properties `--color-<name>` (Tailwind theme colours). */
export const SITE_TONES = {
  paper: { light: '#ffffff', dark: '#121212' },
  ink: { light: '#1a1a1a', dark: '#ececec' },
  muted: { light: '#595959', dark: '#b0b0b0' },
  rule: { light: '#d4d4d4', dark: '#3a3a3a' },
  accent: { light: '#b3261e', dark: '#ff8a80' },
  link: { light: '#0b57d0', dark: '#8ab4f8' },
  note: { light: '#fff7e0', dark: '#2a2414' },
} as const satisfies Record<string, Tone>;

/** The range maps: custom properties `--map-<name>` on each map figure. */
export const MAP_TONES = {
  water: { light: '#dbe9f4', dark: '#0e1a26' },
  land: { light: '#f4f1ea', dark: '#2b2b2b' },
  focus: { light: '#fff1c1', dark: '#4a4124' },
  border: { light: '#8c8c8c', dark: '#7a7a7a' },
  ring: { light: '#b34f00', dark: '#ff9e5e' },
  'ring-fill': { light: 'rgb(179 79 0 / 0.07)', dark: 'rgb(255 158 94 / 0.08)' },
  launch: { light: '#0072b2', dark: '#56b4e9' },
  strike: { light: '#a04a82', dark: '#e08cc4' },
  text: { light: '#1a1a1a', dark: '#f0f0f0' },
  halo: { light: '#ffffff', dark: '#121212' },
} as const satisfies Record<string, Tone>;

/** On paper: black on white, the rings and marks black too (a grey printer drops colour). */
export const PRINT_TONES = {
  color: { ink: '#000000', muted: '#333333', link: '#000000' },
  map: { ring: '#000000', 'ring-fill': 'rgb(0 0 0 / 0.06)', launch: '#000000', strike: '#000000' },
} as const;

/** The rings' dash patterns, in the order of a map's ranges (repeating past the third): the page, the map file and the share card's key draw them alike. */
export const RING_DASHES = ['8 5', '2 4', '14 4 2 4'] as const;

/** The dashed ring round a city whose region alone was struck. */
export const REGION_STRIKE_DASH = '3 2';
