/**
 * Reads content/ (and tests/fixtures/) the way the build does: the project's strict YAML reader, then the
 * content schema. Tests never parse content YAML any other way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z, ZodType } from 'zod';
import { ROOT } from './dist.ts';
import { parseYamlStrictly, yamlFrontmatter } from '../src/lib/yaml-data.ts';
import { articleSchema, type ArticleData } from '../src/lib/schemas/article.ts';
import { nonEmpty } from './non-empty.ts';

/** A YAML file (or an MDX file's frontmatter), validated by the schema the build uses for it. */
export function readContentFile<S extends ZodType>(path: string, schema: S): z.output<S> {
  const text = readFileSync(path, 'utf8');
  const yaml = /\.mdx?$/.test(path) ? (yamlFrontmatter(text) ?? '') : text;
  return schema.parse(parseYamlStrictly(yaml, relative(ROOT, path)));
}

/** Every `.yaml` file in a folder as [id, data], the id being the file name, as the build names entries. */
export function readContentFolder<S extends ZodType>(dir: string, schema: S): [string, z.output<S>][] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => [file.replace(/\.yaml$/, ''), readContentFile(join(dir, file), schema)]);
}

/** The ids of the `.yaml` files in a folder of content/ (`maps`, `timelines`, ...), sorted. */
export function contentIds(folder: string): string[] {
  const ids = readdirSync(join(ROOT, 'content', folder))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => file.replace(/\.yaml$/, ''));
  return nonEmpty(ids, `.yaml files in content/${folder}/`);
}

/** An article's frontmatter, content/articles/<slug>.mdx. */
export function contentArticle(slug: string): ArticleData {
  return readContentFile(join(ROOT, 'content/articles', `${slug}.mdx`), articleSchema);
}
