/**
 * Whether a URL can be a source readers may follow: on a public host name, with no credentials in it.
 * An IP address, localhost or a private network name is a link into someone's own network (or a
 * mistake); credentials in a link leak to every reader. Knows nothing of Astro.
 */

/** Top-level names that never resolve on the public internet (RFC 6761, RFC 6762, RFC 8375 and common private ones). */
const PRIVATE_NAMES = new Set([
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'private',
  'test',
  'invalid',
  'example',
  'onion',
  'home.arpa',
]);

/** Why the URL is not a public link, or undefined. Whether it is a URL at all is the schema's own check. */
export function publicUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.username || url.password) return 'must not contain a user name or password';
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  // The URL parser writes every IPv4 form (0x7f.1, 2130706433) as dotted decimal, and IPv6 in brackets.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) return `must name a public host, not an IP address (got ${host})`;
  const labels = host.split('.');
  const privateName = labels.length < 2 || PRIVATE_NAMES.has(labels.at(-1)!) || PRIVATE_NAMES.has(labels.slice(-2).join('.'));
  if (privateName) return `must name a public host, not a local or private network name (got ${host})`;
  return undefined;
}
