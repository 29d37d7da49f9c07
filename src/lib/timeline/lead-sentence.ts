/**
 * An entry's lead: its text's first sentence, which the timeline shows by default, and the rest, which
 * opens with the entry's sources. Split with the platform's own sentence rules (Intl.Segmenter), so "U.N."
 * or "Dec. 30" do not end a sentence; a text of one sentence is all lead.
 */
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

export function leadSentence(text: string): { lead: string; rest: string } {
  const first = sentences.segment(text)[Symbol.iterator]().next().value?.segment ?? text;
  return { lead: first.trimEnd(), rest: text.slice(first.length).trim() };
}
