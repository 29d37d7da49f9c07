/**
 * An evidence excerpt: words copied verbatim from a source page. Kept short so quoting stays fair use
 * and a reader can check the claim at a glance.
 */

export const MAX_EXCERPT_WORDS = 60;

/** Words as a reader counts them: runs of text between spaces. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
