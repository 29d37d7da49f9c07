import { z } from 'zod';
import { calendarDay, entryId, iso3, label, latitude, longitude, nonEmptyText, positiveKm, source } from './fields.ts';
import { noPlaceholders } from './placeholders.ts';

const point = { label, lat: latitude, lon: longitude };

/** The longest range a ring can show: half the Earth's circumference, where the ring closes on the antipode. */
export const MAX_RANGE_KM = 20_015;

/** A range map. Its id is its file name in content/maps/; an article places it with <RangeMap id="…" />. */
export const mapSchema = z
  .strictObject({
    /** States the finding, not the topic: it is the map's accessible name and its heading. */
    title: label,
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
      .array(
        z.strictObject({
          km: positiveKm.refine((km) => km <= MAX_RANGE_KM, { message: `must be at most ${MAX_RANGE_KM} km (half the Earth's circumference)` }),
          label,
          source: nonEmptyText,
        }),
      )
      .min(1, 'give at least one range'),
    /** Place ids (content/places/) to mark, most important first: labels are placed in this order. */
    places: z.array(entryId).min(1, 'mark at least one place'),
    /** The country whose share within range the map reports. */
    focusCountry: iso3,
    /**
     * Optional: the area to show. Without it the map frames the largest ring whole, centred on the launch
     * point (or on `centre`). West greater than east means the extent crosses the 180° meridian.
     */
    extent: z.strictObject({ west: longitude, south: latitude, east: longitude, north: latitude }).optional(),
    /** Optional, without an extent: the point the map is centred on, if not the launch point. */
    centre: z.strictObject({ lat: latitude, lon: longitude }).optional(),
    /** The date the map's facts are current to, shown under it. */
    asOf: calendarDay,
  })
  .superRefine((map, ctx) => {
    if (map.extent) {
      const { west, south, east, north } = map.extent;
      if (west === east)
        ctx.addIssue({
          code: 'custom',
          path: ['extent', 'east'],
          message: `east (${east}) must differ from west (${west}); west greater than east crosses 180°`,
        });
      if (south >= north) ctx.addIssue({ code: 'custom', path: ['extent', 'north'], message: `north (${north}) must be greater than south (${south})` });
      if (map.centre) ctx.addIssue({ code: 'custom', path: ['centre'], message: 'give an extent or a centre, not both: an extent is centred on its middle' });
    }
    const seen = new Set<string>();
    map.places.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['places', i], message: `"${id}" is listed twice` });
      seen.add(id);
    });
    const kms = new Set<number>();
    map.ranges.forEach((range, i) => {
      if (kms.has(range.km)) ctx.addIssue({ code: 'custom', path: ['ranges', i, 'km'], message: `${range.km} km is listed twice` });
      kms.add(range.km);
    });
  })
  // `npm run new-map` writes TODO where the editor must write: no map is published half-filled.
  .check(noPlaceholders('write it, replacing the TODO'));

export type MapData = z.output<typeof mapSchema>;
export type RangeMapEntry = MapData & { id: string };
