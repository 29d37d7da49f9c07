/**
 * Label placement without collisions, by priority: labels are placed in the order given, so put the most
 * important first. Each tries the four sides of its marker in turn and takes the first spot that stays
 * inside the frame, clear of every marker and every label already placed, and nearer its own marker than
 * any other (a reader pairs a name with the nearest mark). A `required` label also tries spots further
 * out and slid into the frame; one placed further than `leaderBeyond` from its marker gets a leader line
 * to it. A label with no such spot is left out, never drawn over another: the caller reports it, and the
 * place stays named in the table and in its callout.
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
  /** The marker's drawn box, where it is not the square of its radius (a triangle sits lower). */
  box?: Box;
  /** Must be on the map if any spot allows: the launch point, the focus country, a reported strike, a tapped place. */
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
  /** A line from the marker's edge to the text, for a label placed away from its marker. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
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
  /** How far from its marker a label may sit before it needs a leader line (map units). */
  leaderBeyond?: number;
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
  // Spots are measured from the marker as drawn, so a label beside it sits the same few units away on every side.
  const mark = request.box ?? markerBox(x, y, request.radius ?? markerRadius);
  const to = (px: number, baseline: number, anchor: Anchor): PlacedLabel => ({ id, text, x: px, y: baseline, anchor });
  const ascent = h * 0.85;
  const descent = h * 0.3;
  // Right, left, above, below: the order cartographers prefer; then the diagonals. `e` is how much further out.
  const ring = (e: number) => {
    const g = 3 + e;
    return [
      to(mark.x1 + g, y + h * 0.35, 'start'),
      to(mark.x0 - g, y + h * 0.35, 'end'),
      to(x, mark.y0 - g - descent, 'middle'),
      to(x, mark.y1 + g + ascent, 'middle'),
      to(mark.x1 + g * 0.6, mark.y0 - g * 0.6 - descent + h * 0.5, 'start'),
      to(mark.x0 - g * 0.6, mark.y0 - g * 0.6 - descent + h * 0.5, 'end'),
      to(mark.x1 + g * 0.6, mark.y1 + g * 0.6 + ascent - h * 0.5, 'start'),
      to(mark.x0 - g * 0.6, mark.y1 + g * 0.6 + ascent - h * 0.5, 'end'),
    ];
  };
  if (!request.required) return ring(0);
  // A long name near the frame's side may fit nowhere beside its marker: then above or below it, slid
  // sideways into the frame.
  const slidX = Math.min(Math.max(x, w / 2), width - w / 2);
  const further = [0, h * 0.6, h * 1.4, h * 2.2, h * 3];
  const slid = further.flatMap((e) => [to(slidX, mark.y0 - 3 - e - descent, 'middle'), to(slidX, mark.y1 + 3 + e + ascent, 'middle')]);
  // Last, anywhere in a wider circle around the marker (a leader line joins them), nearest first.
  const around = [4, 5.5, 7].flatMap((r) =>
    Array.from({ length: 12 }, (_, i) => at(r * h * Math.cos((i * Math.PI) / 6), r * h * Math.sin((i * Math.PI) / 6) + h * 0.35, 'middle')),
  );
  return [...further.flatMap(ring), ...slid, ...around];
}

const sameBox = (a: Box, b: Box) => a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;

/** The gap between two boxes (0 when they touch or overlap). */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(dx, dy);
}

/** A leader from the marker's edge towards the nearest point of the label's box. */
function leaderLine(marker: Box, box: Box): PlacedLabel['leader'] {
  const cx = (marker.x0 + marker.x1) / 2;
  const cy = (marker.y0 + marker.y1) / 2;
  const tx = Math.min(Math.max(cx, box.x0), box.x1);
  const ty = Math.min(Math.max(cy, box.y0), box.y1);
  const r = (marker.x1 - marker.x0) / 2;
  const d = Math.hypot(tx - cx, ty - cy) || 1;
  return { x1: round(cx + ((tx - cx) * r) / d), y1: round(cy + ((ty - cy) * r) / d), x2: round(tx), y2: round(ty) };
}

export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, markerRadius, textWidth = estimatedWidth(fontSize), obstacles = [], markers: others = [], leaderBeyond = 8 } = options;
  const own = new Map(requests.filter((r) => r.kind !== 'area').map((r) => [r.id, r.box ?? markerBox(r.x, r.y, r.radius ?? markerRadius)]));
  const markers: Box[] = [...others, ...own.values()];
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  // Glyphs may overhang their advance a little (a bold k), and hinting rounds them wider: keep a hair inside.
  const inset = fontSize * 0.1;
  const inFrame = (box: Box) => box.x0 >= inset && box.y0 >= 0 && box.x1 <= width - inset && box.y1 <= height;

  for (const request of requests) {
    const mine = own.get(request.id);
    const clear = (box: Box) => {
      if (!inFrame(box) || taken.some((other) => overlaps(box, other))) return false;
      if (!mine) return !markers.some((marker) => overlaps(box, marker));
      if (markers.some((marker) => overlaps(box, marker))) return false;
      // Beside its marker, every other marker must be clearly further (a reader pairs a name with the nearest
      // mark, and a browser's text box differs from ours by a fraction of the font); further out, a leader pairs them.
      const gap = boxGap(box, mine);
      return gap > leaderBeyond || markers.every((marker) => sameBox(marker, mine) || boxGap(box, marker) > gap + fontSize * 0.3);
    };
    const spots = candidates(request, fontSize, textWidth, markerRadius, width);
    const found = spots.map((label) => [label, labelBox(label, fontSize, textWidth)] as const).find(([, box]) => clear(box));
    if (!found) continue;
    const [label, box] = found;
    taken.push(box);
    const far = mine && boxGap(box, mine) > leaderBeyond;
    placed.push({ ...label, x: round(label.x), y: round(label.y), ...(far && { leader: leaderLine(mine, box) }) });
  }
  return placed;
}

const round = (value: number) => Math.round(value * 10) / 10;
