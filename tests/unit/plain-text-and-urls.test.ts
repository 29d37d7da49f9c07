import { describe, expect, it } from 'vitest';
import { plainTextProblem } from '../../src/lib/plain-text.ts';
import { publicUrlProblem } from '../../src/lib/public-url.ts';
import { source } from '../../src/lib/schemas/fields.ts';
import { articleSchema } from '../../src/lib/schemas/article.ts';
import { placeSchema } from '../../src/lib/schemas/place.ts';
import { schemaProblems } from '../helpers/schema.ts';

describe('plain text', () => {
  it('accepts any language, emoji, tabs and newlines', () => {
    for (const text of ['Kyiv’s café — 2 Jan', 'Харків', '북한', 'تل أبيب', 'a\tb\nc', 'flag 🇺🇦 and 𝔘']) expect(plainTextProblem(text), text).toBeUndefined();
  });

  it.each([
    ['a vertical tab', 'Missiles\u000bhit', /U\+000B \(a control character\) at character 9/],
    ['an escape', 'a\u001b[31mred', /U\+001B \(a control character\)/],
    ['a carriage return', 'a\rb', /U\+000D/],
    ['a C1 control', 'a\u0085b', /U\+0085 \(a control character\)/],
    ['a lone surrogate', 'a\ud800b', /U\+D800 \(a lone surrogate\)/],
    ['a trailing lone surrogate', 'ab\udc00', /U\+DC00 \(a lone surrogate\) at character 3/],
    ['U+FFFE', 'a\ufffe', /U\+FFFE \(a Unicode non-character\)/],
    ['U+FDD0', '\ufdd0', /U\+FDD0/],
    ['a non-character in another plane', 'a\u{10ffff}', /U\+10FFFF \(a Unicode non-character\)/],
  ])('refuses %s, saying which and where', (_, text, says) => {
    expect(plainTextProblem(text)).toMatch(says);
  });

  it('is required of every text field, which names the field', () => {
    expect(schemaProblems(placeSchema, { name: 'Ky\u000biv', lat: 50, lon: 30, country: 'UKR', source: 'GeoNames 703448 (city centre)' })).toEqual([
      expect.stringMatching(/^name: contains U\+000B/),
    ]);
    const article = { title: 'T\u0007', dek: 'D', byline: 'B', publishedAt: '2024-01-04', sources: [{ publisher: 'P', title: 'S\ud800', url: 'https://example.org/', evidence: ['E'] }] };
    expect(schemaProblems(articleSchema, article)).toEqual([expect.stringMatching(/^title: contains U\+0007/), expect.stringMatching(/^sources\.0\.title: contains U\+D800/)]);
  });
});

describe('source URLs', () => {
  const problems = (url: string) => schemaProblems(source, { publisher: 'P', title: 'T', url, evidence: ['E'] });

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
