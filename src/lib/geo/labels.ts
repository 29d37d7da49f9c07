/**
 * Label placement without collisions: each label tries the four sides of its marker in turn and takes
 * the first spot that stays inside the frame and clear of every marker and every label already placed.
 * Labels are placed in the order given, so put the most important first; a label with no free spot is
 * left out (its place stays on the map and in the table).
 */

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** `point` labels sit beside a marker; `area` labels (a country name) centre on their point and have no marker. */
  kind?: 'point' | 'area';
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
  /** Average glyph width as a share of the font size; 0.6 is safe for bold sans-serif. */
  charWidth?: number;
  /** Areas labels must not cover, such as the scale bar. */
  obstacles?: readonly Box[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, markerRadius, charWidth = 0.6, obstacles = [] } = options;
  const gap = markerRadius + 3;
  const markers: Box[] = requests
    .filter((request) => request.kind !== 'area')
    .map(({ x, y }) => ({ x0: x - markerRadius, y0: y - markerRadius, x1: x + markerRadius, y1: y + markerRadius }));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];

  for (const request of requests) {
    const w = request.text.length * fontSize * charWidth;
    const h = fontSize;
    const { x, y } = request;
    const centred = (dy: number): [PlacedLabel, Box] => [
      { ...request, x, y: y + dy + h * 0.35, anchor: 'middle' },
      { x0: x - w / 2, y0: y + dy - h / 2, x1: x + w / 2, y1: y + dy + h / 2 },
    ];
    // Area labels: on the point, else a line above or below it.
    // Point labels: right, left, above, below: the order cartographers prefer.
    const candidates: [PlacedLabel, Box][] = request.kind === 'area' ? [centred(0), centred(-1.5 * h), centred(1.5 * h)] : [
      [{ ...request, x: x + gap, y: y + h * 0.35, anchor: 'start' }, { x0: x + gap, y0: y - h / 2, x1: x + gap + w, y1: y + h / 2 }],
      [{ ...request, x: x - gap, y: y + h * 0.35, anchor: 'end' }, { x0: x - gap - w, y0: y - h / 2, x1: x - gap, y1: y + h / 2 }],
      [{ ...request, x, y: y - gap, anchor: 'middle' }, { x0: x - w / 2, y0: y - gap - h, x1: x + w / 2, y1: y - gap }],
      [{ ...request, x, y: y + gap + h * 0.8, anchor: 'middle' }, { x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h }],
    ];
    const free = candidates.find(
      ([, box]) =>
        box.x0 >= 0 &&
        box.y0 >= 0 &&
        box.x1 <= width &&
        box.y1 <= height &&
        !taken.some((other) => overlaps(box, other)) &&
        !markers.some((marker) => overlaps(box, marker)),
    );
    if (!free) continue;
    const [label, box] = free;
    taken.push(box);
    placed.push({ ...label, x: round(label.x), y: round(label.y) });
  }
  return placed;
}

const round = (value: number) => Math.round(value * 10) / 10;
