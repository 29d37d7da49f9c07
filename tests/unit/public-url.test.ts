import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicUrlProblem } from '../../src/lib/public-url.ts';
import { source } from '../../src/lib/schemas/fields.ts';
import { schemaProblems } from '../helpers/schema.ts';
import { ROOT } from '../../tools/dist.ts';

/** Every address written in content/: the real hosts the rules must keep accepting. */
function contentUrls(): string[] {
  const files = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ya?ml|mdx)$/.test(file));
  const urls = files.flatMap((file) => [
    ...readFileSync(join(ROOT, 'content', file), 'utf8').matchAll(/^\s*(?:url|via|sourceUrl): "?(https?:\/\/[^"\s]+)"?$/gm),
  ]);
  return [...new Set(urls.map((match) => match[1]!))];
}

describe('source URLs', () => {
  const problems = (url: string) => schemaProblems(source, { publisher: 'P', title: 'T', url, evidence: ['What it says.'] });

  it('accept public https addresses', () => {
    for (const url of ['https://www.reuters.com/world/', 'https://gov.uk/government/news/x', 'https://xn--80ak6aa92e.com/', 'https://example.org/TODO']) {
      expect(problems(url), url).toEqual([]);
    }
  });

  it.each([
    ['http://www.reuters.com/', /url: must be an absolute https:\/\/ URL/],
    ['ftp://example.org/file', /url: must be an absolute https:\/\/ URL/],
    ['https://user:pass@example.org/', /url: must not contain a user name or password/],
    ['https://user@example.org/', /url: must not contain a user name or password/],
    ['https://127.0.0.1/', /url: must name a public host, not an IP address \(got 127\.0\.0\.1\)/],
    ['https://2130706433/', /not an IP address \(got 127\.0\.0\.1\)/],
    ['https://10.0.0.8/admin', /not an IP address/],
    ['https://93.184.215.14/', /not an IP address/],
    ['https://[::1]/', /not an IP address/],
    ['https://localhost/', /not a local or private network name \(got localhost\)/],
    ['https://LOCALHOST./', /got localhost/],
    ['https://intranet/', /not a local or private network name/],
    ['https://printer.local/', /not a local or private network name/],
    ['https://wiki.corp/', /not a local or private network name/],
    ['https://router.home.arpa/', /not a local or private network name/],
    // Look-alikes: a non-ASCII host must be written as IDNA spells it, and then may not mix scripts in a label.
    ['https://аpple.com/', /must write its host in ASCII, as IDNA \(punycode\) spells it \(xn--pple-43d\.com\)/],
    ['https://bücher.de/', /as IDNA \(punycode\) spells it \(xn--bcher-kva\.de\)/],
    ['https://xn--pple-43d.com/', /label "аpple" mixes Cyrillic and Latin letters/],
    ['https://www.xn--gogle-rce.com/', /label "gοogle" mixes Latin and Greek letters/],
    ['https://xn--zz.com/', /url: must be an absolute https:\/\/ URL/],
    // IP addresses in every spelling, and names that resolve to the address spelt in them.
    ['https://0x7f000001/', /not an IP address \(got 127\.0\.0\.1\)/],
    ['https://0177.0.0.1/', /not an IP address \(got 127\.0\.0\.1\)/],
    ['https://017700000001/', /not an IP address \(got 127\.0\.0\.1\)/],
    ['https://127.1/', /not an IP address \(got 127\.0\.0\.1\)/],
    ['https://[::ffff:127.0.0.1]/', /not an IP address/],
    ['https://127.0.0.1.nip.io/', /not an IP address \(got 127\.0\.0\.1\.nip\.io, which spells the address 127\.0\.0\.1 in its name\)/],
    ['https://app.127.0.0.1.nip.io/', /spells the address 127\.0\.0\.1/],
    ['https://10-0-0-1.sslip.io/', /spells the address 10-0-0-1/],
    ['https://magic-192-168-1-1.example.net/', /spells the address 192-168-1-1/],
    ['https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/', /spells the address 15-188-152-128/],
    ['https://7f000001.nip.io/', /every name under nip\.io is an address in disguise/],
    ['https://--1.sslip.io/', /must name a registrable domain under a public suffix/],
    ['https://anything.localtest.me/', /every name under localtest\.me is an address in disguise/],
    // Addresses that read as one place and go to another.
    ['https://example.com\\@evil.com/', /must not contain a backslash/],
    ['https://example.com/a\\b', /must not contain a backslash/],
    ['https://example.com/a b', /must not contain spaces or control characters/],
    ['https://exa\u200bmple.com/', /contains U\+200B \(an invisible character\) at character 12/],
    ['https://example.com/\u202Efdp.exe', /contains U\+202E \(a bidi control/],
    ['https://example.com:0/', /must not name a port \(got :0\)/],
    ['https://example.com:8443/', /must not name a port \(got :8443\)/],
    ['https://example.com:65536/', /url: must be an absolute https:\/\/ URL/],
    // Hosts the Public Suffix List does not make registrable.
    ['https://foo.internal/', /not a local or private network name \(got foo\.internal\)/],
    ['https://com/', /must name a registrable domain under a public suffix \(Public Suffix List\), got com/],
    ['https://printer/', /must name a registrable domain under a public suffix .*got printer/],
    ['https://intranet.notatld/', /must name a registrable domain under a public suffix .*got intranet\.notatld/],
  ])('refuse %s', (url, says) => {
    expect(problems(url).join('\n')).toMatch(says);
  });

  it('accept every address in content/, and real sites on ports, subdomains and IDNA hosts written as punycode', () => {
    const urls = contentUrls();
    expect(urls.length).toBeGreaterThan(0);
    const real = [
      'https://www.bbc.co.uk/news',
      'https://example.com:443/',
      'https://xn--bcher-kva.de/',
      'https://xn--d1abbgf6aiiy.xn--p1ai/',
      'https://xn--wgv71a119e.jp/',
    ];
    for (const url of [...urls, ...real]) expect(problems(url), url).toEqual([]);
  });

  it('explains a bare problem without the schema too', () => {
    expect(publicUrlProblem('https://example.org/')).toBeUndefined();
  });
});
