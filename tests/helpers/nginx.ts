import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tools/dist.ts';
import type { StaticSite } from '../../tools/static-server.ts';

/** Debian's nginx (package `nginx`), which .ci/run installs. */
export const NGINX = '/usr/sbin/nginx';

function requireNginx(): void {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install nginx), as .ci/run does`);
}

/** What `npm run nginx-headers -- <folder>` prints for a SITE_URL, and its errors. */
export function nginxHeadersCommand(site: string, folder: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'cli/nginx-headers.ts'), folder], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: site },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A prefix folder of nginx's own: nginx.conf with a server on 127.0.0.1:<port> for each snippet (the
 * first answers any Host, the others `Host: site-<i>`), pid, temp paths and log inside it, and nothing
 * from /etc/nginx but the standard mime.types, beside nginx.conf where every nginx keeps it. One process
 * (master_process off) as the current user, so it runs the same as root and as anyone else.
 */
function nginxPrefix(snippets: string[], port: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  symlinkSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  snippets.forEach((snippet, i) => writeFileSync(join(dir, `site-${i}.conf`), snippet));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${dir}/${name};`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${dir}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 64; }',
      'http {',
      '    access_log off;',
      ...temp,
      ...snippets.flatMap((_, i) => [
        '    server {',
        `        listen 127.0.0.1:${port}${i === 0 ? ' default_server' : ''};`,
        `        server_name site-${i};`,
        `        include site-${i}.conf;`,
        '    }',
      ]),
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}

/** `nginx -t` on a server that includes the snippets: does nginx accept them as they are? */
export function nginxAccepts(snippets: string[]): { ok: boolean; output: string } {
  requireNginx();
  const dir = nginxPrefix(snippets, 8);
  try {
    const run = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    }).on('error', () => resolve(false));
  });
}

/**
 * Debian's nginx on a free loopback port, serving each site as `npm run nginx-headers` configures it
 * (`site` is its SITE_URL, `folder` the built folder) in a server block of its own, the first for any
 * Host, the others for `Host: site-<i>`.
 */
export async function serveWithNginx(sites: { site: string; folder: string }[]): Promise<StaticSite & { snippets: string[] }> {
  requireNginx();
  const snippets = sites.map(({ site, folder }) => {
    const printed = nginxHeadersCommand(site, folder);
    if (printed.status !== 0) throw new Error(`npm run nginx-headers failed for ${site}:\n${printed.stderr}`);
    return printed.stdout;
  });
  const port = await freePort();
  const dir = nginxPrefix(snippets, port);
  const child = spawn(NGINX, ['-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; !(await accepting(port)); tries++) {
    if (child.exitCode !== null || tries > 100) {
      await close();
      throw new Error(`nginx did not start on 127.0.0.1:${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, close, snippets };
}
