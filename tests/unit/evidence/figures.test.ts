import { describe, expect, it } from 'vitest';
import { excerptHasFigure, figuresIn } from '../../../src/lib/evidence/figures.ts';

describe('figuresIn', () => {
  it('finds counts, decimals and grouped thousands', () => {
    expect(figuresIn('Russia fires 99 missiles and 35 drones; 75.5 % were US-made; 1,065 km away.')).toEqual(['99', '35', '75.5', '1,065']);
  });

  it('leaves dates out: years, days of the month and ISO dates', () => {
    expect(figuresIn('On 30 December 2023 and on January 2, 2024, and 2nd of March, since Dec. 30 and 2024-01-02, in May 2019')).toEqual([]);
    expect(figuresIn('13 in favour on 28 March 2024')).toEqual(['13']);
  });

  it('keeps numbers that are part of a model name', () => {
    expect(figuresIn('Hwasong-11 (KN-23/24) and S-300 missiles')).toEqual(['11', '23', '24', '300']);
  });
});

describe('excerptHasFigure', () => {
  it('finds the same number, not one that contains it', () => {
    expect(excerptHasFigure('over 290 components', '290')).toBe(true);
    expect(excerptHasFigure('in 2024, 240 missiles', '24')).toBe(false);
    expect(excerptHasFigure('a 1065 km flight', '1,065')).toBe(true);
    expect(excerptHasFigure('75.5% of them', '75.5')).toBe(true);
    expect(excerptHasFigure('75.5% of them', '75')).toBe(false);
  });

  it('accepts a small number spelled out, as news style writes it', () => {
    expect(excerptHasFigure('Three people were killed', '3')).toBe(true);
    expect(excerptHasFigure('threefold', '3')).toBe(false);
    expect(excerptHasFigure('forty-eight states', '48')).toBe(false);
  });
});
