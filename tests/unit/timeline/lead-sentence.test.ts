/** An entry's lead sentence, as the timeline shows it by default: the rest opens with its sources. */
import { describe, expect, it } from 'vitest';
import { leadSentence } from '../../../src/lib/timeline/lead-sentence.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../tools/dist.ts';
import { contentEvents } from '../../helpers/events.ts';

const timelineIds = readdirSync(join(ROOT, 'content/timelines')).map((file) => file.replace(/\.yaml$/, ''));

describe('leadSentence', () => {
  it('splits off the first sentence and keeps the rest whole', () => {
    expect(leadSentence('Kirby says so. He calls it "an escalation." The US will act.')).toEqual({
      lead: 'Kirby says so.',
      rest: 'He calls it "an escalation." The US will act.',
    });
  });

  it('keeps a text of one sentence whole', () => {
    expect(leadSentence('Russia vetoes the renewal of the panel.')).toEqual({ lead: 'Russia vetoes the renewal of the panel.', rest: '' });
  });

  it('loses no words of any event in content/: lead and rest together are its text', () => {
    for (const id of timelineIds) {
      for (const event of contentEvents(id)) {
        const { lead, rest } = leadSentence(event.text);
        expect(`${lead} ${rest}`.trim(), event.id).toBe(event.text.trim());
        expect(lead.length, event.id).toBeGreaterThan(0);
      }
    }
  });
});
