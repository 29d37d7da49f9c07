import { z } from 'zod';
import { OTHER_NAMES_SEPARATOR } from '../gazetteer/town-record.ts';
import { httpUrl, iso3, label, latitude, longitude, nonEmptyText } from './fields.ts';

/** "GeoNames 703448 (city centre)": coordinates from GeoNames, which the build checks against its data. */
export const GEONAMES_ID = /^GeoNames (\d+)\b/u;

/** A place a map or an event names. Its id is its file name in content/places/. */
export const placeSchema = z
  .strictObject({
    name: label.describe('The name maps and the timeline print'),
    lat: latitude.describe('Latitude of the point'),
    lon: longitude.describe('Longitude of the point'),
    country: iso3.describe('The country the place belongs to under international law (Sevastopol: `UKR`)'),
    source: nonEmptyText.describe('Where the coordinates come from: `GeoNames 703448 (city centre)`, or words naming another origin'),
    sourceUrl: httpUrl.optional().describe('The page the coordinates were read from, required when they do not come from GeoNames'),
    note: nonEmptyText.optional().describe('A note shown with the place on the map'),
    otherNames: z
      .array(label.refine((name) => !name.includes(OTHER_NAMES_SEPARATOR), `may not hold "${OTHER_NAMES_SEPARATOR}"`))
      .min(1)
      .optional()
      .describe('Common English exonyms and former names the town search also finds it by (`Kiev`, `Dnepropetrovsk`); needs a GeoNames `source`'),
  })
  .superRefine((place, ctx) => {
    if (place.otherNames && !GEONAMES_ID.test(place.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherNames'],
        message: 'the town search finds a place by its GeoNames row: write its source as "GeoNames <id> (city centre)", or remove otherNames',
      });
    }
    if (!GEONAMES_ID.test(place.source) && !place.sourceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `"${place.source}" does not say where the coordinates come from: write "GeoNames <id> (city centre)" with the place's GeoNames id, or add sourceUrl, the page they were read from`,
      });
    }
  });

export type PlaceData = z.output<typeof placeSchema>;
export type Place = PlaceData & { id: string };
