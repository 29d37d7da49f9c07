/**
 * npm test's builds: runs a command (an `astro build`), printing its output as it comes and keeping a
 * copy in build-logs/<name>.log, so a test can check that the build printed no warning without building again.
 *
 *   node cli/log-build.ts <name> <command> [args…]
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';

const [name, command, ...args] = process.argv.slice(2);
if (!name || !command) {
  console.error('usage: node cli/log-build.ts <name> <command> [args…]');
  process.exit(1);
}
mkdirSync('build-logs', { recursive: true });
const log = createWriteStream(`build-logs/${name}.log`);
const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
child.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
child.on('close', (code) => log.end(() => process.exit(code ?? 1)));
