/** The launch point from the keyboard: arrows move it a step (Shift a big one), Home puts it back. */
import type { GeoProjection } from 'd3-geo';
import { destination, type LonLat } from '../../lib/geo/distance.ts';
import { onFrame, type ProjectionParams } from '../../lib/geo/projection.ts';

const BEARING: Record<string, number> = { ArrowUp: 0, ArrowRight: 90, ArrowDown: 180, ArrowLeft: 270 };

export function enableKeys(
  handle: SVGGElement,
  projection: GeoProjection,
  params: ProjectionParams,
  steps: { km: number; bigKm: number },
  on: { current: () => LonLat; moveTo: (point: LonLat) => void; home: () => void },
) {
  handle.addEventListener('keydown', (event) => {
    if (event.key === 'Home') {
      event.preventDefault();
      on.home();
      return;
    }
    const bearing = BEARING[event.key];
    if (bearing === undefined) return;
    event.preventDefault();
    const next = destination(on.current(), bearing, event.shiftKey ? steps.bigKm : steps.km);
    // Stay on the map: a keyboard user must never push the point out of sight.
    if (onFrame(projection, params, next)) on.moveTo(next);
  });
}
