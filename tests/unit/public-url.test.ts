import { describe, expect, it } from 'vitest';
import { publicUrlProblem } from '../../src/lib/public-url.ts';
import { source } from '../../src/lib/schemas/fields.ts';
import { schemaProblems } from '../helpers/schema.ts';

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
  ])('refuse %s', (url, says) => {
    expect(problems(url).join('\n')).toMatch(says);
  });

  it('explains a bare problem without the schema too', () => {
    expect(publicUrlProblem('https://example.org/')).toBeUndefined();
  });
});
