import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseYamlStrictly, yamlFrontmatter } from '../lib/yaml-data.ts';
import { idFromFileName } from '../lib/content-file-id.ts';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Astro's glob() loader, but the YAML an editor wrote reaches the schema as written.
 *
 * Astro reads frontmatter with js-yaml's default schema, which turns `2023-12-32` into a Date for
 * 1 January 2024 without a word. We parse the YAML again with the core schema (no timestamp type),
 * so dates arrive as text and the schema rejects impossible ones, naming the file and the field.
 *
 * Astro also slugifies file names into ids, so `Foo Bar.mdx` would quietly be published at /foo-bar/.
 * Here an entry's id is its path as written, and a file whose name is not already an id stops the build.
 */
export function strictGlob(options: GlobOptions & { base: string }): Loader {
  const inner = glob({
    ...options,
    generateId: ({ entry }) => idFromFileName(entry, options.base),
  });
  return {
    name: 'strict-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]) => {
          const { filePath } = props;
          if (!filePath || !/\.(mdx?|ya?ml)$/.test(filePath)) return context.parseData(props);
          const text = await readFile(filePath, 'utf8');
          const yaml = /\.mdx?$/.test(filePath) ? yamlFrontmatter(text) : text;
          const data = (yaml === undefined ? {} : parseYamlStrictly(yaml, filePath)) as TData;
          return context.parseData({ ...props, data });
        },
      }),
  };
}
