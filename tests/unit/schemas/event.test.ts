import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../helpers/schema.ts';
import { eventSchema } from '../../../src/lib/schemas/event.ts';

const valid = {
  date: '2023-12-30',
  title: 'First launch',
  text: 'One sentence.',
  kind: 'strike',
  claimant: 'us-government',
  attribution: 'John Kirby, 4 January 2024',
  confidence: 'says',
  place: 'zaporizhzhia',
  sources: [{ publisher: 'Reuters', title: 'A title', url: 'https://example.com/', date: '2024-01-04', evidence: ['One sentence.'] }],
};

const problems = (data: unknown) => schemaProblems(eventSchema, data);

describe('event files', () => {
  it('accept a full day or a month alone', () => {
    expect(problems(valid)).toEqual([]);
    expect(eventSchema.parse({ ...valid, date: '2019-05' }).date.precision).toBe('month');
  });

  it.each([
    ['an impossible date', { ...valid, date: '2023-12-32' }, /^date: "2023-12-32" is not a real date/],
    ['no sources', { ...valid, sources: [] }, /^sources: list at least one source/],
    ['a missing sources field', { ...valid, sources: undefined }, /^sources: list at least one source/],
    [
      'an unknown kind, listing the kinds',
      { ...valid, kind: 'strke' },
      /^kind: must be one of: test, diplomacy, transfer, strike, disclosure, finding, sanctions, context; got "strke"$/,
    ],
    ['an unknown confidence, listing the levels', { ...valid, confidence: 'sure' }, /^confidence: must be one of: says, found, denies, disputed; got "sure"$/],
    ['a missing kind', { ...valid, kind: undefined }, /^kind: must be one of: .*; got nothing$/],
    ['an unknown place scope', { ...valid, placeScope: 'town' }, /^placeScope: must be one of: city, region; got "town"$/],
    ['a claimant that is not an id', { ...valid, claimant: 'US government' }, /^claimant: must be an id/],
    [
      'a placeholder for a headline nobody read',
      { ...valid, sources: [{ ...valid.sources[0], title: '[headline not visible]' }] },
      /^sources\.0\.title: a headline in brackets is a placeholder/,
    ],
    ['a source without evidence', { ...valid, sources: [{ ...valid.sources[0], evidence: undefined }] }, /^sources\.0\.evidence: give the evidence/],
    [
      'an excerpt over 60 words',
      { ...valid, sources: [{ ...valid.sources[0], evidence: ['word '.repeat(61)] }] },
      /^sources\.0\.evidence\.0: an excerpt is at most 60 words \(this one has 61\)/,
    ],
    ['a confidence the timeline has no words for', { ...valid, confidence: 'confirmed' }, /^confidence:/],
    ['a time without its UTC offset', { ...valid, time: '07:30' }, /^utcOffset: give time and utcOffset together/],
    ['a time on a month-only date', { ...valid, date: '2019-05', time: '07:30', utcOffset: '+09:00' }, /^time: a time of day needs a full date/],
  ])('refuse %s', (_, data, message) => {
    expect(problems(data)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
