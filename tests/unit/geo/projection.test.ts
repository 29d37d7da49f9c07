import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { fitProjection, projectionFrom } from '../../../src/lib/geo/projection.ts';
import { geodesicRing } from '../../../src/lib/geo/ring.ts';
import { lonLat } from '../../helpers/places.ts';

const extent = { west: 20.5, south: 43.6, east: 41.5, north: 56.2 };

/** Every x,y pair in an SVG path string. */
const pointsOf = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('fitProjection', () => {
  const params = fitProjection(extent, 720);
  const projection = projectionFrom(params);

  it('fits the extent to the width and derives a sensible height', () => {
    expect(params.width).toBe(720);
    expect(params.height).toBeGreaterThan(500);
    expect(params.height).toBeLessThan(1000);
  });

  it('puts the extent’s corners inside the frame and its centre in the middle', () => {
    for (const corner of [
      [extent.west, extent.south],
      [extent.east, extent.north],
    ] as const) {
      const [x, y] = projection([...corner])!;
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(params.width + 0.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(params.height + 0.5);
    }
  });

  it('round-trips a point through invert, as dragging relies on', () => {
    const kyiv = lonLat('kyiv');
    const back = projection.invert!(projection(kyiv)!)!;
    expect(back[0]).toBeCloseTo(kyiv[0], 2);
    expect(back[1]).toBeCloseTo(kyiv[1], 2);
  });
});

describe('clipping to the frame', () => {
  const params = fitProjection(extent, 720);
  const path = geoPath(projectionFrom(params)).digits(1);

  it('cuts a ring that overflows the frame at the frame’s edges', () => {
    const d = path(geodesicRing(lonLat('belgorod'), 900))!;
    const points = pointsOf(d);
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(params.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(params.height);
    }
    // the 900 km ring around Belgorod runs off the top and right of this frame
    expect(points.some(([, y]) => y === 0)).toBe(true);
    expect(points.some(([x]) => x === params.width)).toBe(true);
  });

  it('draws nothing for a shape wholly outside the frame', () => {
    expect(path(geodesicRing(lonLat('tokyo'), 100))).toBeNull();
  });
});
