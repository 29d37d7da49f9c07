/**
 * The real file system, terminal and GeoNames for the scaffold commands. npm runs scripts from the
 * project root, where content/ is.
 */
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { GeoNamesTown } from '../src/lib/scaffold/geonames.ts';
import { geoNamesRows } from '../src/lib/gazetteer/geonames-data.ts';
import type { ScaffoldIo } from './scaffold-io.ts';

const interactive = process.stdin.isTTY && process.stdout.isTTY;

let towns: readonly GeoNamesTown[] | undefined;

export const nodeScaffoldIo: ScaffoldIo = {
  cwd: process.cwd(),
  readText: (path) => readFile(path, 'utf8'),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  list: (folder) =>
    readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    }),
  writeText: async (path, text, { overwrite }) => {
    await mkdir(dirname(path), { recursive: true });
    // 'wx' fails if the file exists, in one step, so a concurrent run cannot slip in between check and write.
    await writeFile(path, text, { flag: overwrite ? 'w' : 'wx' });
  },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  ask: interactive
    ? async (question) => {
        const terminal = createInterface({ input: process.stdin, output: process.stdout });
        try {
          return await terminal.question(question);
        } finally {
          terminal.close();
        }
      }
    : undefined,
  // GeoNames data (CC BY 4.0), the gazetteer's: 135,000 towns, read in about half a second, only when needed.
  towns: async () => (towns ??= geoNamesRows()),
};
