import { describe, expect, it } from 'vitest';
import { containsPhrase, normaliseForMatch } from '../../../src/lib/evidence/match.ts';
import { wordCount } from '../../../src/lib/evidence/excerpt.ts';

describe('containsPhrase', () => {
  const excerpt = 'The U.S. State Department said: “We won’t hesitate to impose additional actions if appropriate.”\n  It landed in an open field.';

  it('ignores case, quote style and whitespace', () => {
    expect(containsPhrase(excerpt, "we WON'T hesitate")).toBe(true);
    expect(containsPhrase(excerpt, 'impose  additional\nactions')).toBe(true);
    expect(containsPhrase(excerpt, 'said: "We won')).toBe(true);
  });

  it('needs the words in the same order and form', () => {
    expect(containsPhrase(excerpt, 'will not hesitate to impose sanctions')).toBe(false);
    expect(containsPhrase(excerpt, 'landed in an open field in the Zaporizhzhia region')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(containsPhrase('He often said so', 'ten')).toBe(false);
    expect(containsPhrase('at least 240 missiles', '24')).toBe(false);
    expect(containsPhrase('at least 24 missiles', '24')).toBe(true);
    expect(containsPhrase('an open field', 'open field')).toBe(true);
  });

  it('normalises typographic marks and invisible characters', () => {
    expect(normaliseForMatch('“Won’t”\u00ad  it')).toBe('"won\'t" it');
  });
});

describe('wordCount', () => {
  it('counts words between spaces, not punctuation standing alone', () => {
    expect(wordCount('In the 32-page report — they said — it “derives from a DPRK Hwasong-11”.')).toBe(12);
  });

  it('counts two characters as a word in Japanese and Chinese, which have no spaces', () => {
    expect(wordCount('ロシア南部ボロネジ州から発射')).toBe(7);
    expect(wordCount('「KN23」系列')).toBe(2);
  });
});
