/**
 * npm run new-article -- <story.txt> [--slug <slug>] [--date YYYY-MM-DD] [--dir content/articles] [--force]
 *
 * Starts a new explainer from a plain-text wire story. Never overwrites an article unless told to.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleScaffold, parseWireStory, slugFromHeadline, WireStoryError } from '../src/lib/wire-story.ts';
import { isoDay, parseIsoDay } from '../src/lib/dates.ts';

const USAGE = 'usage: npm run new-article -- <story.txt> [--slug <slug>] [--date YYYY-MM-DD] [--dir <folder>] [--force]';

function fail(message: string): never {
  console.error(`new-article: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      date: { type: 'string' },
      dir: { type: 'string', default: 'content/articles' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
const [storyPath] = positionals;
if (!storyPath || positionals.length > 1) fail(USAGE);

let text: string;
try {
  // npm runs scripts from the project root; read the story relative to where the editor typed the command.
  text = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), storyPath), 'utf8');
} catch (error) {
  fail(`cannot read "${storyPath}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

try {
  const story = parseWireStory(text);
  const slug = values.slug ?? slugFromHeadline(story.headline);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`--slug "${slug}" must be lowercase words joined by hyphens`);
  if (values.date !== undefined && !parseIsoDay(values.date)) fail(`--date "${values.date}" is not a real date (YYYY-MM-DD)`);
  const date = values.date ?? isoDay(new Date());

  await mkdir(values.dir, { recursive: true });
  const target = join(values.dir, `${slug}.mdx`);
  try {
    // 'wx' fails if the file exists, in one step, so a concurrent run cannot slip in between check and write.
    await writeFile(target, articleScaffold(story, date), { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      fail(`${relative(process.cwd(), target)} already exists; pass --force to overwrite it, or --slug to choose another name`);
    }
    throw error;
  }
  console.log(relative(process.cwd(), target));
} catch (error) {
  if (error instanceof WireStoryError) fail(`${storyPath}: ${error.message}`);
  throw error;
}
