/**
 * npm run nginx-headers: prints the `location` blocks that make nginx send the headers the build writes
 * into dist/_headers for Netlify and Cloudflare Pages, for the SITE_URL in the environment.
 */
import { basePath, siteUrl } from '../src/lib/site-url.ts';
import { headerRules, nginxLocations } from '../src/lib/security/headers.ts';

const site = siteUrl(process.env.SITE_URL);
const base = basePath(site);
process.stdout.write(
  `# Headers for ${site}, from src/lib/security/headers.ts (npm run nginx-headers).\n` +
    `# Inside the server { } block whose root holds dist/${base === '/' ? '' : ` as .${base.replace(/\/$/, '')}`}.\n\n` +
    nginxLocations(headerRules(base), base),
);
