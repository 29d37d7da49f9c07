/**
 * The source addresses content gives (every URL-valued field of every YAML file and MDX frontmatter), and
 * the links a built site prints, to prove that no source is lost on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, ROOT, parseHtml } from '../../tools/dist.ts';
import { filesUnder } from './dist-files.ts';
import { parseYamlStrictly, yamlFrontmatter } from '../../src/lib/yaml-data.ts';

export interface ContentUrl {
  url: string;
  /** Project-relative file, and the field's path in it (`launch.sources.0.url`). */
  file: string;
  field: string;
}

function urlsIn(value: unknown, path: string[]): { url: string; field: string }[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [{ url: value, field: path.join('.') }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => urlsIn(item, [...path, key]));
  return [];
}

/** Every URL a YAML field or MDX frontmatter field holds in the given files (paths relative to the project). */
export function contentUrlsIn(files: readonly string[]): ContentUrl[] {
  return files.flatMap((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const yaml = file.endsWith('.mdx') ? (yamlFrontmatter(text) ?? '') : text;
    return urlsIn(parseYamlStrictly(yaml, file), []).map((found) => ({ ...found, file }));
  });
}

/** Every data file under a folder of the project (content/, tests/fixtures/), project-relative. */
export function dataFilesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ya?ml|mdx)$/.test(path))
    .map((path) => relative(ROOT, join(ROOT, folder, path)))
    .sort();
}

/** Every address a built site's HTML pages link to (`<a href>`), as written. */
export function linkedUrls(dist = DIST): Set<string> {
  const links = new Set<string>();
  for (const path of filesUnder(dist).filter((file) => file.endsWith('.html'))) {
    for (const a of parseHtml(readFileSync(join(dist, path), 'utf8')).querySelectorAll('a[href]')) links.add(a.getAttribute('href')!);
  }
  return links;
}
