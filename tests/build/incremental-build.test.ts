import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmBuild, projectCopy } from '../helpers/fixture-build.ts';
import { fileDigests } from '../helpers/dist-files.ts';
import { parseHtml } from '../../tools/dist.ts';
import { contentArticle } from '../../tools/content.ts';
import { storyWith } from '../helpers/stories.ts';

const story = storyWith('a map', (s) => s.maps.length > 0);
// A second article, so an edit to one leaves another to be reused.
const SECOND = 'content/articles/second-story.mdx';
const second = story.text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${contentArticle(story.slug).title}, second look`)}`);
// The one-word edit: a word added after the first word of the story's first paragraph.
const firstParagraph = second.replace(/^---\n[\s\S]*?\n---\n/, '').match(/^[A-Z].*$/m)![0];
const [firstWord, ...rest] = firstParagraph.split(' ');
const edited = [firstWord, 'indeed', ...rest].join(' ');

// Built as `npm run build` builds (cli/build.ts): into a staging folder, then swapped into dist/, so the
// cache must be reused, and the output the same, whatever folder Astro writes to.
describe('incremental builds', () => {
  it('after a one-word edit, rebuild only what changed and give the same bytes as a cold build', () => {
    expect(second).not.toBe(story.text);
    const dir = projectCopy({ [SECOND]: second });
    try {
      const cold = npmBuild(dir);
      expect(cold.ok, cold.output).toBe(true);
      // Astro 7.3 records a fresh cache's first build under a config hash the next build does not
      // match: reuse starts with the third build.
      const settled = npmBuild(dir);
      expect(settled.ok, settled.output).toBe(true);

      writeFileSync(join(dir, SECOND), second.replace(firstParagraph, edited));
      const incremental = npmBuild(dir);
      expect(incremental.ok, incremental.output).toBe(true);
      // The unchanged article and the maps were reused; the edited article was rendered again.
      expect(incremental.output).toMatch(new RegExp(`${story.route}index\\.html \\((cached|restored)\\)`));
      expect(incremental.output).toMatch(new RegExp(`/embed/${story.maps[0]}/map\\.png \\((cached|restored)\\)`));
      expect(incremental.output).toMatch(/\/articles\/second-story\/share\.png \((cached|restored)\)/);
      expect(incremental.output).not.toMatch(/\/articles\/second-story\/index\.html \((cached|restored)\)/);
      const afterEdit = fileDigests(join(dir, 'dist'));

      rmSync(join(dir, 'dist'), { recursive: true });
      rmSync(join(dir, 'node_modules/.astro'), { recursive: true });
      const fresh = npmBuild(dir);
      expect(fresh.ok, fresh.output).toBe(true);
      expect(fresh.output).not.toMatch(/\((cached|restored)\)/);
      expect(afterEdit).toEqual(fileDigests(join(dir, 'dist')));
      expect(parseHtml(readFileSync(join(dir, 'dist/articles/second-story/index.html'), 'utf8')).text.replace(/\s+/g, ' ')).toContain(
        edited.split(' ').slice(0, 4).join(' '),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 360_000);
});
