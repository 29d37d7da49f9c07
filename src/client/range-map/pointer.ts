/**
 * Dragging the launch point with a mouse, a finger or a pen. Only the handle takes the gesture: a swipe
 * anywhere else on the map scrolls the page, and a pinch zooms.
 * The pointer is captured so a fast drag cannot lose the point.
 */
import type { GeoProjection } from 'd3-geo';
import type { LonLat } from '../../lib/geo/distance.ts';
import { onFrame, type ProjectionParams } from '../../lib/geo/projection.ts';

export interface DragHandlers {
  move: (point: LonLat) => void;
  /** After a drag that moved the point: a tap that moves nothing changes nothing. */
  end: () => void;
}

export function enableDrag(svg: SVGSVGElement, handle: SVGGElement, projection: GeoProjection, params: ProjectionParams, on: DragHandlers) {
  const toLonLat = (event: PointerEvent): LonLat | null => {
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const x = Math.min(Math.max(point.x, 0), params.width);
    const y = Math.min(Math.max(point.y, 0), params.height);
    const lonLat = projection.invert?.([x, y]);
    return lonLat && onFrame(projection, params, lonLat) ? [lonLat[0], lonLat[1]] : null;
  };
  let dragged = false;
  // Chromium does not apply touch-action inside an SVG, so the handle also claims its touches itself:
  // a finger on the handle drags the point and never pans the page.
  handle.addEventListener('touchstart', (event) => event.preventDefault(), { passive: false });
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    dragged = false;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('is-dragging');
    handle.focus({ preventScroll: true });
  });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    const next = toLonLat(event);
    if (!next) return;
    on.move(next);
    dragged = true;
  });
  const endDrag = (event: PointerEvent) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    handle.releasePointerCapture(event.pointerId);
    handle.classList.remove('is-dragging');
    if (dragged) on.end();
  };
  handle.addEventListener('pointerup', endDrag);
  handle.addEventListener('pointercancel', endDrag);
}
