/**
 * Label placement without collisions: each label tries the four sides of its marker in turn and takes
 * the first spot that stays inside the frame and clear of every marker and every label already placed.
 * Labels are placed in the order given, so put the most important first. A label with no free spot is
 * left out (its place stays on the map and in the table), unless it is `required`: then it tries spots
 * further out, and at worst overlaps another label, but never sits on a marker if any spot avoids them;
 * one too long for any spot inside the frame is given its first spot, and the caller decides.
 */

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** `point` labels sit beside a marker; `area` labels (a country name) centre on their point and have no marker. */
  kind?: 'point' | 'area';
  /** The marker's radius for this label (point labels); defaults to the options' markerRadius. */
  radius?: number;
  /** Must be on the map: the launch point, the focus country, a reported strike. */
  required?: boolean;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point: pass straight to <text x y text-anchor>. */
  x: number;
  y: number;
  anchor: Anchor;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Radius kept clear around every marker. */
  markerRadius: number;
  /** How wide a label's text is drawn at `fontSize`; by default estimated (estimatedWidth). */
  textWidth?: TextWidth;
  /** Areas labels must not cover, such as the scale bar or labels placed earlier. */
  obstacles?: readonly Box[];
  /** Markers of other things on the map, kept clear like the requests' own markers. */
  markers?: readonly Box[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How wide a piece of text is drawn, in the map's units. */
export type TextWidth = (text: string) => number;

/** An estimate from an average glyph width as a share of the font size; 0.62 is safe for semibold sans-serif. */
export const estimatedWidth =
  (fontSize: number, charWidth = 0.62): TextWidth =>
  (text) =>
    text.length * fontSize * charWidth;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const markerBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** The box a label's text covers, for keeping other labels and markers clear of it. */
export function labelBox(label: PlacedLabel, fontSize: number, textWidth: TextWidth = estimatedWidth(fontSize)): Box {
  const w = textWidth(label.text);
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, y0: label.y - fontSize * 0.85, x1: x0 + w, y1: label.y + fontSize * 0.3 };
}

function candidates(request: LabelRequest, fontSize: number, textWidth: TextWidth, markerRadius: number, width: number): PlacedLabel[] {
  const w = textWidth(request.text);
  const h = fontSize;
  const { id, text, x, y } = request;
  const at = (dx: number, dy: number, anchor: Anchor): PlacedLabel => ({ id, text, x: x + dx, y: y + dy, anchor });
  if (request.kind === 'area') {
    // On the point, else a line above or below it; a required name also tries further out, and slid
    // sideways into the frame when its point is near a side.
    const steps = request.required ? [0, -1.5, 1.5, -3, 3, -4.5, 4.5] : [0, -1.5, 1.5];
    const shifts = request.required ? [0, -w / 2, w / 2, Math.min(Math.max(x, w / 2), width - w / 2) - x] : [0];
    return shifts.flatMap((dx) => steps.map((dy) => at(dx, dy * h + h * 0.35, 'middle')));
  }
  const gap = (request.radius ?? markerRadius) + 3;
  // Right, left, above, below: the order cartographers prefer; then the diagonals.
  const ring = (g: number) => [
    at(g, h * 0.35, 'start'),
    at(-g, h * 0.35, 'end'),
    at(0, -g, 'middle'),
    at(0, g + h * 0.8, 'middle'),
    at(g * 0.8, -g * 0.6, 'start'),
    at(-g * 0.8, -g * 0.6, 'end'),
    at(g * 0.8, g * 0.6 + h * 0.7, 'start'),
    at(-g * 0.8, g * 0.6 + h * 0.7, 'end'),
  ];
  if (!request.required) return ring(gap).slice(0, 4);
  // A long name near the frame's side may fit nowhere beside its marker: then above or below it, slid
  // sideways into the frame.
  const slid = (dy: number) => ({ id, text, x: Math.min(Math.max(x, w / 2), width - w / 2), y: y + dy, anchor: 'middle' as const });
  const further = [gap, gap + h * 0.6, gap + h * 1.4];
  const slidFurther = [...further, gap + h * 2.2, gap + h * 3];
  return [...further.flatMap(ring), ...slidFurther.flatMap((g) => [slid(-g), slid(g + h * 0.8)])];
}

export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, markerRadius, textWidth = estimatedWidth(fontSize), obstacles = [], markers: others = [] } = options;
  const markers: Box[] = [
    ...others,
    ...requests.filter((request) => request.kind !== 'area').map(({ x, y, radius }) => markerBox(x, y, radius ?? markerRadius)),
  ];
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const inFrame = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
  const offMarkers = (box: Box) => !markers.some((marker) => overlaps(box, marker));

  for (const request of requests) {
    const options = candidates(request, fontSize, textWidth, markerRadius, width).map((label) => [label, labelBox(label, fontSize, textWidth)] as const);
    const free =
      options.find(([, box]) => inFrame(box) && offMarkers(box) && !taken.some((other) => overlaps(box, other))) ??
      (request.required ? (options.find(([, box]) => inFrame(box) && offMarkers(box)) ?? options.find(([, box]) => inFrame(box)) ?? options[0]) : undefined);
    if (!free) continue;
    const [label, box] = free;
    taken.push(box);
    placed.push({ ...label, x: round(label.x), y: round(label.y) });
  }
  return placed;
}

const round = (value: number) => Math.round(value * 10) / 10;
