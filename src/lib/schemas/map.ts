import { z } from 'zod';
import { calendarDay, entryId, iso3, latitude, longitude, nonEmptyText, positiveKm, source } from './fields.ts';

const point = { label: nonEmptyText, lat: latitude, lon: longitude };

/** A range map. Its id is its file name in content/maps/; an article places it with <RangeMap id="…" />. */
export const mapSchema = z
  .strictObject({
    /** States the finding, not the topic: it is the map's accessible name and its heading. */
    title: nonEmptyText,
    /** One sentence under the title that says what the reader sees. */
    description: nonEmptyText,
    launch: z.strictObject({
      ...point,
      /** How sure the location is, in words a reader understands. */
      certainty: nonEmptyText,
      /** The sources of the certainty note, with the evidence its quotations are checked against. */
      sources: z.array(source).optional(),
    }),
    /** Other launch areas a reader can try. */
    presets: z.array(z.strictObject(point)).optional(),
    ranges: z
      .array(z.strictObject({ km: positiveKm, label: nonEmptyText, source: nonEmptyText }))
      .min(1, 'give at least one range'),
    /** Place ids (content/places/) to mark, most important first: labels are placed in this order. */
    places: z.array(entryId).min(1, 'mark at least one place'),
    /** The country whose share within range the map reports. */
    focusCountry: iso3,
    extent: z.strictObject({ west: longitude, south: latitude, east: longitude, north: latitude }),
    /** The date the map's facts are current to, shown under it. */
    asOf: calendarDay,
  })
  .superRefine((map, ctx) => {
    const { west, south, east, north } = map.extent;
    if (west >= east) ctx.addIssue({ code: 'custom', path: ['extent', 'east'], message: `east (${east}) must be greater than west (${west})` });
    if (south >= north) ctx.addIssue({ code: 'custom', path: ['extent', 'north'], message: `north (${north}) must be greater than south (${south})` });
    const seen = new Set<string>();
    map.places.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['places', i], message: `"${id}" is listed twice` });
      seen.add(id);
    });
  });

export type MapData = z.output<typeof mapSchema>;
export type RangeMapEntry = MapData & { id: string };
