/**
 * Content ids, which are file names and so URL slugs: one pattern for every place that reads or makes
 * one (the schemas, the loader, the article scaffold). Knows nothing of Astro.
 */

/** Lowercase ASCII letters and digits, words joined by single hyphens: `north-korea-2024`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (text: string): boolean => SLUG.test(text);

/** The words of a text as a slug spells them: accents dropped, apostrophes closed up, lowercase ASCII letters and digits. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
