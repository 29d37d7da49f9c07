import { z } from 'zod';
import { iso3, latitude, longitude, nonEmptyText } from './fields.ts';

/** A place a map or an event names. Its id is its file name in content/places/. */
export const placeSchema = z.strictObject({
  name: nonEmptyText,
  lat: latitude,
  lon: longitude,
  /** The country the place belongs to under international law (Sevastopol: UKR). */
  country: iso3,
  /** Where the coordinates come from. */
  source: nonEmptyText,
  note: nonEmptyText.optional(),
});

export type PlaceData = z.output<typeof placeSchema>;
export type Place = PlaceData & { id: string };
