import { z } from 'zod';
import { entryId, eventDate, headline, nonEmptyText, oneOf, source } from './fields.ts';
import { noPlaceholders } from './placeholders.ts';

/**
 * What the sources carry: who says it and how, never more. Each value is shown in plain words built with
 * the claimant's short name (src/lib/timeline/claim-words.ts): "US says", "UN monitors found", "Russia
 * denies", "Disputed". None of them says "Confirmed": that word is kept for an event the desk itself
 * verified (`verifiedByDesk`).
 */
export const CONFIDENCE = {
  says: 'a claim the sources show was made, not a fact',
  found: 'what investigators or monitors report finding',
  denies: 'a denial, in the words of the one who denies',
  disputed: 'named officials or sources contradict each other',
} as const;

export const CONFIDENCE_LEVELS = Object.keys(CONFIDENCE) as [keyof typeof CONFIDENCE, ...(keyof typeof CONFIDENCE)[]];

/** Whether an event's place is the place itself or stands for a region (see `placeScope`). */
export const PLACE_SCOPES = ['city', 'region'] as const;

/** A timeline opens on its key events, so it stays short on a phone: at most this many. */
export const MAX_KEY_EVENTS = 8;

export const EVENT_KINDS = ['test', 'diplomacy', 'transfer', 'strike', 'disclosure', 'finding', 'sanctions', 'context'] as const;

/** One timeline event. Its id (the file name, which must start with its date) is its permalink anchor. */
export const eventSchema = z
  .strictObject({
    date: eventDate.describe('When it happened; the file name starts with it'),
    sameDayOrder: z
      .int()
      .min(0)
      .optional()
      .meta({ fieldType: 'whole number, 0 or more' })
      .describe('Orders events on the same day when the sources give no times: lower first'),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM')
      .optional()
      .meta({ fieldType: 'time of day, `HH:MM` (24-hour)' })
      .describe('Local time of day where the sources give one; needs `utcOffset` and a full date'),
    utcOffset: z
      .string()
      .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, 'must be an offset such as +02:00')
      .optional()
      .meta({ fieldType: 'UTC offset, `+HH:MM` or `-HH:MM`' })
      .describe('The UTC offset in force where `time` was read; needs `time`'),
    title: headline.max(120, 'keep the title under 120 characters').describe('The entry’s heading, under 120 characters'),
    text: nonEmptyText.max(600, 'keep it to one or two sentences (under 600 characters)').describe('One or two plain sentences, under 600 characters'),
    kind: oneOf(EVENT_KINDS).describe('What happened (see Values an editor chooses from)'),
    claimant: entryId.describe('Who the claim comes from: a file name in `content/claimants/`'),
    attribution: nonEmptyText.describe('Who exactly says so, and when: `John Kirby, White House, 4 January 2024`'),
    confidence: oneOf(CONFIDENCE_LEVELS).describe('How far the sources carry it: shown as "US says", "Disputed" (see Values an editor chooses from)'),
    verifiedByDesk: nonEmptyText
      .optional()
      .describe('How the desk itself verified the event (what it checked, and when); only then does the entry say "Confirmed"'),
    place: entryId.optional().describe('Where it happened: a file name in `content/places/`'),
    placeNote: nonEmptyText.optional().describe('How the place relates to the event, e.g. that the dot marks a region’s main city'),
    placeScope: oneOf(PLACE_SCOPES)
      .optional()
      .describe(
        '`region` when the sources name only a region and the place is its main city: the map rings that city with a dashed “region” marker instead of a diamond',
      ),
    timeIsApproximate: z.boolean().optional().describe('`true` when the sources give the time as approximate (`~07:30`)'),
    key: z.boolean().optional().describe(`\`true\` for the events the timeline opens on (1 to ${MAX_KEY_EVENTS} per timeline)`),
    sources: z
      .array(source, { error: 'list at least one source' })
      .min(1, 'list at least one source')
      .describe('At least one source (see Source); the title’s and text’s quotes and figures are checked against them'),
  })
  .superRefine((event, ctx) => {
    if (!!event.time !== !!event.utcOffset) {
      ctx.addIssue({ code: 'custom', path: [event.time ? 'utcOffset' : 'time'], message: 'give time and utcOffset together' });
    }
    if (event.time && event.date.precision !== 'day') {
      ctx.addIssue({ code: 'custom', path: ['time'], message: 'a time of day needs a full date (YYYY-MM-DD)' });
    }
  })
  // `npm run new-event` writes TODO where the editor must write: no event is published half-filled.
  .check(noPlaceholders('write it, replacing the TODO (or move the file out of content/ until it is ready)'));

export type EventData = z.output<typeof eventSchema>;

/** A timeline: the events in content/events/<timeline id>/ and how to show them. */
export const timelineSchema = z.strictObject({
  title: headline.describe('The timeline’s heading'),
  dayZero: entryId.describe('The event counted as day 0: its file name in `content/events/<timeline id>/`, without `.yaml`'),
  map: entryId.optional().describe('The map (`content/maps/`) whose places the timeline highlights and which marks its strikes'),
  asOf: eventDate.describe('The date the timeline is current to'),
});

export type TimelineData = z.output<typeof timelineSchema>;
