import { describe, expect, it } from 'vitest';
import { plainTextProblem } from '../../src/lib/plain-text.ts';
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
    const article = {
      title: 'T\u0007',
      dek: 'D',
      byline: 'B',
      publishedAt: '2024-01-04',
      sources: [{ publisher: 'P', title: 'S\ud800', url: 'https://example.org/', evidence: ['What it says.'] }],
    };
    expect(schemaProblems(articleSchema, article)).toEqual([
      expect.stringMatching(/^title: contains U\+0007/),
      expect.stringMatching(/^sources\.0\.title: contains U\+D800/),
    ]);
  });
});
