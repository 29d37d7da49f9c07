import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { fitExtent, fitRings, onFrame, projectionFrom } from '../../../src/lib/geo/projection.ts';
import { geodesicRing } from '../../../src/lib/geo/ring.ts';
import { destination } from '../../../src/lib/geo/distance.ts';
import { lonLat } from '../../../tools/places.ts';

const extent = { west: 20.5, south: 43.6, east: 41.5, north: 56.2 };

/** Every x,y pair in an SVG path string. */
const pointsOf = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('fitExtent', () => {
  const params = fitExtent(extent, 720);
  const projection = projectionFrom(params);

  it('fits the extent to the width and derives a sensible height, in an equal-area projection', () => {
    expect(params.kind).toBe('equal-area');
    expect(params.width).toBe(720);
    expect(params.height).toBeGreaterThan(500);
    expect(params.height).toBeLessThan(1000);
  });

  it('puts the extent’s corners inside the frame', () => {
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

  it('accepts an extent across 180° (west greater than east) and centres on its middle', () => {
    const pacific = fitExtent({ west: 140, south: -50, east: -150, north: 25 }, 720);
    expect(pacific.rotate[0]).toBeCloseTo(-175, 4);
    const p = projectionFrom(pacific);
    for (const point of [
      [150, 0],
      [180, -20],
      [-160, 10],
    ] as [number, number][])
      expect(onFrame(p, pacific, point)).toBe(true);
    expect(onFrame(p, pacific, [0, 0])).toBe(false);
  });

  it('accepts a whole-world extent', () => {
    const world = fitExtent({ west: -180, south: -60, east: 180, north: 80 }, 720);
    expect(world.height).toBeGreaterThan(100);
    expect(onFrame(projectionFrom(world), world, lonLat('tokyo'))).toBe(true);
  });
});

describe('fitRings', () => {
  const pyongyang = lonLat('pyongyang');

  it('frames the largest ring whole, centred on the launch point, where every ring is a true circle', () => {
    const params = fitRings(pyongyang, pyongyang, 5500, [], 720);
    const projection = projectionFrom(params);
    expect(params.kind).toBe('equidistant');
    expect(projection(pyongyang)).toEqual([360, 360]);
    const radii = [0, 45, 90, 135, 180, 225, 270, 315].map((bearing) => {
      const [x, y] = projection(destination(pyongyang, bearing, 5500) as [number, number])!;
      expect(x).toBeGreaterThan(0);
      expect(y).toBeLessThan(720);
      return Math.hypot(x - 360, y - 360);
    });
    for (const r of radii) expect(r / radii[0]!).toBeCloseTo(1, 4);
    expect(radii[0]! / 360).toBeGreaterThan(0.9); // the ring fills the frame, with a margin
  });

  it('shows the whole globe for a ring near the antipode', () => {
    const params = fitRings(pyongyang, pyongyang, 19500, [], 720);
    const projection = projectionFrom(params);
    for (const point of [lonLat('warsaw'), [-58.4, -34.6], [-77, 38.9]] as [number, number][]) expect(onFrame(projection, params, point)).toBe(true);
  });

  it('widens the frame for a marked place beyond the ring', () => {
    const params = fitRings(pyongyang, pyongyang, 900, [lonLat('moscow')], 720);
    expect(onFrame(projectionFrom(params), params, lonLat('moscow'))).toBe(true);
  });
});

describe('clipping to the frame', () => {
  const params = fitExtent(extent, 720);
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
