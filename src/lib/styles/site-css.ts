/**
 * The site's CSS, built once per build with Tailwind's compiler (the same one @tailwindcss/vite runs)
 * and inlined in every page's <head>: a small stylesheet (about 7 KB compressed) costs less in its
 * page's first round trip than a request of its own, which would hold the first paint back a round
 * trip on a phone. It is computed here, in plain Node, so its hash is known before Astro renders any
 * page: the Content-Security-Policy (src/lib/security/csp.ts) allows exactly this stylesheet, in the
 * pages' <meta> and in the header alike.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, optimize } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import { themeCss } from '../theme/theme-css.ts';

/** The stylesheet every page carries; it imports the others. */
export const SITE_CSS_ENTRY = 'src/styles/site.css';

export interface SiteCss {
  /** The project it was built for. */
  root: string;
  css: string;
  /** For a CSP source list: `sha256-…`. */
  hash: `sha256-${string}`;
  /** Every file it was built from: CSS files and the files scanned for class names. */
  files: string[];
}

/**
 * Where class names are looked for: the markup (components, layouts, pages) and the content, never
 * build output, caches, tests or plain TypeScript, so the CSS (and its hash) depends on the markup
 * alone; a word in a comment or a call like \`.filter(\` elsewhere does not add a utility to every page.
 */
const CLASS_SOURCES = ['src/components', 'src/layouts', 'src/pages', 'content'];

/** Builds the CSS of the project at `root`: the entry's imports, plus the utilities its files use. */
export async function buildSiteCss(root: string): Promise<SiteCss> {
  const entry = join(root, SITE_CSS_ENTRY);
  const dependencies = [entry];
  // The theme's colours and dashes are data (src/lib/theme/palette.ts), written into the stylesheet here.
  const compiler = await compile(`${readFileSync(entry, 'utf8')}\n${themeCss()}`, {
    base: join(root, 'src/styles'),
    onDependency: (path) => dependencies.push(path),
  });
  const sources = CLASS_SOURCES.map((folder) => ({ base: join(root, folder), pattern: '**/*', negated: false }));
  const scanner = new Scanner({ sources: [...sources, ...compiler.sources] });
  const candidates = scanner.scan();
  const css = optimize(compiler.build(candidates), { minify: true }).code;
  return { root, css, hash: cspHash(css), files: [...dependencies, ...scanner.files] };
}

/** The project this module belongs to: the nearest folder up that has the entry (bundled or not). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, SITE_CSS_ENTRY))) {
    if (dirname(dir) === dir) throw new Error(`site CSS: no ${SITE_CSS_ENTRY} above ${fileURLToPath(import.meta.url)}`);
    dir = dirname(dir);
  }
  return dir;
}

/**
 * This project's CSS, built when the Astro config loads (and again wherever csp.ts is imported). Pages
 * get the same text from the `virtual:site-css` module (./vite-plugin.ts).
 */
export const SITE_CSS: SiteCss = await buildSiteCss(projectRoot());

/** A CSP hash source (without its quotes) for an inline element's text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
