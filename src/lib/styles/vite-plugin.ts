/**
 * Serves the site's CSS to pages as `virtual:site-css` (its text as SITE_CSS). Under `astro dev` it
 * rebuilds the CSS shortly after a stylesheet or a file that may use a class changes (after the page
 * itself has been re-rendered, so a prose edit shows as fast as ever), and reloads the page if the CSS
 * did change; a build uses the CSS built when the config loaded, whose hash the CSP carries.
 */
import type { Plugin } from 'vite';
import { buildSiteCss, SITE_CSS, type SiteCss } from './site-css.ts';

const ID = 'virtual:site-css';
const RESOLVED = `\0${ID}`;
const MAY_USE_CLASSES = /\.(css|astro|mdx|md|ts|html)$/;
/** Edits come in bursts (an editor saving, a formatter running): one rebuild after they settle. */
const SETTLE_MS = 300;

export function siteCssPlugin(): Plugin {
  let current: SiteCss = SITE_CSS;
  return {
    name: 'site-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export const SITE_CSS = ${JSON.stringify(current.css)};` : undefined),
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const rebuild = async () => {
        const next = await buildSiteCss(current.root);
        if (next.css === current.css) return;
        current = next;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', (file) => {
        if (!MAY_USE_CLASSES.test(file) || file.includes('/node_modules/')) return;
        clearTimeout(timer);
        timer = setTimeout(() => void rebuild().catch((error) => server.config.logger.error(`site CSS: ${error}`)), SETTLE_MS);
      });
    },
  };
}
