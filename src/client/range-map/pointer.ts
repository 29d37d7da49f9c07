/**
 * Dragging the launch point with a mouse, a finger or a pen. Only the handle takes the gesture: a swipe
 * anywhere else on the map scrolls the page, and a pinch zooms.
 * The pointer is captured so a fast drag cannot lose the point. Positions go out in the map's own units
 * (its viewBox), clamped to the frame: turning them into a longitude and latitude is the instrument's job.
 */
export type MapPoint = [x: number, y: number];

const TAP_SLOP_PX = 4;

export interface DragHandlers {
  move: (point: MapPoint) => void;
  /** After a drag that moved the point: a tap that moves nothing changes nothing. */
  end: () => void;
  /** A press on the handle that moved nothing, at its screen position: the handle covers places near it. */
  tap: (clientX: number, clientY: number) => void;
}

export function enableDrag(svg: SVGSVGElement, handle: SVGGElement, on: DragHandlers) {
  const toMapPoint = (event: PointerEvent): MapPoint | null => {
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const { width, height } = svg.viewBox.baseVal;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [Math.min(Math.max(point.x, 0), width), Math.min(Math.max(point.y, 0), height)];
  };
  let dragged = false;
  let start = { x: 0, y: 0 };
  // Chromium does not apply touch-action inside an SVG, so the handle also claims its touches itself:
  // a finger on the handle drags the point and never pans the page.
  handle.addEventListener('touchstart', (event) => event.preventDefault(), { passive: false });
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    dragged = false;
    start = { x: event.clientX, y: event.clientY };
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('is-dragging');
    handle.focus({ preventScroll: true });
  });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    // A finger or a pen wobbles: a press is a tap until it has moved a few pixels.
    if (!dragged && Math.hypot(event.clientX - start.x, event.clientY - start.y) < TAP_SLOP_PX) return;
    const next = toMapPoint(event);
    if (!next) return;
    on.move(next);
    dragged = true;
  });
  const endDrag = (event: PointerEvent) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    handle.releasePointerCapture(event.pointerId);
    handle.classList.remove('is-dragging');
    if (dragged) on.end();
    else if (event.type === 'pointerup') on.tap(event.clientX, event.clientY);
  };
  handle.addEventListener('pointerup', endDrag);
  handle.addEventListener('pointercancel', endDrag);
}
