/**
 * Where a map points to a town outside its frame: an arrow on the frame's edge, on the line from the frame's
 * centre to the town's projected position, turned towards it. Pure geometry in the map's own units.
 */

export interface EdgeArrow {
  x: number;
  y: number;
  /** Clockwise from east (the SVG's x axis), in degrees: the arrow's heading. */
  angle: number;
}

/** The arrow for a point at `target` (map units) seen in a `width` × `height` frame, `inset` inside its edge; null when the point is in the frame or has no position. */
export function edgeArrow(width: number, height: number, target: readonly [number, number], inset: number): EdgeArrow | null {
  const [x, y] = target;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (x >= 0 && x <= width && y >= 0 && y <= height) return null;
  const cx = width / 2;
  const cy = height / 2;
  const dx = x - cx;
  const dy = y - cy;
  // The share of the way to the target at which the line meets the inset frame, across whichever side it meets first.
  const along = Math.min(dx === 0 ? Infinity : (Math.sign(dx) * (cx - inset)) / dx, dy === 0 ? Infinity : (Math.sign(dy) * (cy - inset)) / dy);
  return { x: round(cx + dx * along), y: round(cy + dy * along), angle: round((Math.atan2(dy, dx) * 180) / Math.PI) };
}

const round = (value: number) => Math.round(value * 10) / 10;
