/**
 * Build time and peak memory for N generated articles (each with two maps of its own and a timeline),
 * each build in a fresh project with no cache; and the time of a rebuild after a one-word edit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectWithArticles, removeProject } from './generate-articles.ts';

export interface BuildTime {
  articles: number;
  seconds: number;
  perArticle: number;
  /** Peak resident memory of the build process (main thread and its workers), in MB. */
  peakMb: number;
  /** CPU time of all its threads: steadier than wall time on a shared machine. */
  cpuSeconds: number;
}

// Astro's own build(), in a Node process of its own, so the process's peak memory is the build's.
const BUILD_SCRIPT = `
import { build } from 'astro';
await build({ root: process.cwd(), logLevel: 'warn' });
const usage = process.resourceUsage();
process.stdout.write('\\npeak-rss-kb=' + usage.maxRSS + ' cpu-us=' + (usage.userCPUTime + usage.systemCPUTime) + '\\n');
process.exit(0);
`;

/** One `astro build` in `dir`: wall-clock seconds and peak memory. */
export function timedBuild(dir: string, what: string): { seconds: number; peakMb: number; cpuSeconds: number } {
  const start = performance.now();
  const script = join(dir, 'bench-build.mjs');
  writeFileSync(script, BUILD_SCRIPT);
  const run = spawnSync(process.execPath, [script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const peak = /peak-rss-kb=(\d+) cpu-us=(\d+)/.exec(run.stdout ?? '');
  if (run.status !== 0 || !peak) throw new Error(`build of ${what} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds, peakMb: Number(peak[1]) / 1024, cpuSeconds: Number(peak[2]) / 1e6 };
}

export function buildTime(articles: number): BuildTime {
  const dir = projectWithArticles(articles);
  try {
    const { seconds, peakMb, cpuSeconds } = timedBuild(dir, `${articles} generated articles`);
    return { articles, seconds, perArticle: seconds / articles, peakMb, cpuSeconds };
  } finally {
    removeProject(dir);
  }
}

export interface EditRebuild {
  articles: number;
  coldSeconds: number;
  editSeconds: number;
  editCpuSeconds: number;
  peakMb: number;
}

/**
 * A full build of N articles, then one word changed in one article's prose, then the rebuild. An
 * unchanged build comes between: Astro 7.3 records the first build of a fresh cache under a config
 * hash that the next build does not match, so reuse starts with the third build (a one-time cost).
 */
export function oneWordEdit(articles: number): EditRebuild {
  const dir = projectWithArticles(articles);
  try {
    const cold = timedBuild(dir, `${articles} generated articles`);
    timedBuild(dir, `${articles} generated articles again`);
    const file = join(dir, 'content/articles', `story-n${Math.ceil(articles / 2)}.mdx`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('utilized', 'used'));
    const edit = timedBuild(dir, `${articles} generated articles after an edit`);
    return { articles, coldSeconds: cold.seconds, editSeconds: edit.seconds, editCpuSeconds: edit.cpuSeconds, peakMb: edit.peakMb };
  } finally {
    removeProject(dir);
  }
}

/** Least-squares line through the points: the fixed cost and the cost of each further article. */
export function linearFit(points: readonly BuildTime[]): { fixed: number; perArticle: number; r2: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.articles, 0) / n;
  const my = points.reduce((s, p) => s + p.seconds, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.articles - mx) * (p.seconds - my), 0);
  const sxx = points.reduce((s, p) => s + (p.articles - mx) ** 2, 0);
  const slope = sxy / sxx;
  const fixed = my - slope * mx;
  const ssTot = points.reduce((s, p) => s + (p.seconds - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.seconds - (fixed + slope * p.articles)) ** 2, 0);
  return { fixed, perArticle: slope, r2: 1 - ssRes / ssTot };
}
