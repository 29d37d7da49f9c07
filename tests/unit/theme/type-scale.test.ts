/**
 * One type scale: every font size and weight the site's stylesheet, its markup and the map's drawing use
 * comes from src/lib/theme/type-scale.ts (through `var(--text-…)`, `var(--font-weight-…)` and the classes
 * `text-<step>`, `font-<weight>`), as the palette test keeps hex colours in palette.ts. The images drawn
 * outside a browser with pixel sizes of their own (the share card, the brand mark, the map file's title
 * and credit band) are not page text and are left to their own layout.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_FONTS, LABEL_LAYOUT_NAMES, LABEL_LAYOUTS } from '../../../src/lib/theme/map-layouts.ts';
import { themeCss } from '../../../src/lib/theme/theme-css.ts';
import { remOf, TYPE_SIZES, TYPE_WEIGHTS, type TypeStep } from '../../../src/lib/theme/type-scale.ts';

const ROOT = join(import.meta.dirname, '../../..');
const IMAGES = ['src/lib/share/share-card.ts', 'src/lib/share/brand.ts', 'src/lib/maps/standalone-svg.ts'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path)];
  });
}

const SOURCES = filesUnder(join(ROOT, 'src')).filter((file) => !file.startsWith('src/lib/theme/') && !IMAGES.includes(file));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const found = (files: string[], pattern: RegExp, allowed: (match: RegExpMatchArray) => boolean = () => false) =>
  files.flatMap((file) => [...read(file).matchAll(pattern)].filter((m) => !allowed(m)).map((m) => `${file}: ${m[0].trim()}`));

describe('the type scale', () => {
  it('has at most 6 sizes and 2 weights, the headline the largest', () => {
    const sizes = Object.values(TYPE_SIZES).map((step) => step.px);
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(sizes.length).toBeLessThanOrEqual(6);
    expect(Object.values(TYPE_WEIGHTS)).toHaveLength(2);
    expect(Math.max(...sizes)).toBe(TYPE_SIZES.headline.px);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('is the only source of a font size or weight in the stylesheets', () => {
    const css = SOURCES.filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const declaration = /font-(?:size|weight)\s*:\s*([^;}]+)/g;
    const fromTheme = (m: RegExpMatchArray) => /^(?:var\(--(?:text|font-weight)-[a-z]+\)|inherit)(?:\s*!important)?$/.test(m[1]!.trim());
    expect(found(css, declaration, fromTheme)).toEqual([]);
    expect(found(css, /(?<![-\w])font\s*:\s*([^;}]+)/g, (m) => m[1]!.trim() === 'inherit')).toEqual([]);
  });

  it('is the only source of the size and weight classes in the markup, and of the map drawing’s type', () => {
    const markup = SOURCES.filter((file) => file.endsWith('.astro'));
    expect(markup.length).toBeGreaterThan(0);
    // Tailwind's own steps (text-sm … text-9xl, font-semibold …) and arbitrary values (text-[13px], font-[550]).
    const tailwindType =
      /(?<![-\w])(?:\w+:)?(?:text-(?:xs|sm|base|lg|\d?xl|\[[^\]]*\d[^\]]*\])|font-(?:thin|extralight|light|normal|medium|semibold|extrabold|black|\[\d+\]))(?![-\w])/g;
    expect(found(markup, tailwindType)).toEqual([]);
    const attribute = /['"]?font-(?:size|weight)['"]?\s*[:=]\s*['"]?\d/g;
    expect(found([...markup, ...SOURCES.filter((file) => file.endsWith('.ts'))], attribute)).toEqual([]);
  });

  it('is written into the stylesheet as Tailwind theme values, in rem, with Tailwind’s own cleared', () => {
    const css = themeCss();
    expect(css).toContain('--text-*: initial;');
    expect(css).toContain('--font-weight-*: initial;');
    for (const step of Object.keys(TYPE_SIZES) as TypeStep[]) expect(css).toContain(`--text-${step}: ${remOf(step)};`);
    for (const [name, weight] of Object.entries(TYPE_WEIGHTS)) expect(css).toContain(`--font-weight-${name}: ${weight};`);
  });
});

describe('the map’s label sets', () => {
  const sizes: number[] = Object.values(TYPE_SIZES).map((step) => step.px);

  it('size their words in steps of the type scale and weigh them in its weights', () => {
    for (const name of LABEL_LAYOUT_NAMES) {
      expect(sizes).toContain(LABEL_LAYOUTS[name].fontSize);
      expect(sizes).toContain(LABEL_LAYOUTS[name].countryFontSize);
    }
    for (const font of Object.values(LABEL_FONTS)) expect(Object.values(TYPE_WEIGHTS)).toContain(font.weight);
  });

  it('reach the stylesheet from the same numbers: each narrower set in a container query below the next wider set’s breakpoint', () => {
    const css = themeCss();
    LABEL_LAYOUT_NAMES.forEach((name, i) => {
      const { fontSize, haloWidth, ringWidth } = LABEL_LAYOUTS[name];
      const rules =
        i === 0
          ? css.slice(0, css.indexOf('@container'))
          : css.slice(css.indexOf(`@container range-map (max-width: ${LABEL_LAYOUTS[LABEL_LAYOUT_NAMES[i - 1]!].fromPx - 1}px)`));
      expect(rules).toMatch(new RegExp(`\\.map-scale-text \\{\\n  font-size: ${fontSize}px;\\n  stroke-width: ${haloWidth};`));
      expect(rules).toContain(`.map-ring-line {\n  stroke-width: ${ringWidth};`);
      expect(rules).toContain(`.only-${name} {\n  display: inline;`);
    });
  });
});
