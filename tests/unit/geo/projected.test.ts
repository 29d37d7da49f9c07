import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { countries } from '../../../src/lib/geo/world.ts';
import { fitExtent, fitRings, projectionFrom, type ProjectionParams } from '../../../src/lib/geo/projection.ts';
import { planarPath, projectPolygons } from '../../../src/lib/geo/projected.ts';

const frames: [string, ProjectionParams][] = [
  ['a regional frame (Ukraine)', fitExtent({ west: 20, south: 43, east: 42, north: 54 }, 720)],
  ['a frame across 180° (the Pacific)', fitExtent({ west: 160, south: -30, east: -150, north: 10 }, 720)],
  ['a world frame (15,000 km around Pyongyang)', fitRings([125.75, 39.02], [125.75, 39.02], 15000, [], 720)],
];

describe('a shape projected once', () => {
  it.each(frames)('draws, measures and centres every country exactly as projecting it each time does, on %s', (_, params) => {
    const projection = projectionFrom(params);
    const direct = geoPath(projection).digits(1);
    const planar = planarPath();
    let shown = 0;
    for (const country of countries('110m')) {
      const shape = projectPolygons(projection, country);
      const d = direct(country);
      // A country leaves no polygon exactly when d3 draws nothing (or an empty path) for it.
      if (!shape) {
        expect(d ?? '', country.properties.a3).toBe('');
        continue;
      }
      shown++;
      expect(planar(shape), country.properties.a3).toBe(d);
      expect(planar.area(shape), country.properties.a3).toBe(direct.area(country));
      expect(planar.centroid(shape), country.properties.a3).toEqual(direct.centroid(country));
    }
    expect(shown).toBeGreaterThan(2);
  });
});
