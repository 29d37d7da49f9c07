/**
 * npm run nginx-headers -- <folder>: prints the nginx configuration that serves the site built for the
 * SITE_URL in the environment from <folder> (where dist/ was copied on the server), with the headers,
 * caching and 404 page the build writes into dist/_headers for Netlify and Cloudflare Pages. It goes
 * inside the `server { }` block (README, "Deploy"). A path or folder nginx cannot be given safely fails
 * with a message and prints nothing.
 */
import { basePath, siteUrl } from '../src/lib/site-url.ts';
import { nginxConfig } from '../src/lib/security/nginx-config.ts';

const USAGE = 'Usage: SITE_URL=https://example.org/explainers/ npm run nginx-headers -- /srv/explainers\n';

const folder = process.argv[2];
if (!folder || process.argv.length > 3) {
  process.stderr.write(USAGE);
  process.exit(2);
}
try {
  const site = siteUrl(process.env.SITE_URL);
  const config = nginxConfig({ base: basePath(site), folder });
  process.stdout.write(
    `# nginx configuration for ${site}, serving ${JSON.stringify(folder)}, from src/lib/security/headers.ts\n` +
      '# (npm run nginx-headers). Include it inside the server { } block; see README, "Deploy".\n\n' +
      config,
  );
} catch (error) {
  process.stderr.write(`nginx-headers: ${(error as Error).message}\n`);
  process.exit(1);
}
