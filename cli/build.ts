/**
 * `npm run build`: `astro build` into a staging folder, then put the result where a deploy reads it only
 * when the build succeeded and wrote everything a site needs, so a killed or failed build leaves the
 * previous output folder as it was.
 *
 *   node cli/build.ts [--out dist] [astro build options, such as --force]
 *
 * The staging folder is .staging/<out>, on the same file system as <out>, so the swap is two renames:
 * the old folder aside, the new one in its place. Between them (microseconds) <out> does not exist; a
 * build killed right there leaves the old folder in .staging/<out>.previous, and the next build puts it back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { incompleteOutputs, requiredOutputs } from '../src/lib/build-output.ts';
import { parseYamlStrictly, yamlFrontmatter } from '../src/lib/yaml-data.ts';
import { articleSchema } from '../src/lib/schemas/article.ts';

const ARTICLES = 'content/articles';

/** Slugs of the articles the site publishes: every MDX file under content/articles (its path is its slug) but drafts. */
function publishedSlugs(): string[] {
  return readdirSync(ARTICLES, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .filter((path) => {
      const file = join(ARTICLES, path);
      return !articleSchema.parse(parseYamlStrictly(yamlFrontmatter(readFileSync(file, 'utf8')) ?? '', file)).draft;
    })
    .map((path) => path.replace(/\.mdx$/, ''));
}

/** Every file under a folder, with its size, by path relative to it. */
function writtenFiles(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((path) => [path, statSync(join(dir, path))] as const);
  return new Map(files.filter(([, stat]) => stat.isFile()).map(([path, stat]) => [path, stat.size]));
}

/** Undoes what an earlier, killed build left: its half-written staging folder, or the swap it did not finish. */
function recover(out: string, staging: string, previous: string): void {
  if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}

function fail(staging: string, message: string, code = 1): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(message);
  process.exit(code);
}

// `--out <folder>` is ours; anything else (`--force`, say) goes to `astro build`, except its own `--outDir`.
const { values, tokens } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, strict: false, allowPositionals: true, tokens: true });
const out = values.out;
const astroArgs = tokens.filter((token) => !(token.kind === 'option' && token.name === 'out')).map((token) => process.argv[token.index + 2]!);
// The staging folder must be on the output folder's file system for the swap to be a rename.
if (typeof out !== 'string' || isAbsolute(out) || normalize(out).startsWith('..')) {
  console.error('--out takes a folder inside the project, such as dist');
  process.exit(1);
}
if (tokens.some((token) => token.kind === 'option' && token.name === 'outDir')) {
  console.error('Use --out <folder>: the build writes to a staging folder first, then puts it there.');
  process.exit(1);
}
const staging = join('.staging', out);
const previous = `${staging}.previous`;

recover(out, staging, previous);
const astro = spawnSync('astro', ['build', ...astroArgs, '--outDir', staging], { stdio: 'inherit' });
if (astro.error) fail(staging, `Could not run astro: ${astro.error.message}`);
if (astro.status !== 0) fail(staging, `The build failed (${astro.signal ?? `exit code ${astro.status}`}): ${out}/ is left as it was.`, astro.status || 1);

const missing = incompleteOutputs(requiredOutputs(publishedSlugs()), writtenFiles(staging));
if (missing.length) {
  fail(staging, `The build wrote no ${missing.join(', ')} (or left it empty) in ${staging}/: ${out}/ is left as it was.`);
}
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`${out}/ now holds the new build.`);
