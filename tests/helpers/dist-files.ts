import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../tools/dist.ts';
import { inStoryScope } from './story-scope.ts';
import { nonEmpty } from '../../tools/non-empty.ts';

/** Every file under a folder, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/** Path and content hash of every file under a built folder, to compare two builds byte for byte. */
export function fileDigests(dir: string): string[] {
  return filesUnder(dir).map(
    (path) =>
      `${path} ${createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex')}`,
  );
}

/** Every article page the build wrote, as its slug and route (`/articles/<slug>/`). */
export function builtArticles(): { slug: string; route: string }[] {
  return nonEmpty(
    builtPages().flatMap(({ route }) => {
      const slug = /^\/articles\/([^/]+)\/$/.exec(route)?.[1];
      return slug ? [{ slug, route }] : [];
    }),
    'article pages in dist/',
  );
}

/** Every built page, as a route (`/articles/x/`) and its file; with STORY set, the story's own pages only. */
export function builtPages(): { route: string; file: string }[] {
  return nonEmpty(
    filesUnder(DIST)
      .filter((path) => path.endsWith('.html'))
      .map((path) => ({ route: `/${path.replace(/index\.html$/, '')}`, file: join(DIST, path) }))
      .filter(({ route }) => inStoryScope(route)),
    'pages in dist/ (run `npm run build`)',
  );
}
