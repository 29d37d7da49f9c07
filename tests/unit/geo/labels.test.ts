import { describe, expect, it } from 'vitest';
import { placeLabels, type PlacedLabel } from '../../../src/lib/geo/labels.ts';

const options = { width: 400, height: 300, fontSize: 14, markerRadius: 5 };

function box(label: PlacedLabel) {
  const w = label.text.length * 14 * 0.6;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, x1: x0 + w, y0: label.y - 14, y1: label.y + 4 };
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Kyiv', x: 100, y: 100 }], options);
    expect(label).toMatchObject({ anchor: 'start' });
    expect(label!.x).toBeGreaterThan(100);
  });

  it('moves a label to the left at the right edge of the frame', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Kharkiv', x: 390, y: 100 }], options);
    expect(label!.anchor).toBe('end');
  });

  it('never lets two labels overlap, dropping what cannot fit', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, text: `Place ${i}`, x: 200 + (i % 3) * 6, y: 150 + i * 4 }));
    const placed = placeLabels(crowd, options);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(crowd.length);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        expect(p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('keeps clear of obstacles such as the scale bar', () => {
    const obstacle = { x0: 0, y0: 250, x1: 200, y1: 300 };
    const [label] = placeLabels([{ id: 'a', text: 'Odesa', x: 20, y: 260 }], { ...options, obstacles: [obstacle] });
    expect(label === undefined || box(label).y1 <= 250 || box(label).x0 >= 200).toBe(true);
  });
});
