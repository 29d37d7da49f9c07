import { z } from 'zod';
import { calendarDay, headline, iso3, label, latitude, longitude, nonEmptyText, placeReference, positiveKm, source } from './fields.ts';
import { noPlaceholders } from './placeholders.ts';

const point = {
  label: label.describe('The name shown at the point'),
  lat: latitude.describe('Latitude of the point'),
  lon: longitude.describe('Longitude of the point'),
};

/** The longest range a ring can show: half the Earth's circumference, where the ring closes on the antipode. */
export const MAX_RANGE_KM = 20_015;

/** A range map. Its id is its file name in content/maps/; an article places it with <RangeMap id="…" />. */
export const mapSchema = z
  .strictObject({
    title: headline.describe('States the finding, not the topic: the map’s accessible name and its heading'),
    description: nonEmptyText.describe('One sentence under the title that says what the reader sees'),
    launch: z
      .strictObject({
        ...point,
        certainty: nonEmptyText.describe('How sure the location is, in words a reader understands; its quotations are checked against `sources`'),
        sources: z.array(source).optional().describe('The sources of the certainty note (see Source)'),
      })
      .describe('The launch point the rings are drawn around'),
    presets: z.array(z.strictObject(point)).optional().describe('Other launch areas a reader can try, as buttons'),
    ranges: z
      .array(
        z.strictObject({
          km: positiveKm
            .refine((km) => km <= MAX_RANGE_KM, { message: `must be at most ${MAX_RANGE_KM} km (half the Earth's circumference)` })
            .describe(`The range, at most ${MAX_RANGE_KM.toLocaleString('en-GB')} km (half the Earth’s circumference); no two alike`),
          label: label.describe('What the range is, as the legend names it'),
          source: nonEmptyText.describe('Who gives the range'),
        }),
      )
      .min(1, 'give at least one range')
      .describe('One or more ranges, each drawn as a ring; the first is the map’s headline range'),
    places: z
      .array(placeReference)
      .min(1, 'mark at least one place')
      .describe('The places to mark, most important first: labels are placed in this order (see Add a map)'),
    focusCountry: iso3.describe('The country whose share within the first range the map reports'),
    extent: z
      .strictObject({
        west: longitude.describe('Western edge; greater than `east` crosses 180°'),
        south: latitude.describe('Southern edge'),
        east: longitude.describe('Eastern edge'),
        north: latitude.describe('Northern edge, greater than `south`'),
      })
      .optional()
      .describe('The area to show (a regional map); without it the map frames the largest ring whole'),
    centre: z
      .strictObject({ lat: latitude.describe('Latitude of the centre'), lon: longitude.describe('Longitude of the centre') })
      .optional()
      .describe('Without an extent: the point the map is centred on, if not the launch point'),
    asOf: calendarDay.describe('The date the map’s facts are current to, shown under it'),
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
