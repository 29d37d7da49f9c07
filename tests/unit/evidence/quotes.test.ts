import { describe, expect, it } from 'vitest';
import { quoteParts, quotedPhrases } from '../../../src/lib/evidence/quotes.ts';

describe('quotedPhrases', () => {
  it('finds straight and typographic double quotes', () => {
    expect(quotedPhrases('It "appears to have landed" and “still being assessed”, he said.')).toEqual({
      quotes: ['appears to have landed', 'still being assessed'],
      unclosed: false,
    });
  });

  it('finds single quotes but never takes an apostrophe for one', () => {
    expect(quotedPhrases("Russia's 'super-large' launcher, the states' view, and ‘won’t hesitate’ don't count twice").quotes).toEqual([
      'super-large',
      'won’t hesitate',
    ]);
    expect(quotedPhrases("Kim's and Putin's meeting in the Amur region's cosmodrome").quotes).toEqual([]);
  });

  it('keeps a quotation inside a quotation as part of the outer one', () => {
    expect(quotedPhrases('He said "we call it \'super-large\' now".').quotes).toEqual(["we call it 'super-large' now"]);
  });

  it('reports a double quotation mark nothing closes', () => {
    expect(quotedPhrases('It "appears to have landed in a field.').unclosed).toBe(true);
    expect(quotedPhrases('It “appears" to have landed.').unclosed).toBe(true);
    expect(quotedPhrases('No quotes at all.')).toEqual({ quotes: [], unclosed: false });
  });
});

describe('quoteParts', () => {
  it('splits at an ellipsis, however it is typed', () => {
    expect(quoteParts('recently provided Russia … several ballistic missiles')).toEqual(['recently provided Russia', 'several ballistic missiles']);
    expect(quoteParts('a...b [...] c […] d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops punctuation at the edges, which follows house style, but keeps it inside', () => {
    expect(quoteParts('significant and concerning escalation.')).toEqual(['significant and concerning escalation']);
    expect(quoteParts('conducted, in part, using ballistic missiles,')).toEqual(['conducted, in part, using ballistic missiles']);
  });
});
