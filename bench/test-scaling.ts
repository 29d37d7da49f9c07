/**
 * How `npm test` grows with content: the suite run in a full copy of the project (content, fixtures,
 * tests) as it is, then in another copy with N generated stories added (each with two maps and a timeline
 * of its own, as the build-scaling bench makes them). Every step of `npm test` runs and is timed, as
 * package.json runs it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkPackages } from '../tools/project-copy.ts';
import { addGeneratedArticles, removeProject } from './generate-articles.ts';

const ROOT = new URL('..', import.meta.url).pathname;
/** What a copy leaves out: packages (linked instead), outputs, caches and history. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'dist-subpath', '.astro', '.staging', 'build-logs', '.git']);

/** npm test's steps, read from package.json so the bench runs exactly what `npm test` runs: [name, command]. */
const STEPS: [string, string][] = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { test: string } }).scripts.test
  .split('&&')
  .map((step) => step.trim())
  .map((step) => [step.replace(/^node cli\/log-build\.ts \S+ /, '').replace(/^npm run (--silent )?/, ''), step]);

export interface SuiteRun {
  stories: number;
  seconds: number;
  steps: { name: string; seconds: number }[];
  /** Whether every step passed: a slower suite that fails is no measurement of the one that passes. */
  passed: boolean;
  failure?: string;
  loads: number[];
}

function projectCopy(added: number): string {
  const dir = mkdtempSync(join(tmpdir(), `test-scaling-${added}-`));
  for (const entry of readdirSync(ROOT)) if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  linkPackages(dir);
  if (added > 0) addGeneratedArticles(dir, added);
  return dir;
}

const storyCount = (dir: string) => readdirSync(join(dir, 'content/articles')).filter((name) => name.endsWith('.mdx')).length;

/** The suite in a fresh copy of the project with `added` generated stories. */
export function suiteRun(added: number, log: (line: string) => void): SuiteRun {
  const dir = projectCopy(added);
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '0' };
  const run: SuiteRun = { stories: storyCount(dir), seconds: 0, steps: [], passed: true, loads: [loadavg()[0]!] };
  try {
    for (const [name, command] of STEPS) {
      log(`${run.stories} stories: ${name}`);
      const start = performance.now();
      const result = spawnSync('sh', ['-c', command], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const seconds = (performance.now() - start) / 1000;
      run.steps.push({ name, seconds });
      run.seconds += seconds;
      run.loads.push(loadavg()[0]!);
      if (result.status !== 0) {
        run.passed = false;
        const output = `${result.stdout}\n${result.stderr}`;
        // Vitest's FAIL lines name every failed test; any other step's end says why it stopped.
        const failed = output.split('\n').filter((line) => /^\s*FAIL\s/.test(line));
        run.failure = `${name} failed:\n${failed.length > 0 ? failed.join('\n') : output.slice(-4000)}`;
        break;
      }
    }
    return run;
  } finally {
    removeProject(dir);
  }
}

const TARGET = { suiteSeconds: 6 * 60, perStorySeconds: 20 };

/**
 * `npm run bench -- --test-scaling`: the suite with today's content, then with `added` more stories; writes
 * bench/test-scaling.md and the README's test-scaling block, and returns the report.
 */
export function testScalingReport(added: number, log: (line: string) => void, write: (path: string, update: (text: string) => string) => void): string {
  const base = suiteRun(0, log);
  const grown = suiteRun(added, log);
  // A run stopped before its last step measures nothing; one whose every step ran (tests failing or not) measures the suite's time.
  const complete = (r: SuiteRun) => r.steps.length === STEPS.length;
  const perStory = complete(base) && complete(grown) ? (grown.seconds - base.seconds) / added : undefined;
  const loads = [...base.loads, ...grown.loads];
  const load = `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on 2 cores while measuring`;
  const row = (r: SuiteRun) => [r.stories, ...r.steps.map((s) => s.seconds.toFixed(0)), r.seconds.toFixed(0), r.passed ? 'yes' : '**no**'];
  const header = ['stories', ...STEPS.map(([name]) => `${name} (s)`), 'total (s)', 'passed'];
  const lines = [header, header.map(() => '---'), ...[base, grown].map(row)].map((cells) => `| ${cells.join(' | ')} |`);
  const failing = (r: SuiteRun) => (r.passed ? '' : `, though the suite with ${r.stories} stories failed (below)`);
  const suite = complete(base)
    ? `**${(base.seconds / 60).toFixed(1)} min** (target ≤ ${TARGET.suiteSeconds / 60} min idle: ${base.seconds <= TARGET.suiteSeconds ? 'met' : '**not met**'}${failing(base)})`
    : '**not measured**: the suite stopped before its last step (below)';
  const story =
    perStory === undefined
      ? `**not measured**: a suite stopped before its last step (below)`
      : `**${perStory.toFixed(1)} s** (target ≤ ${TARGET.perStorySeconds} s: ${perStory <= TARGET.perStorySeconds ? 'met' : '**not met**'}${failing(grown)})`;
  const verdict = `Whole suite with today's content: ${suite}; each added story: ${story}.`;
  const failures = [base, grown].filter((r) => !r.passed).map((r) => `\n\nWith ${r.stories} stories, ${r.failure}`);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --test-scaling\` (Node ${process.version}; ${load}).`;
  const summary = `${stamp}\n\n${lines.join('\n')}\n\n${verdict}`;
  const report = `# How the test suite grows with stories\n\n${summary}${failures.map((f) => `\n\n\`\`\`\n${f.trim()}\n\`\`\``).join('')}\n`;
  write('bench/test-scaling.md', () => report);
  write('README.md', (readme) =>
    readme.replace(
      /(<!-- test-scaling:start -->\n)[\s\S]*?(\n<!-- test-scaling:end -->)/,
      `$1${summary}\n\nDetails: [bench/test-scaling.md](bench/test-scaling.md).$2`,
    ),
  );
  return report;
}
