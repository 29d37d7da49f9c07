/**
 * What `npm run new-article` does, with the file system, the terminal and the clock passed in, so tests
 * run the very same code with a writer and a logger of their own.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleScaffold, articleTitle, parseWireStory, slugFromHeadline, WireStoryError } from '../src/lib/wire-story.ts';
import { isoDay, parseIsoDay } from '../src/lib/dates.ts';
import { isSlug } from '../src/lib/slug.ts';

export const USAGE = `usage: npm run new-article -- <story.txt> [--date YYYY-MM-DD] [--slug <slug>] [--force]

Starts an explainer from a plain-text wire story (first line the headline, every further line a paragraph):
writes the article, content/articles/<slug>.mdx, as a draft, and keeps the wire copy as content/wire/<slug>.txt.

  --date YYYY-MM-DD  the publication date; asked for when run in a terminal, required otherwise
  --slug <slug>      the address (lowercase words joined by hyphens); made from the headline otherwise
  --force            overwrite an existing article or wire copy of that name
  --dir <folder>     where articles go (default content/articles)
  --wire-dir <folder> where wire copies go (default content/wire)
  --help             show this help`;

export interface NewArticleIo {
  /** The folder relative paths on the command line are read from. */
  cwd: string;
  readText(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
  /** Writes a file, making its folder; `overwrite: false` must fail (EEXIST) rather than replace a file. */
  writeText(path: string, text: string, options: { overwrite: boolean }): Promise<void>;
  log(line: string): void;
  error(line: string): void;
  /** Asks the editor for the publication date; undefined when there is nobody to ask (no terminal). */
  askDate?: (suggested: string) => Promise<string>;
  today(): Date;
}

class UsageError extends Error {}

/** Runs the command; returns the exit code. Never overwrites a file unless told to with --force. */
export async function newArticle(argv: string[], io: NewArticleIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof WireStoryError) {
      io.error(`new-article: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function run(argv: string[], io: NewArticleIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        slug: { type: 'string' },
        date: { type: 'string' },
        dir: { type: 'string', default: 'content/articles' },
        'wire-dir': { type: 'string', default: 'content/wire' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.log(USAGE);
    return;
  }
  const [storyPath] = positionals;
  if (!storyPath || positionals.length > 1) throw new UsageError(USAGE);

  const storyFile = resolve(io.cwd, storyPath);
  let text: string;
  try {
    text = await io.readText(storyFile);
  } catch (error) {
    throw new UsageError(`cannot read "${storyPath}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let story;
  try {
    story = parseWireStory(text);
  } catch (error) {
    if (error instanceof WireStoryError) throw new WireStoryError(`${storyPath}: ${error.message}`);
    throw error;
  }

  const slug = values.slug ?? slugFromHeadline(story.headline);
  if (!isSlug(slug)) throw new UsageError(`--slug "${slug}" must be lowercase words joined by hyphens`);
  const date = await publicationDate(values.date, io);

  const article = resolve(io.cwd, values.dir, `${slug}.mdx`);
  const wire = resolve(io.cwd, values['wire-dir'], `${slug}.txt`);
  // The story may already sit where its wire copy belongs: then there is nothing to copy.
  const copyWire = wire !== storyFile;
  const shown = (path: string) => relative(io.cwd, path);
  if (!values.force) {
    for (const path of copyWire ? [article, wire] : [article]) {
      if (await io.exists(path)) throw new UsageError(`${shown(path)} already exists; pass --force to overwrite it, or --slug to choose another name`);
    }
  }
  try {
    if (copyWire) await io.writeText(wire, text, { overwrite: values.force });
    await io.writeText(article, articleScaffold(story, date), { overwrite: values.force });
  } catch (error) {
    // Another run may have written a file between the check and the write: still never overwrite it.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${(error as NodeJS.ErrnoException).path ?? 'a file'} already exists; pass --force to overwrite it`);
    throw error;
  }
  if (copyWire) io.log(`wire copy: ${shown(wire)}`);
  const title = articleTitle(story);
  if (title !== story.headline) io.log(`title: ${title} (the wire's Title Case headline in sentence case: check that every name kept its capital)`);
  io.log(`publishedAt: ${date}`);
  io.log(shown(article));
}

/** The date given, or the one the editor types (today if they just press Enter); never today unasked. */
async function publicationDate(given: string | undefined, io: NewArticleIo): Promise<string> {
  const check = (value: string, what: string) => {
    if (!parseIsoDay(value)) throw new UsageError(`${what} "${value}" is not a real date (YYYY-MM-DD)`);
    return value;
  };
  if (given !== undefined) return check(given, '--date');
  if (!io.askDate) throw new UsageError('pass the publication date with --date YYYY-MM-DD (there is no terminal to ask it in)');
  const today = isoDay(io.today());
  const answer = (await io.askDate(today)).trim();
  return answer === '' ? today : check(answer, 'the date');
}
