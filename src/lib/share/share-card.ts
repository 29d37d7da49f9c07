/**
 * The share image for an article: 1200 × 630 (what X, Facebook and LinkedIn crop to), the headline large
 * enough to read in a feed thumbnail, and a miniature of the article's first range map.
 */
import { BRAND_RED } from './brand.ts';
import { textBlock, wrapText, xml } from './svg-text.ts';
import { mapBodySvg } from '../maps/standalone-svg.ts';
import type { RangeMapModel } from '../maps/range-map-model.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareCardInput {
  siteName: string;
  headline: string;
  dateLabel: string;
  map?: RangeMapModel | undefined;
}

export function shareCardSvg({ siteName, headline, dateLabel, map }: ShareCardInput): string {
  const { width, height } = SHARE_CARD;
  const textWidth = map ? 600 : width - 120;
  // The largest size at which the headline fits in five lines.
  const size = [60, 54, 48, 44, 40].find((s) => wrapText(headline, textWidth, s).length <= 5) ?? 40;
  const lines = wrapText(headline, textWidth, size).slice(0, 5);
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
