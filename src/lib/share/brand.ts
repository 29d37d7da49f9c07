/** The site's mark: a range ring around a launch point. One source for the favicon, icons and logo. */
import { SITE_TONES } from '../theme/palette.ts';
import { SITE_NAME } from '../site.ts';

export const BRAND_RED = SITE_TONES.accent.light;

/** The square mark as SVG, drawn on a 32-unit grid and scaled to `size` pixels. */
export function brandMarkSvg(size = 32): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="6" fill="${BRAND_RED}"/>` +
    `<circle cx="16" cy="16" r="9" fill="none" stroke="${SITE_TONES.paper.light}" stroke-width="3" stroke-dasharray="4 3"/>` +
    `<circle cx="16" cy="16" r="3" fill="${SITE_TONES.paper.light}"/></svg>`
  );
}

/** The publisher logo for structured data: the mark and the name on one line, 600 × 60. */
export function logoSvg(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">` +
    `<rect width="600" height="60" fill="${SITE_TONES.paper.light}"/>` +
    `<g transform="translate(6,6) scale(1.5)">${brandMarkSvg(32).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g>` +
    `<text x="70" y="43" font-family="Inter" font-weight="700" font-size="36" fill="${SITE_TONES.ink.light}">${SITE_NAME}</text></svg>`
  );
}
