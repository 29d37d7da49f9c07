/**
 * npm run check -- <slug>: the editor's loop. Builds the site (the incremental build reuses every page that
 * did not change, and refuses content that breaks a rule, naming file and field), then runs the checks of
 * that one story: its built article and embed pages, in the build tests and in Chromium. STORY=<slug>
 * narrows the tests to the story (tests/helpers/story-scope.ts). `npm run check` without a slug runs
 * `astro check`, the type check, as it always has.
 *
 * It is not `npm test`: the tests of the code (unit tests, fixture builds, the site-wide checks) run there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('..', import.meta.url).pathname;

/** The test files whose every check is about the stories in scope: per page, per map, per timeline. */
const STORY_CHECKS = [
  'tests/build/article-page.test.ts',
  'tests/build/embeds.test.ts',
  'tests/build/html-validity.test.ts',
  'tests/build/internal-links.test.ts',
  'tests/build/range-maps.test.ts',
  'tests/build/sharing.test.ts',
  'tests/build/timeline.test.ts',
  'tests/browser/accessibility.test.ts',
  'tests/browser/layout.test.ts',
  'tests/browser/map-layout.test.ts',
  'tests/browser/no-javascript.test.ts',
  'tests/browser/range-map.test.ts',
  'tests/browser/source-evidence.test.ts',
];

const USAGE = `npm run check -- <slug> [<check> …]

Builds the site and runs the checks of the story content/articles/<slug>.mdx: its article page and the
embed pages of its maps, as built HTML and in Chromium (set CHROMIUM_PATH if Chromium is not at
/usr/bin/chromium). Name checks to run only those whose file names contain them, after a fix
(\`npm run check -- <slug> map-layout\`). Without a slug: astro check (the type check).`;

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env }).status ?? 1;
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

function check(slug: string, only: string[]): number {
  if (!existsSync(join(ROOT, 'content/articles', `${slug}.mdx`))) {
    console.error(`check: there is no content/articles/${slug}.mdx (the slug is the file's name without .mdx)`);
    return 2;
  }
  const unknown = only.filter((name) => !STORY_CHECKS.some((file) => file.includes(name)));
  if (unknown.length > 0) {
    console.error(`check: no check is named ${unknown.join(', ')}; the checks are:\n  ${STORY_CHECKS.join('\n  ')}`);
    return 2;
  }
  const files = only.length > 0 ? STORY_CHECKS.filter((file) => only.some((name) => file.includes(name))) : STORY_CHECKS;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  console.log(`check: building the site (only what changed is rebuilt)`);
  if (run(process.execPath, [join(ROOT, 'cli/build.ts')]) !== 0) {
    console.error(`check: the build failed after ${seconds()} s; its message names the file and field to fix`);
    return 1;
  }
  console.log(`check: built in ${seconds()} s; running the checks of ${slug}`);
  const status = run(bin('vitest'), ['run', '--project', 'build', '--project', 'browser', ...files], { ...process.env, STORY: slug });
  console.log(`check: ${status === 0 ? 'every check of' : 'some checks failed for'} ${slug}, in ${seconds()} s`);
  return status;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) console.log(USAGE);
else {
  const [slug, ...only] = positionals;
  process.exitCode = slug ? check(slug, only) : run(bin('astro'), ['check']);
}
