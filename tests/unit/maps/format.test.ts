/** The words a map says of a place, shared by the build and the browser: its ring answer, hedged at the edge, and its strikes. */
import { describe, expect, it } from 'vitest';
import { dayList, EDGE_SHARE, placeDescription, ringAnswer, strikeTag, strikeWords } from '../../../src/lib/maps/format.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A strike report in words, as the map model builds them: its tag and its days. */
const dated = (report: { dates: Date[]; region: boolean }) => strikeWords({ tag: strikeTag(report), days: dayList(report.dates) });

describe('a place at the edge of a ring', () => {
  it('is hedged within 2% of the ring, inside or out, and plain beyond', () => {
    expect(EDGE_SHARE).toBe(0.02);
    expect(ringAnswer({ distanceKm: 898, withinKm: [900] }, 900)).toBe('Yes, at the edge');
    expect(ringAnswer({ distanceKm: 915, withinKm: [] }, 900)).toBe('No, at the edge');
    expect(ringAnswer({ distanceKm: 881, withinKm: [900] }, 900)).toBe('Yes');
    expect(ringAnswer({ distanceKm: 919, withinKm: [] }, 900)).toBe('No');
  });

  it('says so in the description, naming the ring', () => {
    expect(placeDescription({ name: 'Lviv', distanceKm: 898, withinKm: [900], strike: undefined }, [900])).toBe(
      'Lviv, 898 km (558 miles) from the launch point: within range, at the edge of the 900 km ring (within 2%)',
    );
    expect(placeDescription({ name: 'Kyiv', distanceKm: 480, withinKm: [900], strike: undefined }, [900])).toBe(
      'Kyiv, 480 km (298 miles) from the launch point: within range',
    );
  });
});

describe('strikeWords', () => {
  it('dates every strike, and says when the sources name only the region', () => {
    expect(dated({ dates: [day('2024-01-02')], region: false })).toBe('reported strike on 2 January 2024');
    expect(dated({ dates: [day('2024-01-02'), day('2024-01-06'), day('2024-02-07')], region: false })).toBe(
      'reported strikes on 2 and 6 January and 7 February 2024',
    );
    expect(dated({ dates: [day('2023-12-30')], region: true })).toBe('reported strike in its region on 30 December 2023');
  });

  it('names each month and year once, oldest first', () => {
    expect(dated({ dates: [day('2023-12-30'), day('2024-01-02'), day('2024-01-06'), day('2024-01-09')], region: false })).toBe(
      'reported strikes on 30 December 2023 and 2, 6 and 9 January 2024',
    );
  });

  it('follows the place description', () => {
    expect(placeDescription({ name: 'Kyiv', distanceKm: 480, withinKm: [900], strike: 'reported strike on 2 January 2024' }, [900])).toBe(
      'Kyiv, 480 km (298 miles) from the launch point: within range; reported strike on 2 January 2024',
    );
  });
});
