import { describe, expect, it } from 'vitest';
import { formatLongDate, isoDay, parseIsoDay } from '../../src/lib/dates.ts';

describe('parseIsoDay', () => {
  it('reads a real day as midnight UTC', () => {
    expect(parseIsoDay('2024-01-02')?.toISOString()).toBe('2024-01-02T00:00:00.000Z');
  });

  it.each(['2023-12-32', '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-1-2', '02/01/2024', ''])(
    'refuses %j instead of rolling it over',
    (text) => expect(parseIsoDay(text)).toBeNull(),
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
  });
});

describe('formatting in a zone west of UTC', () => {
  it('runs these tests outside UTC, so the checks below mean something', () => {
    expect(new Date('2024-01-02T00:00:00Z').getTimezoneOffset()).toBeGreaterThan(0);
  });

  it('shows the calendar day of the story, not the reader’s local day', () => {
    const tuesday = parseIsoDay('2024-01-02')!;
    expect(formatLongDate(tuesday)).toBe('2 January 2024');
    expect(isoDay(tuesday)).toBe('2024-01-02');
  });
});
