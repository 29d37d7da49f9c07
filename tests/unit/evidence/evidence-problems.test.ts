import { describe, expect, it } from 'vitest';
import { evidenceProblems } from '../../../src/lib/evidence/evidence-problems.ts';
import { readArticleBody } from '../../../src/lib/content/mdx-body.ts';

const FILE = 'content/events/strikes/2023-12-30-first-launch.yaml';
const event = (title: string, text: string, evidence: string[]) => ({
  id: 'strikes/2023-12-30-first-launch',
  filePath: FILE,
  data: { title, text, sources: [{ evidence }] },
});
const problemsOf = (title: string, text: string, evidence: string[]) => evidenceProblems({ events: [event(title, text, evidence)], maps: [], articles: [] });

describe('evidence problems in events', () => {
  const evidence = [
    'Russian forces launched at least one of these missiles into Ukraine on December 30. It appeared to have landed in an open field in Ukraine.',
    'Russia launched 99 missiles and 35 drones.',
  ];

  it('accepts quotes and figures the evidence carries', () => {
    expect(problemsOf('The first launch', 'At least one missile "appeared to have landed in an open field"; 99 missiles and 35 drones.', evidence)).toEqual([]);
  });

  it('names the file and a spliced quote', () => {
    expect(problemsOf('The first launch', 'It "appears to have landed in an open field in the Zaporizhzhia region".', evidence)).toEqual([
      `${FILE}: text quotes "appears to have landed in an open field in the Zaporizhzhia region", but these words are not word for word in the evidence excerpts of the event's sources; copy the source's exact words into evidence, or rewrite the text without quotation marks`,
    ]);
  });

  it('checks each part of a quote with an ellipsis, and names the missing part', () => {
    expect(problemsOf('T', '"launched at least one … into Ukraine"', evidence)).toEqual([]);
    const [problem] = problemsOf('T', '"launched at least one … into Russia"', evidence);
    expect(problem).toContain('text quotes "launched at least one … into Russia", but the part "into Russia" is not word for word');
  });

  it('names a figure no excerpt gives, in the title or the text', () => {
    const problems = problemsOf('47 states condemn the launches', 'Russia fired 99 missiles and 35 drones on 2 January 2024.', evidence);
    expect(problems).toEqual([
      `${FILE}: title gives the figure 47, which is in none of the evidence excerpts of the event's sources; add the excerpt that gives it, or leave the figure out`,
    ]);
  });

  it('names a quotation mark nothing closes', () => {
    expect(problemsOf('T', 'It "appeared to have landed', evidence)[0]).toBe(`${FILE}: text has a quotation mark that nothing closes or opens`);
  });
});

describe('evidence problems in maps and articles', () => {
  it('checks a map certainty note against its launch sources', () => {
    const map = (sources?: { evidence: string[] }[]) => ({
      id: 'm',
      filePath: 'content/maps/m.yaml',
      data: { launch: { certainty: 'Prosecutors said the missiles came "from the Belgorod region".', sources } },
    });
    expect(evidenceProblems({ events: [], maps: [map([{ evidence: ['fired from the Belgorod region, they said'] }])], articles: [] })).toEqual([]);
    expect(evidenceProblems({ events: [], maps: [map()], articles: [] })[0]).toMatch(
      /^content\/maps\/m\.yaml: launch\.certainty quotes "from the Belgorod region", but these words are not word for word in the evidence excerpts of launch\.sources/,
    );
  });

  it("checks editor's notes and corrections against the article's sources", () => {
    const article = {
      id: 'story',
      filePath: 'content/articles/story.mdx',
      editorsNotes: readArticleBody(
        'Wire text "not checked here".\n\n<aside class="editors-note" aria-label="Editor\'s note">\n  **Editor\'s note:** The UK said it was "almost certain".\n</aside>\n',
      ).editorsNotes,
      data: { sources: [{ evidence: ['It is almost certain that munitions arrived.'] }], corrections: [{ text: 'We misquoted him as saying "never".' }] },
    };
    expect(evidenceProblems({ events: [], maps: [], articles: [article] })).toEqual([
      `content/articles/story.mdx: corrections[0].text quotes "never", but these words are not word for word in the evidence excerpts of the article's sources; copy the source's exact words into evidence, or rewrite the text without quotation marks`,
    ]);
  });

  it('checks each point of "What we know" against its own sources, as an event', () => {
    const article = {
      id: 'story',
      filePath: 'content/articles/story.mdx',
      editorsNotes: [],
      data: {
        sources: [{ evidence: ['Kostin said 24 missiles were fired, "relatively" accurate.'] }],
        whatWeKnow: [
          {
            text: 'Kostin counted 24 missiles, two "relatively" accurate.',
            sources: [{ evidence: ['of the 24 missiles fired, only two of them had been “relatively” accurate'] }],
          },
          {
            text: 'Kostin counted 25 "mostly" inaccurate missiles.',
            sources: [{ evidence: ['of the 24 missiles fired, only two of them had been “relatively” accurate'] }],
          },
        ],
      },
    };
    expect(evidenceProblems({ events: [], maps: [], articles: [article] })).toEqual([
      `content/articles/story.mdx: whatWeKnow[1].text quotes "mostly", but these words are not word for word in the evidence excerpts of the point's sources; copy the source's exact words into evidence, or rewrite the text without quotation marks`,
      `content/articles/story.mdx: whatWeKnow[1].text gives the figure 25, which is in none of the evidence excerpts of the point's sources; add the excerpt that gives it, or leave the figure out`,
    ]);
  });
});
