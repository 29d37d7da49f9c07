import { describe, expect, it } from 'vitest';
import { rangeMapIdsIn, referenceProblems } from '../../src/lib/content-references.ts';

describe('content references', () => {
  it('finds RangeMap ids however the tag is written', () => {
    expect(rangeMapIdsIn(`<RangeMap id="a" />\n<RangeMap  id='b'/>\n<RangeMap embedded id="c" />`)).toEqual(['a', 'b', 'c']);
  });

  it('names the file and the value for a map nobody defined and a place nobody added', () => {
    const problems = referenceProblems({
      articles: [{ id: 'story', filePath: 'content/articles/story.mdx', body: 'Text\n<RangeMap id="nowhere-900km" />' }],
      maps: [{ id: 'real', filePath: 'content/maps/real.yaml', data: { places: ['kyiv', 'atlantis'] } }],
      places: [{ id: 'kyiv' }],
    });
    expect(problems).toEqual([
      'content/articles/story.mdx: <RangeMap id="nowhere-900km"> names a map that no file in content/maps/ defines (known maps: real)',
      'content/maps/real.yaml: places[1] "atlantis" is not a place in content/places/ (add content/places/atlantis.yaml or fix the id)',
    ]);
  });

  it('finds nothing wrong when every reference resolves', () => {
    expect(
      referenceProblems({
        articles: [{ id: 's', body: '<RangeMap id="real" />' }],
        maps: [{ id: 'real', data: { places: ['kyiv'] } }],
        places: [{ id: 'kyiv' }],
      }),
    ).toEqual([]);
  });
});
