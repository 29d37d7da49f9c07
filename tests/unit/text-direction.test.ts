import { describe, expect, it } from 'vitest';
import { isRightToLeft } from '../../src/lib/text-direction.ts';

describe('text direction of a source language', () => {
  it.each(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'ckb', 'ar-EG'])('%s is written right to left', (lang) => {
    expect(isRightToLeft(lang)).toBe(true);
  });

  it.each(['en', 'ja', 'uk', 'ko', 'ru', 'zh-Hant'])('%s is not', (lang) => {
    expect(isRightToLeft(lang)).toBe(false);
  });
});
