/**
 * Checks that what the content quotes and counts is in the evidence its sources carry: every phrase in
 * quotation marks word for word, and every figure in digits. Knows nothing of Astro; it takes plain
 * entries and returns messages naming the file and the phrase, as content-references.ts does.
 */
import { excerptHasFigure, figuresIn } from './figures.ts';
import { containsPhrase } from './match.ts';
import { quoteParts, quotedPhrases } from './quotes.ts';

interface Entry {
  id: string;
  filePath?: string | undefined;
}

interface Sourced {
  evidence: readonly string[];
}

export interface EvidenceInput {
  events: readonly (Entry & { data: { title: string; text: string; sources: readonly Sourced[] } })[];
  maps: readonly (Entry & { data: { launch: { certainty: string; sources?: readonly Sourced[] | undefined } } })[];
  articles: readonly (Entry & {
    editorsNotes: readonly string[];
    data: {
      sources: readonly Sourced[];
      corrections?: readonly { text: string }[] | undefined;
      whatWeKnow?: readonly { text: string; sources: readonly Sourced[] }[] | undefined;
    };
  })[];
}

/** Problems with the quotations in one field, checked against the excerpts that may back them. */
function quoteProblems(field: string, text: string, excerpts: readonly string[], excerptsAre: string): string[] {
  const { quotes, unclosed } = quotedPhrases(text);
  const problems = unclosed ? [`${field} has a quotation mark that nothing closes or opens`] : [];
  for (const quote of quotes) {
    const parts = quoteParts(quote);
    for (const part of parts.filter((p) => !excerpts.some((excerpt) => containsPhrase(excerpt, p)))) {
      const missing = parts.length > 1 ? `quotes "${quote}", but the part "${part}" is` : `quotes "${part}", but these words are`;
      problems.push(
        `${field} ${missing} not word for word in ${excerptsAre}; copy the source's exact words into evidence, or rewrite the text without quotation marks`,
      );
    }
  }
  return problems;
}

/** Figures in digits in one field that no excerpt gives. */
function figureProblems(field: string, text: string, excerpts: readonly string[], excerptsAre: string): string[] {
  return figuresIn(text)
    .filter((figure) => !excerpts.some((excerpt) => excerptHasFigure(excerpt, figure)))
    .map((figure) => `${field} gives the figure ${figure}, which is in none of ${excerptsAre}; add the excerpt that gives it, or leave the figure out`);
}

const excerptsOf = (sources: readonly Sourced[] = []) => sources.flatMap((source) => source.evidence);

export function evidenceProblems({ events, maps, articles }: EvidenceInput): string[] {
  const where = (entry: Entry) => entry.filePath ?? entry.id;
  const problems: string[] = [];
  const report = (entry: Entry, found: string[]) => problems.push(...found.map((problem) => `${where(entry)}: ${problem}`));

  for (const event of events) {
    const excerpts = excerptsOf(event.data.sources);
    const excerptsAre = "the evidence excerpts of the event's sources";
    for (const field of ['title', 'text'] as const) {
      report(event, quoteProblems(field, event.data[field], excerpts, excerptsAre));
      report(event, figureProblems(field, event.data[field], excerpts, excerptsAre));
    }
  }
  for (const map of maps) {
    const { certainty, sources } = map.data.launch;
    report(map, quoteProblems('launch.certainty', certainty, excerptsOf(sources), 'the evidence excerpts of launch.sources'));
  }
  for (const article of articles) {
    const excerpts = excerptsOf(article.data.sources);
    const excerptsAre = "the evidence excerpts of the article's sources";
    article.editorsNotes.forEach((note, i) => report(article, quoteProblems(`editor's note ${i + 1}`, note, excerpts, excerptsAre)));
    article.data.corrections?.forEach((correction, i) => report(article, quoteProblems(`corrections[${i}].text`, correction.text, excerpts, excerptsAre)));
    // A point of "What we know" is held to its own sources, as an event is.
    article.data.whatWeKnow?.forEach((point, i) => {
      const field = `whatWeKnow[${i}].text`;
      const pointExcerpts = excerptsOf(point.sources);
      const pointExcerptsAre = "the evidence excerpts of the point's sources";
      report(article, quoteProblems(field, point.text, pointExcerpts, pointExcerptsAre));
      report(article, figureProblems(field, point.text, pointExcerpts, pointExcerptsAre));
    });
  }
  return problems;
}
