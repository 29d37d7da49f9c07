/**
 * Writing and finding the range map's markup contracts (map-markup.ts), and the values of its table cells.
 * These live apart from the names so that a script taking only names (the timeline's) shares no code with
 * the map's script, and the bundler has no shared file to split out.
 */
import type * as MAP_ATTR from './map-markup.ts';

/** One of the map's data-* attributes. */
type MapAttr = (typeof MAP_ATTR)[keyof typeof MAP_ATTR];

/** A selector for the elements with a contract: `[data-place]`, or with a value, `[data-place="kyiv"]`. */
export function mapSelector(attr: MapAttr, value?: string | number): string {
  return value === undefined ? `[${attr}]` : `[${attr}="${value}"]`;
}

/**
 * A contract as an attribute object to spread (`<p {...mapAttr(MAP_ATTR.readout)}>`). Astro prints an empty
 * value as the bare name (`data-map-readout`), so `true`, the default, marks the element by name alone, as
 * the attribute written by hand would; `false` leaves it off.
 */
export function mapAttr(attr: MapAttr, value: string | number | boolean = true): Record<string, string | number | undefined> {
  return { [attr]: value === true ? '' : value === false ? undefined : value };
}

/** The value of MAP_ATTR.cell on a table row's distance. */
export const DISTANCE_CELL = 'distance';

/** The value of MAP_ATTR.cell on a table row's answer for a ring: the first ring's is "in-range", the others' name their range. */
export const ringCell = (index: number, km: number): string => (index === 0 ? 'in-range' : `in-range-${km}`);
