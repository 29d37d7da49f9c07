/**
 * npm run new-article -- <story.txt> [--date YYYY-MM-DD] [--slug <slug>] [--force]   (--help for more)
 *
 * Starts a new explainer from a plain-text wire story. Never overwrites an article unless told to.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { newArticle } from './new-article-command.ts';

const interactive = process.stdin.isTTY && process.stdout.isTTY;

process.exitCode = await newArticle(process.argv.slice(2), {
  // npm runs scripts from the project root; read the story relative to where the editor typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  readText: (path) => readFile(path, 'utf8'),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  writeText: async (path, text, { overwrite }) => {
    await mkdir(dirname(path), { recursive: true });
    // 'wx' fails if the file exists, in one step, so a concurrent run cannot slip in between check and write.
    await writeFile(path, text, { flag: overwrite ? 'w' : 'wx' });
  },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  askDate: interactive
    ? async (today) => {
        const terminal = createInterface({ input: process.stdin, output: process.stdout });
        try {
          return await terminal.question(`Publication date (YYYY-MM-DD) [${today}]: `);
        } finally {
          terminal.close();
        }
      }
    : undefined,
  today: () => new Date(),
});
