import { z } from 'zod';
import { entryId, eventDate, label, nonEmptyText, oneOf, source } from './fields.ts';
import { noPlaceholders } from './placeholders.ts';

/**
 * How far a source carries the event. From the fact sheet: `confirmed` was read in the source named;
 * `claim` (shown as the fact sheet writes it, "confirmed (claim)") means the source confirms that the
 * claimant said it, not that it is true; `contested` ("confirmed (claim), contradictory") means named
 * officials contradict each other.
 */
export const CONFIDENCE = {
  confirmed: 'Confirmed',
  claim: 'Confirmed (claim)',
  contested: 'Confirmed (claim), contradictory',
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
    date: eventDate,
    /** Orders events on the same day when the sources give no times: lower first. */
    sameDayOrder: z.int().min(0).optional(),
    /** Local time of day where the sources give one, with the UTC offset in force there. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM')
      .optional(),
    utcOffset: z
      .string()
      .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, 'must be an offset such as +02:00')
      .optional(),
    title: label.max(120, 'keep the title under 120 characters'),
    /** One or two plain sentences. */
    text: nonEmptyText.max(600, 'keep it to one or two sentences (under 600 characters)'),
    kind: oneOf(EVENT_KINDS),
    /** Who the claim comes from: a claimant id from content/claimants/. The timeline keeps claims apart from what is established. */
    claimant: entryId,
    /** Who exactly says so, and when: "John Kirby, White House, 4 January 2024". */
    attribution: nonEmptyText,
    confidence: oneOf(CONFIDENCE_LEVELS),
    /** A place id from content/places/. */
    place: entryId.optional(),
    /** How the place relates to the event, e.g. that the dot marks a region's main city. */
    placeNote: nonEmptyText.optional(),
    /**
     * `region` when the sources name only a region and the place is its main city: the timeline says so,
     * and the map does not mark the city as a strike site (there is no point to mark).
     */
    placeScope: oneOf(PLACE_SCOPES).optional(),
    /** The sources give the time as approximate ("~07:30"). */
    timeIsApproximate: z.boolean().optional(),
    /** One of the few (at most MAX_KEY_EVENTS) a reader sees before opening the full timeline. */
    key: z.boolean().optional(),
    sources: z.array(source, { error: 'list at least one source' }).min(1, 'list at least one source'),
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
  title: label,
  /** The event counted as day 0 (its id). */
  dayZero: entryId,
  /** The stretch drawn to scale on the date axis; events outside it sit at the axis ends. */
  focus: z.strictObject({ start: eventDate, end: eventDate }),
  /** The map whose places the timeline highlights, and which marks its strikes. */
  map: entryId.optional(),
  asOf: eventDate,
});

export type TimelineData = z.output<typeof timelineSchema>;
