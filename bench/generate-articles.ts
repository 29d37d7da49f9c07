/**
 * Builds a copy of the project whose content is N generated articles, each with two range maps and a
 * timeline of its own (copies of the real story's, under new ids), for measuring how build time grows.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** A throwaway project with `count` generated articles; returns its folder. */
export function projectWithArticles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  cpSync(join(ROOT, 'content/places'), join(dir, 'content/places'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

  const article = read('content/articles/north-korean-missiles-ukraine.mdx');
  const maps = { ukraine: read('content/maps/ukraine-900km.yaml'), korea: read('content/maps/korea-900km.yaml') };
  const timeline = read('content/timelines/north-korean-missiles.yaml');
  const eventDir = join(ROOT, 'content/events/north-korean-missiles');
  const events = readdirSync(eventDir).map((file) => [file.replace(/\.yaml$/, ''), readFileSync(join(eventDir, file), 'utf8')] as const);

  for (const dirName of ['articles', 'maps', 'timelines', 'events']) mkdirSync(join(dir, 'content', dirName), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const n = `n${i}`;
    const body = article
      .replace('<RangeMap id="ukraine-900km" />', `<RangeMap id="ukraine-900km-${n}" />`)
      .replace('<RangeMap id="korea-900km" />', `<RangeMap id="korea-900km-${n}" />`)
      .replace('<Timeline id="north-korean-missiles" />', `<Timeline id="timeline-${n}" />`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (${n})"`);
    writeFileSync(join(dir, 'content/articles', `story-${n}.mdx`), body);
    writeFileSync(join(dir, 'content/maps', `ukraine-900km-${n}.yaml`), maps.ukraine);
    writeFileSync(join(dir, 'content/maps', `korea-900km-${n}.yaml`), maps.korea);
    writeFileSync(
      join(dir, 'content/timelines', `timeline-${n}.yaml`),
      timeline.replace('dayZero: 2023-12-30-first-launch', `dayZero: 2023-12-30-first-launch-${n}`).replace('map: ukraine-900km', `map: ukraine-900km-${n}`),
    );
    mkdirSync(join(dir, 'content/events', `timeline-${n}`));
    for (const [id, text] of events) writeFileSync(join(dir, 'content/events', `timeline-${n}`, `${id}-${n}.yaml`), text);
  }
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
