/** Build time for 1, 10 and 100 generated articles (each with two maps and a timeline). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectWithArticles, removeProject } from './generate-articles.ts';

const ROOT = new URL('..', import.meta.url).pathname;

export interface BuildTime {
  articles: number;
  seconds: number;
  perArticle: number;
}

export function buildTime(articles: number): BuildTime {
  const dir = projectWithArticles(articles);
  try {
    const start = performance.now();
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`build of ${articles} generated articles failed:\n${run.stdout}\n${run.stderr}`);
    return { articles, seconds, perArticle: seconds / articles };
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
