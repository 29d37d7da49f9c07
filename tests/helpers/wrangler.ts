import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from '../../tools/dist.ts';
import type { StaticSite } from '../../tools/static-server.ts';

/** Must stay a date the pinned workerd supports, or wrangler falls back with a warning (and an update check). */
const COMPATIBILITY_DATE = '2026-11-01';

/**
 * Serves a built folder with Cloudflare's own runtime: `wrangler pages dev` (workerd), as Cloudflare
 * Pages serves a deploy, `_headers` and 404 rules included. Offline: no telemetry, no update check, no
 * `Request.cf` download; on a free loopback port; state in a temporary folder. It takes a few seconds
 * to start, so a test file starts it once.
 */
export async function serveWithWrangler(root = DIST): Promise<StaticSite> {
  const state = mkdtempSync(join(tmpdir(), 'wrangler-'));
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'pages',
      'dev',
      root,
      '--ip=127.0.0.1',
      '--port=0',
      '--inspector-port=0',
      `--compatibility-date=${COMPATIBILITY_DATE}`,
      `--persist-to=${join(state, 'state')}`,
      '--show-interactive-dev-session=false',
      '--live-reload=false',
      '--log-level=info',
    ],
    {
      cwd: state,
      // Its own process group, so closing it also ends the workerd it starts.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CI: 'true',
        NO_COLOR: '1',
        DO_NOT_TRACK: '1',
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_SEND_ERROR_REPORTS: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_LOG_PATH: join(state, 'logs'),
        XDG_CONFIG_HOME: join(state, 'config'),
        MINIFLARE_CACHE_DIR: join(state, 'cache'),
      },
    },
  );
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let output = '';
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`wrangler pages dev did not start in 60 s:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`wrangler pages dev exited (${code}):\n${output}`)));
    });
    return {
      origin,
      close: async () => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        stop();
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        rmSync(state, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stop();
    rmSync(state, { recursive: true, force: true });
    throw error;
  }
}
