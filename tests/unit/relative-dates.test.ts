/** A report's relative days, resolved against the day it was filed, as the dated note beside the wire prints them. */
import { describe, expect, it } from 'vitest';
import { resolveRelativeDates } from '../../src/lib/relative-dates.ts';
import { parseIsoDay } from '../../src/lib/dates.ts';

const thursday = parseIsoDay('2024-01-04')!;
const means = (text: string, filed = thursday) => Object.fromEntries(resolveRelativeDates(text, filed).map(({ phrase, means }) => [phrase, means]));

describe('resolveRelativeDates', () => {
  it('reads a weekday as a day of the week before filing, the filing day included', () => {
    expect(means('disclosed on Thursday that … launches occurring on Tuesday')).toEqual({ 'on Thursday': '4 January 2024', 'on Tuesday': '2 January 2024' });
    expect(means('last Thursday')).toEqual({ 'last Thursday': '28 December 2023' });
    expect(means('on Friday')).toEqual({ 'on Friday': '29 December 2023' });
  });

  it('reads a month or a day of a month without its year as the latest on or before filing', () => {
    expect(means('on December 30, and in November')).toEqual({ 'December 30': '30 December 2023', 'in November': 'November 2023' });
    expect(means('on 2 January')).toEqual({ '2 January': '2 January 2024' });
    expect(means('in January')).toEqual({ 'in January': 'January 2024' });
  });

  it('leaves a date that gives its year alone', () => {
    expect(means('on December 30, 2023 and in November 2023 and on 2 January 2024')).toEqual({});
  });

  it('resolves years and days named relative to filing', () => {
    expect(means('announced last year; this year; yesterday and today')).toEqual({
      'last year': '2023',
      'this year': '2024',
      yesterday: '3 January 2024',
      today: '4 January 2024',
    });
  });

  it('lists each phrase once, in the order the report first uses it', () => {
    expect(resolveRelativeDates('on Tuesday, last year, on Tuesday', thursday).map(({ phrase }) => phrase)).toEqual(['on Tuesday', 'last year']);
  });

  it('finds nothing in text with no relative days', () => {
    expect(resolveRelativeDates('nothing relative here', thursday)).toEqual([]);
  });
});
