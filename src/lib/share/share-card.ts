/**
 * The share image for an article: 1200 × 630 (what X, Facebook and LinkedIn crop to), the headline large
 * enough to read in a feed thumbnail, and a miniature of the article's first range map.
 */
import { BRAND_RED } from './brand.ts';
import { textBlock, wrapToWidth, xml } from '../render/svg-text.ts';
import { textWidth, type FontWeight } from '../render/text-width.ts';
import { mapBodySvg } from '../maps/standalone-svg.ts';
import { MAP_TONES, RING_DASHES, SITE_TONES } from '../theme/palette.ts';
import { shortRangeLabel } from '../maps/format.ts';
import { projectionFrom } from '../geo/projection.ts';
import { ringShowsWithin } from '../geo/ring.ts';
import type { RangeMapModel } from '../maps/range-map-model.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** The width of the headline's column: beside the map miniature, or the whole card less its margins. */
export const shareCardTextWidth = (withMap: boolean) => (withMap ? 600 : SHARE_CARD.width - 120);

export interface ShareCardInput {
  siteName: string;
  headline: string;
  dateLabel: string;
  map?: RangeMapModel | undefined;
}

/** Headline sizes, largest first: the largest at which the headline fits is used. */
const HEADLINE_SIZES = [60, 54, 48, 44, 40];
/** Lines of headline the card has room for, between the site name and the date. */
const HEADLINE_LINES = 5;

/** A headline that does not fit the card even at the smallest size: never cut, the build stops. */
export class HeadlineTooLongError extends Error {}

/** The headline's size and lines: the largest size at which it fits, long words broken where they must be. */
export function headlineLayout(headline: string, columnWidth: number): { size: number; lines: string[] } {
  for (const size of HEADLINE_SIZES) {
    const lines = wrapToWidth(headline, columnWidth, (text) => textWidth(text, size, 700));
    if (lines.length <= HEADLINE_LINES) return { size, lines };
  }
  throw new HeadlineTooLongError(headlineTooLong(headline, columnWidth)!);
}

/** Why the headline does not fit the card even at the smallest size, or nothing when it fits. */
function headlineTooLong(headline: string, columnWidth: number): string | undefined {
  const smallest = HEADLINE_SIZES.at(-1)!;
  const lines = wrapToWidth(headline, columnWidth, (text) => textWidth(text, smallest, 700));
  if (lines.length <= HEADLINE_LINES) return undefined;
  const fits = lines.slice(0, HEADLINE_LINES).join(' ').length;
  return `is too long for the share image: it takes ${lines.length} lines at the smallest size, and the image has room for ${HEADLINE_LINES} (about ${fits} characters)`;
}

/** A line of the card other than the headline (site name, date) wider than its column: never cut, the build stops. */
export class CardTextTooWideError extends Error {}

/** The card's one-line texts: the site name, the date. */
const CARD_LINES = {
  siteName: { what: 'site name (SITE_NAME in src/lib/site.ts)', fontSize: 30, weight: 700 },
  dateLabel: { what: 'date (publishedAt)', fontSize: 26, weight: 400 },
} as const satisfies Record<string, { what: string; fontSize: number; weight: FontWeight }>;

function lineTooWide(line: keyof typeof CARD_LINES, text: string, columnWidth: number): string | undefined {
  const { what, fontSize, weight } = CARD_LINES[line];
  const width = Math.ceil(textWidth(text, fontSize, weight));
  return width > columnWidth ? `the share image's ${what} "${text}" is ${width} px wide, and its column ${columnWidth} px` : undefined;
}

function oneLine(line: keyof typeof CARD_LINES, text: string, columnWidth: number): string {
  const tooWide = lineTooWide(line, text, columnWidth);
  if (tooWide) throw new CardTextTooWideError(tooWide);
  return xml(text);
}

/** Why a card's text cannot be drawn as written, by field (none when it can): the build checks this before anything renders. */
export function shareCardTextProblems({ siteName, headline, dateLabel, withMap }: Omit<ShareCardInput, 'map'> & { withMap: boolean }) {
  const column = shareCardTextWidth(withMap);
  return {
    headline: headlineTooLong(headline, column),
    siteName: lineTooWide('siteName', siteName, column),
    dateLabel: lineTooWide('dateLabel', dateLabel, column),
  };
}

const MAP_BOX = { x: 700, y: 40, width: 460, height: 550 };
const KEY = { size: 22, lineHeight: 28, swatch: 36, padding: 14 };

/** The part of the map the miniature shows: it fills the box and crops the rest (preserveAspectRatio slice). */
function shownWindow(map: RangeMapModel) {
  const scale = Math.max(MAP_BOX.width / map.width, MAP_BOX.height / map.height);
  const [w, h] = [MAP_BOX.width / scale, MAP_BOX.height / scale];
  return { x0: (map.width - w) / 2, y0: (map.height - h) / 2, x1: (map.width + w) / 2, y1: (map.height + h) / 2 };
}

/** The key's rows: one per ring the miniature shows (a ring it crops out is not named), its dash drawn beside its distance. */
function keyRows(map: RangeMapModel) {
  const projection = projectionFrom(map.projection);
  const window = shownWindow(map);
  const textWidthOf = (text: string) => textWidth(text, KEY.size, 700);
  return map.rings.flatMap((ring, index) =>
    ringShowsWithin(projection, [map.launch.lon, map.launch.lat], ring.km, window)
      ? [{ index, lines: wrapToWidth(index === 0 ? map.rangeLabel : shortRangeLabel(ring.label), MAP_BOX.width - 60 - KEY.swatch - 8, textWidthOf) }]
      : [],
  );
}

/** The map miniature with its rings' key in a box at its foot: the key wraps within the miniature, never cut. */
function miniature(map: RangeMapModel): string {
  const box = MAP_BOX;
  const rows = keyRows(map);
  const lineCount = rows.reduce((sum, row) => sum + row.lines.length, 0);
  const textX = box.x + 30 + KEY.swatch + 8;
  const keyWidth = Math.ceil(Math.max(0, ...rows.flatMap((row) => row.lines.map((line) => textWidth(line, KEY.size, 700))))) + 28 + KEY.swatch + 8;
  const keyHeight = 42 + (lineCount - 1) * KEY.lineHeight;
  const bottom = box.y + box.height - 16;
  let y = bottom - 14 - (lineCount - 1) * KEY.lineHeight;
  const key = rows.map((row) => {
    const top = y;
    y += row.lines.length * KEY.lineHeight;
    const dash = RING_DASHES[row.index % RING_DASHES.length]!;
    return (
      `<path d="M${box.x + 30},${top - 8}h${KEY.swatch}" stroke="${MAP_TONES.ring.light}" stroke-width="4" stroke-dasharray="${dash}"/>` +
      textBlock(row.lines, textX, top, KEY.lineHeight, `font-size="${KEY.size}" font-weight="700" fill="${MAP_TONES.ring.light}"`)
    );
  });
  return (
    `<rect x="${box.x - 1}" y="${box.y - 1}" width="${box.width + 2}" height="${box.height + 2}" fill="${SITE_TONES.rule.light}"/>` +
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${map.width} ${map.height}" preserveAspectRatio="xMidYMid slice">${mapBodySvg(map, { labels: false })}</svg>` +
    (rows.length
      ? `<rect x="${box.x + 16}" y="${bottom - keyHeight}" width="${keyWidth}" height="${keyHeight}" rx="6" fill="${SITE_TONES.paper.light}" fill-opacity="0.92"/>` +
        key.join('')
      : '')
  );
}

export function shareCardSvg({ siteName, headline, dateLabel, map }: ShareCardInput): string {
  const { width, height } = SHARE_CARD;
  const column = shareCardTextWidth(map !== undefined);
  const { size, lines } = headlineLayout(headline, column);
  const lineHeight = Math.round(size * 1.15);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter">` +
    `<rect width="${width}" height="${height}" fill="${SITE_TONES.paper.light}"/>` +
    `<rect width="${width}" height="12" fill="${BRAND_RED}"/>` +
    `<text x="60" y="92" font-size="30" font-weight="700" fill="${BRAND_RED}">${oneLine('siteName', siteName, column)}</text>` +
    textBlock(lines, 60, 170 + size * 0.3, lineHeight, `font-size="${size}" font-weight="700" fill="${SITE_TONES.ink.light}"`) +
    `<text x="60" y="${height - 50}" font-size="26" font-weight="400" fill="${SITE_TONES.muted.light}">${oneLine('dateLabel', dateLabel, column)}</text>` +
    (map ? miniature(map) : '') +
    '</svg>'
  );
}
