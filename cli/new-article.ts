/**
 * npm run new-article -- <story.txt> [--date YYYY-MM-DD] [--slug <slug>] [--force]   (--help for more)
 *
 * Starts a new explainer from a plain-text wire story. Never overwrites an article unless told to.
 */
import { newArticle } from './new-article-command.ts';
import { nodeScaffoldIo } from './scaffold-node-io.ts';

const { readText, exists, writeText, log, error, ask } = nodeScaffoldIo;

process.exitCode = await newArticle(process.argv.slice(2), {
  // npm runs scripts from the project root; read the story relative to where the editor typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  readText,
  exists,
  writeText,
  log,
  error,
  askDate: ask && ((today) => ask(`Publication date (YYYY-MM-DD) [${today}]: `)),
  today: () => new Date(),
});
