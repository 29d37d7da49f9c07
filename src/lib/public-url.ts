/**
 * Whether a URL can be a source readers may follow: https on a public host name, written so that it
 * goes where it reads. An IP address (however spelt), localhost or a private network name is a link into
 * someone's own network (or a mistake); credentials in a link leak to every reader; a backslash, an
 * invisible character or a look-alike letter makes a link read as one address and go to another.
 * Knows nothing of Astro.
 */
import { parse } from 'tldts';
import { mixedScriptProblem } from './host-scripts.ts';
import { invisibleCharacterProblem } from './visible-text.ts';

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

/** Wildcard DNS services: every name under them resolves to the address spelt in it (`7f000001.nip.io`, `--1.sslip.io`). */
const ADDRESS_NAME_SERVICES = new Set(['nip.io', 'sslip.io', 'xip.io', 'nip.direct', 'traefik.me', 'localtest.me', 'lvh.me', 'vcap.me']);

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** An IPv4 address spelt inside a name with dots or hyphens: `app.127.0.0.1.nip.io`, `10-0-0-1.sslip.io`, `ec2-15-188-152-128.…`. */
const EMBEDDED_IPV4 = new RegExp(`(?:^|[^\\d])(${OCTET}[.-]${OCTET}[.-]${OCTET}[.-]${OCTET})(?![.-]?\\d)`);

/** Why the URL, as written, does not read as where it goes; undefined when it does. */
function writingProblem(value: string): string | undefined {
  if (value.includes('\\')) return 'must not contain a backslash: browsers read it as "/", so the address goes elsewhere than it reads';
  if (/[\s\p{Cc}]/u.test(value)) return 'must not contain spaces or control characters: write a space as %20';
  const invisible = invisibleCharacterProblem(value);
  if (invisible) return invisible;
  const authority = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '';
  if (/[^\x20-\x7e]/u.test(authority)) {
    const ascii = URL.canParse(value) ? ` (${new URL(value).hostname})` : '';
    return `must write its host in ASCII, as IDNA (punycode) spells it${ascii}, so that a look-alike letter cannot hide in it`;
  }
  return undefined;
}

/** Why the parsed URL's host is not a public, registrable name on the standard port; undefined when it is. */
function hostProblem(url: URL): string | undefined {
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.port) return `must not name a port (got :${url.port}): a public page is served on the standard https port`;
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  // The URL parser writes every IPv4 form (0x7f.1, 2130706433, 0177.0.0.1) as dotted decimal, and IPv6 in brackets.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) return `must name a public host, not an IP address (got ${host})`;
  const spelt = EMBEDDED_IPV4.exec(host)?.[1];
  if (spelt) return `must name a public host, not an IP address (got ${host}, which spells the address ${spelt} in its name)`;
  const labels = host.split('.');
  const privateName = PRIVATE_NAMES.has(labels.at(-1)!) || PRIVATE_NAMES.has(labels.slice(-2).join('.'));
  if (privateName) return `must name a public host, not a local or private network name (got ${host})`;
  const { domain, isIcann } = parse(host);
  if (domain && ADDRESS_NAME_SERVICES.has(domain))
    return `must name a public host, not an IP address (got ${host}: every name under ${domain} is an address in disguise)`;
  // A registrable domain, or a public suffix that is itself a site (gov.uk); never a bare top-level domain.
  if (!isIcann || (!domain && labels.length < 2)) return `must name a registrable domain under a public suffix (Public Suffix List), got ${host}`;
  return mixedScriptProblem(host);
}

/** Why the URL is not a public link, or undefined. Whether it is an https URL at all is the schema's own check. */
export function publicUrlProblem(value: string): string | undefined {
  return writingProblem(value) ?? (URL.canParse(value) ? hostProblem(new URL(value)) : undefined);
}
