/**
 * A timeline event (content/events/<timeline>/<date>-<name>.yaml) as `npm run new-event` writes it: every
 * field of the event schema, the required ones with `TODO` placeholders the schema refuses (so the build
 * stops, naming each unfilled field, until the editor has written them), the optional ones as comments
 * to uncomment.
 */
import { CONFIDENCE_LEVELS, EVENT_KINDS, MAX_KEY_EVENTS, PLACE_SCOPES } from '../schemas/event.ts';
import { PLACEHOLDER } from '../schemas/placeholders.ts';

export interface EventScaffoldInput {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  title?: string;
  /** The claimant ids in content/claimants/, listed in the claimant's placeholder. */
  claimants: readonly string[];
}

const quote = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
const todo = (what: string) => quote(`${PLACEHOLDER}: ${what}`);

export function eventScaffold({ date, title, claimants }: EventScaffoldInput): string {
  return [
    '# Written by `npm run new-event`. Replace every TODO: the build refuses this event until none is left.',
    '# Uncomment an optional field to use it. See README "Add a timeline event".',
    `date: ${date}`,
    '# sameDayOrder: 1 # optional: orders events of the same day when the sources give no times, lower first',
    '# time: "07:30" # optional, with utcOffset: the local time of day the sources give',
    '# utcOffset: "+02:00" # the UTC offset in force there',
    '# timeIsApproximate: true # optional: the sources give the time as approximate ("~07:30")',
    `title: ${title ? quote(title) : todo('what happened, under 120 characters')}`,
    `text: ${todo('one or two plain sentences; every quotation and figure must be in the evidence below')}`,
    `kind: ${todo(`one of ${EVENT_KINDS.join(', ')}`)}`,
    `claimant: ${todo(`who the claim comes from, a claimant id: ${claimants.join(', ') || 'add one in content/claimants/'}`)}`,
    `attribution: ${todo('who exactly says so, and when: "John Kirby, White House, 4 January 2024"')}`,
    `confidence: ${todo(`one of ${CONFIDENCE_LEVELS.join(', ')}`)}`,
    '# verifiedByDesk: "…" # optional: how the desk itself verified the event; only then does the entry say "Confirmed"',
    '# place: kyiv # optional: a place id from content/places/ (npm run new-place -- "<town>" adds one)',
    '# placeNote: "…" # optional: how the place relates to the event',
    `# placeScope: region # optional: ${PLACE_SCOPES.join(' or ')}; region when the sources name only a region and the place is its main city`,
    `# key: true # optional: one of the 1 to ${MAX_KEY_EVENTS} events the timeline opens on`,
    'sources:',
    `  - publisher: ${todo('who published it; the wire in parentheses')}`,
    `    title: ${todo('the headline as read on the page, or delete this line if the page shows none')}`,
    `    url: ${quote(`https://example.org/${PLACEHOLDER}`)}`,
    '    # via: https://… # optional: the copy you actually read, if not url',
    '    # date: 2024-01-06 # optional: only a date the page shows',
    '    # lang: ja # optional: the page’s language when it is not English',
    '    evidence:',
    `      - ${todo('a sentence or two copied word for word from the source page')}`,
    '',
  ].join('\n');
}
