import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../helpers/schema.ts';
import { articleSchema } from '../../../src/lib/schemas/article.ts';

const valid = {
  title: 'A headline',
  dek: 'What the reader learns.',
  byline: 'Explainers desk',
  publishedAt: '2024-01-04',
  sources: [{ publisher: 'Reuters', title: 'A source', url: 'https://example.com/a', date: '2024-01-04', evidence: ['What the source says.'] }],
};

const problems = (data: unknown) => schemaProblems(articleSchema, data);

describe('article frontmatter', () => {
  it('accepts a complete article and turns dates into Dates', () => {
    const article = articleSchema.parse(valid);
    expect(article.publishedAt.toISOString()).toBe('2024-01-04T00:00:00.000Z');
  });

  it('accepts a date that YAML already parsed', () => {
    expect(problems({ ...valid, publishedAt: new Date('2024-01-04T00:00:00Z') })).toEqual([]);
  });

  it.each([
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['an empty byline', { ...valid, byline: '  ' }, 'byline'],
    ['a number for the dek', { ...valid, dek: 42 }, 'dek'],
    ['an impossible date', { ...valid, publishedAt: '2023-12-32' }, 'publishedAt'],
    ['no sources', { ...valid, sources: [] }, 'sources'],
    ['a relative source URL', { ...valid, sources: [{ ...valid.sources[0], url: '/a' }] }, 'sources.0.url'],
    ['a source without evidence', { ...valid, sources: [{ ...valid.sources[0], evidence: undefined }] }, 'sources.0.evidence'],
    ['an empty list of evidence', { ...valid, sources: [{ ...valid.sources[0], evidence: [] }] }, 'sources.0.evidence'],
    ['an excerpt over 60 words', { ...valid, sources: [{ ...valid.sources[0], evidence: ['word '.repeat(61)] }] }, 'sources.0.evidence.0'],
    ['a relative URL for the copy read', { ...valid, sources: [{ ...valid.sources[0], via: 'copy.html' }] }, 'sources.0.via'],
    ['an unknown field (a typo)', { ...valid, publishedOn: '2024-01-04' }, ''],
    ['an update before publication', { ...valid, updatedAt: '2024-01-03' }, 'updatedAt'],
  ])('refuses %s, naming the field', (_, data, field) => {
    const found = problems(data);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => p.startsWith(`${field}:`))).toBe(true);
  });

  describe('"What we know"', () => {
    const point = (date: string) => ({ date, text: 'What became known.', sources: valid.sources });
    const withPoints = (dates: string[], extra: object = {}) => ({ ...valid, updatedAt: '2024-05-07', whatWeKnow: dates.map(point), ...extra });

    it('accepts 3 to 5 dated points, latest first, each with sources', () => {
      expect(problems(withPoints(['2024-04-29', '2024-02-16', '2024-01-04']))).toEqual([]);
      expect(problems(withPoints(['2024-05-07', '2024-04-29', '2024-02-16', '2024-01-05', '2024-01-04']))).toEqual([]);
    });

    it.each([
      ['two points', withPoints(['2024-04-29', '2024-01-04']), /^whatWeKnow: give 3 to 5 points/],
      ['six points', withPoints(['2024-05-07', '2024-05-06', '2024-04-29', '2024-02-16', '2024-01-05', '2024-01-04']), /^whatWeKnow: give 3 to 5 points/],
      [
        'a point without sources',
        {
          ...withPoints(['2024-04-29', '2024-02-16', '2024-01-04']),
          whatWeKnow: [point('2024-04-29'), { ...point('2024-02-16'), sources: [] }, point('2024-01-04')],
        },
        /^whatWeKnow\.1\.sources: back the point with at least one source/,
      ],
      [
        'a point whose source has no evidence',
        {
          ...withPoints(['2024-04-29', '2024-02-16', '2024-01-04']),
          whatWeKnow: [point('2024-04-29'), { ...point('2024-02-16'), sources: [{ ...valid.sources[0], evidence: [] }] }, point('2024-01-04')],
        },
        /^whatWeKnow\.1\.sources\.0\.evidence: give the evidence/,
      ],
      [
        'points oldest first',
        withPoints(['2024-01-04', '2024-02-16', '2024-04-29']),
        /^whatWeKnow\.1\.date: is newer than the point above it \(2024-01-04\): list the points latest first/,
      ],
      ['a point newer than updatedAt', withPoints(['2024-05-08', '2024-02-16', '2024-01-04']), /^whatWeKnow\.0\.date: is after updatedAt \(2024-05-07\)/],
      [
        'a point newer than publishedAt, with no updatedAt',
        withPoints(['2024-04-29', '2024-02-16', '2024-01-04'], { updatedAt: undefined }),
        /^whatWeKnow\.0\.date: is after publishedAt \(2024-01-04\): set updatedAt/,
      ],
    ])('refuses %s, naming the field and the fix', (_, data, message) => {
      expect(problems(data)).toContainEqual(expect.stringMatching(message));
    });
  });

  it('says which field still holds a scaffold placeholder, unless the article is a draft', () => {
    const scaffolded = { ...valid, byline: 'TODO: author or desk' };
    expect(problems(scaffolded)).toEqual([expect.stringMatching(/^byline: still holds a TODO placeholder/)]);
    expect(problems({ ...scaffolded, draft: true })).toEqual([]);
  });
});
