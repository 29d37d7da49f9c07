/**
 * Who says a timeline entry, in the plain words a reader skims: "US says", "UN monitors found", "Russia
 * denies", "Disputed", and "Confirmed" only where the desk itself verified the event. Derived from the
 * event's `confidence` and its claimant's short name, so an editor never writes the words by hand.
 */
import type { ClaimantData } from '../schemas/claimant.ts';
import { CONFIDENCE, CONFIDENCE_LEVELS, type EventData } from '../schemas/event.ts';

const VERBS = {
  says: { one: 'says', many: 'say' },
  found: { one: 'found', many: 'found' },
  denies: { one: 'denies', many: 'deny' },
} as const;

const DISPUTED = 'Disputed';
const CONFIRMED = 'Confirmed';

export function claimWords(event: Pick<EventData, 'confidence' | 'verifiedByDesk'>, claimant: Pick<ClaimantData, 'shortName' | 'plural'>): string {
  if (event.verifiedByDesk) return CONFIRMED;
  if (event.confidence === 'disputed') return DISPUTED;
  const verb = VERBS[event.confidence];
  return `${claimant.shortName} ${claimant.plural ? verb.many : verb.one}`;
}

export interface ClaimKeyItem {
  words: string;
  meaning: string;
}

/** The key to the words a timeline's entries use, in the schema's order: what each means, from its list. */
export function claimKey(events: readonly Pick<EventData, 'confidence' | 'verifiedByDesk'>[]): ClaimKeyItem[] {
  const used = new Set(events.map((event) => (event.verifiedByDesk ? 'verified' : event.confidence)));
  return [
    ...CONFIDENCE_LEVELS.filter((level) => used.has(level)).map((level) => ({
      words: level === 'disputed' ? DISPUTED : `… ${VERBS[level].one}`,
      meaning: CONFIDENCE[level],
    })),
    ...(used.has('verified') ? [{ words: CONFIRMED, meaning: 'the desk itself verified it' }] : []),
  ];
}
