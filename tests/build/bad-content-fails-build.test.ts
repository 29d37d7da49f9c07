import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { buildWithContent } from '../helpers/fixture-build.ts';
import { parse } from 'node-html-parser';

const ARTICLE = 'content/articles/north-korean-missiles-ukraine.mdx';
const original = readFileSync(join(ROOT, ARTICLE), 'utf8');

describe('the real build refuses bad frontmatter, naming the file and the field', () => {
  it('fails on an impossible date that YAML would silently roll over', () => {
    const result = buildWithContent({ [ARTICLE]: original.replace('publishedAt: 2024-01-04', 'publishedAt: 2023-12-32') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(ARTICLE);
    expect(result.output).toMatch(/publishedAt: "2023-12-32" is not a real calendar date/);
  }, 120_000);

  it('fails on a missing required field', () => {
    const result = buildWithContent({ [ARTICLE]: original.replace(/^byline: .*\n/m, '') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(ARTICLE);
    expect(result.output).toMatch(/byline/);
  }, 120_000);
});

const MAP = 'content/maps/ukraine-900km.yaml';
const originalMap = readFileSync(join(ROOT, MAP), 'utf8');

describe('the real build refuses broken maps and references, naming the file and the value', () => {
  it('fails when the article uses a map id that no file defines', () => {
    const result = buildWithContent({ [ARTICLE]: original.replace('<RangeMap id="korea-900km" />', '<RangeMap id="korea-9000km" />') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${ARTICLE}: <RangeMap id="korea-9000km"> names a map that no file in content/maps/ defines`);
  }, 120_000);

  it('fails on an unknown place id in a map', () => {
    const result = buildWithContent({ [MAP]: originalMap.replace('  - kharkiv\n', '  - kharkov\n') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${MAP}: places[1] "kharkov" is not a place in content/places/`);
  }, 120_000);

  it('fails on a range that is not a positive number', () => {
    const result = buildWithContent({ [MAP]: originalMap.replace('km: 900', 'km: -900') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(MAP);
    expect(result.output).toContain('must be a positive number of kilometres, got -900');
  }, 120_000);

  it('fails on a coordinate out of range in a place file', () => {
    const result = buildWithContent({ 'content/places/kyiv.yaml': 'name: Kyiv\nlat: 150.455\nlon: 30.524\ncountry: UKR\nsource: GeoNames 703448\n' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/places/kyiv.yaml');
    expect(result.output).toContain('latitude must be between -90 and 90, got 150.455');
  }, 120_000);
});

const EVENT = 'content/events/north-korean-missiles/2024-01-02-kharkiv.yaml';
const originalEvent = readFileSync(join(ROOT, EVENT), 'utf8');

describe('the real build refuses broken timeline events, naming the file', () => {
  it('fails on an event without a source', () => {
    const result = buildWithContent({ [EVENT]: originalEvent.replace(/^sources:[\s\S]*$/m, '') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(EVENT);
    expect(result.output).toMatch(/sources: list at least one source/);
  }, 120_000);

  it('fails on an event at an unknown place', () => {
    const result = buildWithContent({ [EVENT]: originalEvent.replace('place: kharkiv', 'place: kharkov') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${EVENT}: place "kharkov" is not a place in content/places/`);
  }, 120_000);

  it('fails on an impossible event date', () => {
    const result = buildWithContent({ [EVENT]: originalEvent.replace('date: 2024-01-02', 'date: 2024-01-32') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(EVENT);
    expect(result.output).toMatch(/"2024-01-32" is not a real date/);
  }, 120_000);
});

describe('corrections in frontmatter', () => {
  it('render as "Correction" notes and move the updated date', () => {
    const corrected = original.replace(
      'publishedAt: 2024-01-04\n',
      'publishedAt: 2024-01-04\ncorrections:\n  - date: 2024-01-06\n    text: An earlier version gave the wrong day for the second launch.\n',
    );
    const result = buildWithContent({ [ARTICLE]: corrected }, (dist) => readFileSync(join(dist, 'articles/north-korean-missiles-ukraine/index.html'), 'utf8'));
    expect(result.ok, result.output).toBe(true);
    const page = parse(result.inspected!);
    expect(page.querySelector('[data-corrections] p')!.text).toBe('Correction (6 January 2024): An earlier version gave the wrong day for the second launch.');
    expect(page.querySelector('[data-updated] time')!.getAttribute('datetime')).toBe('2024-01-06');
  }, 120_000);
});
