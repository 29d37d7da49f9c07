import { describe, expect, it } from 'vitest';
import { edgeArrow } from '../../../src/lib/maps/edge-arrow.ts';

const W = 720;
const H = 500;
const INSET = 24;

describe('the arrow to a town outside the frame', () => {
  it('is not drawn for a point in the frame, on its edge, or with no position', () => {
    expect(edgeArrow(W, H, [10, 10], INSET)).toBeNull();
    expect(edgeArrow(W, H, [W, H], INSET)).toBeNull();
    expect(edgeArrow(W, H, [Number.NaN, 3], INSET)).toBeNull();
    expect(edgeArrow(W, H, [Infinity, 3], INSET)).toBeNull();
  });

  it('sits on the inset edge the line from the centre crosses, and points along it', () => {
    expect(edgeArrow(W, H, [2000, H / 2], INSET)).toEqual({ x: W - INSET, y: H / 2, angle: 0 });
    expect(edgeArrow(W, H, [W / 2, -900], INSET)).toEqual({ x: W / 2, y: INSET, angle: -90 });
    expect(edgeArrow(W, H, [-50, H / 2], INSET)).toEqual({ x: INSET, y: H / 2, angle: 180 });
    expect(edgeArrow(W, H, [W / 2, 4000], INSET)).toEqual({ x: W / 2, y: H - INSET, angle: 90 });
  });

  it('meets whichever side comes first for a diagonal, always inside the frame and on the line to the town', () => {
    for (const target of [
      [W + 5, -5],
      [-3000, -3000],
      [-10, H * 3],
      [W * 10, H + 1],
      [W / 2 + 1, -1e6],
    ] as const) {
      const arrow = edgeArrow(W, H, target, INSET)!;
      expect(arrow.x).toBeGreaterThanOrEqual(INSET - 0.05);
      expect(arrow.x).toBeLessThanOrEqual(W - INSET + 0.05);
      expect(arrow.y).toBeGreaterThanOrEqual(INSET - 0.05);
      expect(arrow.y).toBeLessThanOrEqual(H - INSET + 0.05);
      // On the inset frame's edge.
      expect(Math.min(arrow.x - INSET, W - INSET - arrow.x, arrow.y - INSET, H - INSET - arrow.y)).toBeLessThan(0.1);
      // Heading from the centre towards the town.
      const heading = (Math.atan2(target[1] - H / 2, target[0] - W / 2) * 180) / Math.PI;
      expect(Math.abs(arrow.angle - heading)).toBeLessThan(0.1);
      expect(Math.abs(Math.atan2(arrow.y - H / 2, arrow.x - W / 2) - (heading * Math.PI) / 180)).toBeLessThan(0.01);
    }
  });
});
