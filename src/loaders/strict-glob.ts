import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
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
    load: async (context) => {
      // While the collection loads, a file the schema refuses is noted and loading goes on, so one error
      // lists every refused file of the collection. Later reloads of one file (astro dev) throw at once.
      const refused: { id: string; problem: string }[] = [];
      let loading = true;
      await inner.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]) => {
          const { filePath } = props;
          if (!filePath || !/\.(mdx?|ya?ml)$/.test(filePath)) return context.parseData(props);
          const text = await readFile(filePath, 'utf8');
          const yaml = /\.mdx?$/.test(filePath) ? yamlFrontmatter(text) : text;
          try {
            const data = (yaml === undefined ? {} : parseYamlStrictly(yaml, filePath)) as TData;
            return await context.parseData({ ...props, data });
          } catch (error) {
            if (!loading) throw error;
            refused.push({ id: props.id, problem: `${relative(process.cwd(), filePath)}: ${listItem((error as Error).message)}` });
            return {} as TData;
          }
        },
      });
      loading = false;
      if (refused.length === 0) return;
      for (const { id } of refused) context.store.delete(id);
      throw new Error(
        `${refused.length} file${refused.length === 1 ? '' : 's'} in ${options.base.replace(/^\.\//, '')} do${refused.length === 1 ? 'es' : ''} not match the schema (README, "Every field of every content file"):\n  - ${refused.map((r) => r.problem).join('\n  - ')}`,
      );
    },
  };
}

/** An error's message as an item of the list: its further lines (one per field) indented under it; Astro's ** emphasis goes. */
const listItem = (message: string) =>
  message
    .replaceAll('**', '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n      ');
