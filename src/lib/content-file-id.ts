/**
 * A content file's id is its path under its collection's folder, without the extension: so every
 * folder and file name in it must already be a slug, or the file would be published under another name.
 * Knows nothing of Astro.
 */
import { isSlug, slugWords } from './slug.ts';

/**
 * The id of the file at `entry` (a path under the folder `base`), or an error naming the file and the
 * name it needs: `Foo Bar.mdx` must be renamed `foo-bar.mdx`, never published as /foo-bar/ unasked.
 */
export function idFromFileName(entry: string, base: string): string {
  const extension = /\.[^./]+$/.exec(entry)?.[0] ?? '';
  const id = entry.slice(0, entry.length - extension.length);
  const parts = id.split('/');
  if (parts.every(isSlug)) return id;
  const file = `${base.replace(/^\.\//, '').replace(/\/$/, '')}/${entry}`;
  const needed = parts.map((part) => slugWords(part).join('-'));
  const rename = needed.every(Boolean) ? `rename it ${needed.join('/')}${extension}` : 'rename it with lowercase ASCII letters, digits and single hyphens';
  throw new Error(
    `${file}: the file name is not a valid id (lowercase ASCII letters and digits, words joined by single hyphens), so it would be published under another address; ${rename}`,
  );
}
