/**
 * Reads editors' YAML exactly as written. Knows nothing of Astro.
 *
 * The YAML 1.2 core schema has no timestamp type, so `publishedAt: 2024-01-04` stays the text
 * "2024-01-04" and the content schema decides whether it is a real day.
 */
import { parse } from 'yaml';

// The same fence Astro recognises: `---` on the first line, YAML, then `---`.
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** The YAML between the opening `---` fences, or undefined when the file has none. */
export function yamlFrontmatter(text: string): string | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? (match[1] ?? '') : undefined;
}

export function parseYamlStrictly(yaml: string, fileName: string): unknown {
  try {
    return parse(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: true }) ?? {};
  } catch (error) {
    throw new Error(`${fileName}: the YAML cannot be read: ${(error as Error).message}`, { cause: error });
  }
}
