/**
 * One palette: every colour the site draws with, in CSS or in a file (map.svg, PNGs, share card, icons,
 * manifest), comes from src/lib/theme/palette.ts, so the share card's rings cannot drift from the map's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_TONES, RING_DASHES, SITE_TONES } from '../../../src/lib/theme/palette.ts';
import { themeCss } from '../../../src/lib/theme/theme-css.ts';

const ROOT = join(import.meta.dirname, '../../..');
const PALETTE = 'src/lib/theme/palette.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path)];
  });
}

describe('the palette', () => {
  it('is the only place in src/ that writes a colour as hex', () => {
    const colourLiteral = /(?<![&\w])#(?:[0-9a-f]{6}|[0-9a-f]{3})\b(?![-\w])/gi;
    const found = filesUnder(join(ROOT, 'src'))
      .filter((file) => /\.(ts|css|astro)$/.test(file) && file !== PALETTE)
      .flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(colourLiteral)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('gives the stylesheet every colour in light and dark, and every ring its dash', () => {
    const css = themeCss();
    for (const [name, { light, dark }] of Object.entries(SITE_TONES)) expect(css).toContain(`--color-${name}: light-dark(${light}, ${dark});`);
    for (const [name, { light, dark }] of Object.entries(MAP_TONES)) expect(css).toContain(`--map-${name}: light-dark(${light}, ${dark});`);
    RING_DASHES.forEach((dash, i) => expect(css).toContain(`.map-ring-line--${i} {\n  stroke-dasharray: ${dash};`));
  });
});
