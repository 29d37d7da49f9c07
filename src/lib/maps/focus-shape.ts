/**
 * The focus country's outline for the browser, which recomputes "about 95% of Ukraine" for any launch point
 * with the build's own method (geo/coverage.ts). Coordinates are kept to 0.01° (about 1 km) and a vertex
 * closer to the last kept one than a step that grows with the country's size is dropped: that moves the
 * share by far less than the whole percentage point it is printed to, and keeps the page light (Ukraine
 * in about 6 KB of JSON, Russia in about 29 KB).
 */
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Country } from '../geo/world.ts';

export type FocusShape = Polygon | MultiPolygon;

const keep = (value: number) => Math.round(value * 100) / 100;

function roundRing(ring: readonly Position[], step: number): Position[] {
  const out: Position[] = [];
  ring.forEach(([lon, lat], i) => {
    const point = [keep(lon!), keep(lat!)];
    const last = out.at(-1);
    const closing = i === ring.length - 1;
    if (!last || closing || Math.hypot(point[0]! - last[0]!, point[1]! - last[1]!) >= step) out.push(point);
  });
  return out;
}

/** A polygon's rings at 0.01°; islets that collapse below a triangle go (an outer ring with its holes). */
function roundPolygon(rings: readonly Position[][], step: number): Position[][] {
  const rounded = rings.map((ring) => roundRing(ring, step));
  if (rounded[0]!.length < 4) return [];
  return rounded.filter((ring) => ring.length >= 4);
}

export function focusShape(country: Country): FocusShape {
  const { geometry } = country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // About a 100th of the country's breadth (its area's square root, in degrees): 0.07° for Ukraine.
  const step = Math.max(0.01, (Math.sqrt(geoArea(country)) * (180 / Math.PI)) / 100);
  return { type: 'MultiPolygon', coordinates: polygons.map((polygon) => roundPolygon(polygon, step)).filter((polygon) => polygon.length > 0) };
}
