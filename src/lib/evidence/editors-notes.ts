/**
 * Editor's notes in an MDX body: `<aside class="editors-note">…</aside>`, the one place the desk speaks
 * in its own voice inside a story, so what they quote must be checked like a timeline entry.
 */

const NOTE = /<aside\b[^>]*\bclass\s*=\s*["'][^"']*\beditors-note\b[^"']*["'][^>]*>([\s\S]*?)<\/aside>/gu;

/** The text of each editor's note, without Markdown emphasis marks. */
export function editorsNotesIn(body: string): string[] {
  return [...body.matchAll(NOTE)].map((match) => match[1]!.replace(/\*+/gu, '').replace(/\s+/gu, ' ').trim());
}
