/**
 * The share image for an article: 1200 × 630 (what X, Facebook and LinkedIn crop to), the headline large
 * enough to read in a feed thumbnail, and a miniature of the article's first range map.
 */
import { BRAND_RED } from './brand.ts';
import { textBlock, wrapToWidth, xml } from './svg-text.ts';
import { textWidth } from './text-width.ts';
import { mapBodySvg } from '../maps/standalone-svg.ts';
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
  const smallest = HEADLINE_SIZES.at(-1)!;
  const lines = wrapToWidth(headline, columnWidth, (text) => textWidth(text, smallest, 700));
  const fits = lines.slice(0, HEADLINE_LINES).join(' ').length;
  throw new HeadlineTooLongError(
    `is too long for the share image: it takes ${lines.length} lines at the smallest size, and the image has room for ${HEADLINE_LINES} (about ${fits} characters)`,
  );
}

export function shareCardSvg({ siteName, headline, dateLabel, map }: ShareCardInput): string {
  const { width, height } = SHARE_CARD;
  const { size, lines } = headlineLayout(headline, shareCardTextWidth(map !== undefined));
  const lineHeight = Math.round(size * 1.15);
  const mapBox = { x: 700, y: 40, width: 460, height: 550 };
  const miniature = map
    ? `<rect x="${mapBox.x - 1}" y="${mapBox.y - 1}" width="${mapBox.width + 2}" height="${mapBox.height + 2}" fill="#d4d4d4"/>` +
      `<svg x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}" viewBox="0 0 ${map.width} ${map.height}" preserveAspectRatio="xMidYMid slice">${mapBodySvg(map, { labels: false })}</svg>` +
      `<rect x="${mapBox.x + 16}" y="${mapBox.y + mapBox.height - 58}" width="250" height="42" rx="6" fill="#fff" fill-opacity="0.92"/>` +
      `<text x="${mapBox.x + 30}" y="${mapBox.y + mapBox.height - 30}" font-size="22" font-weight="700" fill="#d55e00">- - ${xml(map.rangeLabel)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<rect width="${width}" height="12" fill="${BRAND_RED}"/>` +
    `<text x="60" y="92" font-size="30" font-weight="700" fill="${BRAND_RED}">${xml(siteName)}</text>` +
    textBlock(lines, 60, 170 + size * 0.3, lineHeight, `font-size="${size}" font-weight="700" fill="#1a1a1a"`) +
    `<text x="60" y="${height - 50}" font-size="26" font-weight="400" fill="#595959">${xml(dateLabel)}</text>` +
    miniature +
    '</svg>'
  );
}
