/**
 * How long each map's model takes to build (projection, borders, rings, labels, share in range), for the
 * real maps and the edge-case fixtures in tests/fixtures/maps/. The borders are prepared once per build
 * (parsed and presimplified), so that is timed on its own, then each map is built on its own.
 */
import { simplifiedCountries } from '../src/lib/geo/world.ts';
import { buildRangeMapModel } from '../src/lib/maps/range-map-model.ts';
import { contentMap, fixtureMap, fixtureMapIds, placesWithFixtures } from '../tests/helpers/places.ts';
import { mapIds } from './map-ids.ts';

export interface MapModelTime {
  id: string;
  ms: number;
}

export function mapModelTimes(): { preparationMs: number; maps: MapModelTime[] } {
  const places = placesWithFixtures();
  const start = performance.now();
  for (const detail of ['50m', '110m'] as const) simplifiedCountries(detail, 1e-12, new Set());
  const preparationMs = performance.now() - start;
  const maps = [...mapIds().map(contentMap), ...fixtureMapIds().map(fixtureMap)].map((map) => {
    const t0 = performance.now();
    buildRangeMapModel({ map, places });
    return { id: map.id, ms: performance.now() - t0 };
  });
  return { preparationMs, maps };
}
