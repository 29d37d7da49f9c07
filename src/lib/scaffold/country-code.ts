/**
 * A GeoNames country (ISO alpha-2) as the ISO alpha-3 code maps use, read from data the project already
 * has rather than a hand-kept table: the country shapes the maps are drawn with (UN view) that hold most
 * of that country's largest towns. A vote, not one town's point, so a border town drawn a little across
 * the line, or a coastal one just off a coarse coastline, still gets its own country.
 */
import { geoBounds, geoContains } from 'd3-geo';
import type { Country } from '../geo/world.ts';
import type { GeoNamesTown } from './geonames.ts';

/** How many of the country's most populous towns vote. */
const VOTERS = 25;

type Box = [[west: number, south: number], [east: number, north: number]];

const inBox = ([lon, lat]: readonly [number, number], [[west, south], [east, north]]: Box) =>
  lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);

/**
 * Returns a function from ISO alpha-2 to the alpha-3 code of the country shape holding most of that
 * country's largest towns, or undefined when none of them lies inside any shape (a territory too small
 * to draw, such as Gibraltar).
 */
export function iso3FromGeoNames(
  towns: readonly Pick<GeoNamesTown, 'country' | 'population' | 'loc'>[],
  shapes: readonly Country[],
): (iso2: string) => string | undefined {
  const boxes = shapes.map((shape) => geoBounds(shape) as Box);
  const shapeAt = (point: readonly [number, number]) => shapes.find((shape, i) => inBox(point, boxes[i]!) && geoContains(shape, point as [number, number]));
  const known = new Map<string, string | undefined>();
  return (iso2) => {
    const code = iso2.toUpperCase();
    if (!known.has(code)) {
      const largest = towns
        .filter((town) => town.country === code)
        .sort((a, b) => b.population - a.population)
        .slice(0, VOTERS);
      const votes = new Map<string, number>();
      for (const town of largest) {
        const a3 = shapeAt(town.loc.coordinates)?.properties.a3;
        if (a3) votes.set(a3, (votes.get(a3) ?? 0) + 1);
      }
      known.set(code, [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]);
    }
    return known.get(code);
  };
}
