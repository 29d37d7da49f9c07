/**
 * A town the reader looked up on a range map (or their own position), in the map's words: its name as the
 * reader can tell it apart (`Springfield, Illinois, United States`), and its distance and ring from the
 * launch point in the same words and units as the editor's places (format.ts).
 */
import type { TownRecord } from '../gazetteer/index.ts';
import { formatDistance, ringState } from './format.ts';

/** A looked-up town; `id` is its GeoNames id, or null for the reader's own position (which never leaves the page). */
export interface SearchedTown {
  id: number | null;
  name: string;
  /** ISO 3166-1 alpha-2, '' for the reader's position. */
  country: string;
  region: string;
  lon: number;
  lat: number;
}

export function townFromRecord([id, name, country, region, lon, lat]: TownRecord): SearchedTown {
  return { id, name, country, region, lon, lat };
}

/** The reader's own position: named as such, never by its coordinates. */
export const readerPosition = (lon: number, lat: number): SearchedTown => ({ id: null, name: 'Your location', country: '', region: '', lon, lat });

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** A country's English name from its ISO code (the browser's and Node's own table): `PL` → `Poland`. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return regionNames.of(code) ?? code;
}

/** `Warsaw, Poland`; `Springfield, Illinois, United States`, so same-named towns read apart; `Your location`. */
export function townTitle(town: SearchedTown): string {
  return [town.name, town.region, town.country && countryName(town.country)].filter(Boolean).join(', ');
}

/** `Warsaw, Poland: 1,090 km (677 miles) from the launch point, out of range`: what the map announces for a looked-up town. */
export function townDescription(town: SearchedTown, place: { distanceKm: number; withinKm: readonly number[] }, ringsKm: readonly number[]): string {
  return `${townTitle(town)}: ${formatDistance(place.distanceKm)} from the launch point, ${ringState(place, ringsKm)}`;
}
