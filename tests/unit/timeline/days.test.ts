import { describe, expect, it } from 'vitest';
import { dayLabel, daysBetween } from '../../../src/lib/timeline/days.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('day counts from the first launch', () => {
  it('counts calendar days across the new year', () => {
    expect(daysBetween(day('2023-12-30'), day('2023-12-30'))).toBe(0);
    expect(daysBetween(day('2023-12-30'), day('2024-01-02'))).toBe(3);
    expect(daysBetween(day('2023-12-30'), day('2024-01-04'))).toBe(5);
    expect(daysBetween(day('2023-12-30'), day('2023-12-29'))).toBe(-1);
  });

  it('ignores the time of day, so a late event is still on its own day', () => {
    expect(daysBetween(day('2023-12-30'), new Date('2024-01-02T23:30:00Z'))).toBe(3);
  });

  it('labels day 0 onwards, a short run-up before it, and nothing long before', () => {
    expect(dayLabel(0)).toBe('Day 0');
    expect(dayLabel(3)).toBe('Day 3');
    expect(dayLabel(-1)).toBe('1 day before');
    expect(dayLabel(-3)).toBe('3 days before');
    expect(dayLabel(-1600)).toBeUndefined();
  });
});
