import { describe, expect, it } from 'vitest';
import { isTitleCase, sentenceCaseHeadline, titleCaseProblem } from '../../src/lib/sentence-case.ts';

const STORY = [
  'The White House said on Thursday that Russia fired North Korean missiles at Ukraine.',
  'Missiles struck Kharkiv, US officials said. The ICBM programme was not mentioned.',
];

describe('the house style for headings: sentence case', () => {
  it.each([
    ['White House Reveals Russia’s Use of North Korean Missiles in Recent Strikes Against Ukraine', true],
    ['Russia Fired North Korean Missiles At Ukraine, US Says', true],
    ['White House reveals Russia’s use of North Korean missiles in recent strikes against Ukraine', false],
    // Names only: too few long words to tell Title Case from a headline of names.
    ['Kim Jong Un meets Putin', false],
    ['What the US says was fired', false],
  ])('"%s" is Title Case: %s', (heading, expected) => {
    expect(isTitleCase(heading)).toBe(expected);
    expect(titleCaseProblem(heading) !== undefined).toBe(expected);
  });

  it('names the heading and the fix', () => {
    expect(titleCaseProblem('Missiles Struck Kharkiv Overnight Again')).toMatch(
      /"Missiles Struck Kharkiv Overnight Again" is in Title Case; .*sentence case: capitalise the first word and names only/,
    );
  });

  it('restyles a Title Case headline, keeping names the story capitalises mid-sentence, acronyms and figures', () => {
    expect(sentenceCaseHeadline('Russia Fired North Korean Missiles At Ukraine, White House Says', STORY)).toBe(
      'Russia fired North Korean missiles at Ukraine, White House says',
    );
    expect(sentenceCaseHeadline('Missiles Struck Kharkiv, US Officials Say, Not ICBMs From 2024', STORY)).toBe(
      'Missiles struck Kharkiv, US officials say, not ICBMs from 2024',
    );
  });

  it('leaves a headline already in sentence case as it is', () => {
    const headline = 'Missiles Struck Kharkiv, officials say';
    expect(sentenceCaseHeadline(headline, STORY)).toBe(headline);
  });
});
