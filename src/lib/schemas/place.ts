import { z } from 'zod';
import { httpUrl, iso3, label, latitude, longitude, nonEmptyText } from './fields.ts';

/** "GeoNames 703448 (city centre)": coordinates from GeoNames, which a test checks against its data. */
export const GEONAMES_ID = /^GeoNames (\d+)\b/u;

/** A place a map or an event names. Its id is its file name in content/places/. */
export const placeSchema = z
  .strictObject({
    name: label,
    lat: latitude,
    lon: longitude,
    /** The country the place belongs to under international law (Sevastopol: UKR). */
    country: iso3,
    /** Where the coordinates come from: "GeoNames <id> (what the point is)", or words naming another origin. */
    source: nonEmptyText,
    /** The page the coordinates were read from, when they do not come from GeoNames. */
    sourceUrl: httpUrl.optional(),
    note: nonEmptyText.optional(),
  })
  .superRefine((place, ctx) => {
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
