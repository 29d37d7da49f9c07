/**
 * Every fault of the labels shown on each map, measured in the page (run it with page.evaluate): map text (labels, ring distances,
 * country names, a callout) over other map text or another place's painted marker, cut by the frame, or
 * further than about 8 px from its own marker (or nearer another) without a leader line. With `dragged`
 * (a map id), also where that map's next drag starts and aims.
 */
export function labelFaults(dragged: string | null) {
  const faults: string[] = [];
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // The map being dragged is brought on screen first (after a resize it may not be), as a reader scrolls to it.
  const draggedSvg = dragged && document.querySelector(`figure[data-map="${dragged}"] svg.range-map__svg`);
  if (draggedSvg) {
    const box = draggedSvg.getBoundingClientRect();
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) draggedSvg.scrollIntoView({ block: 'center', inline: 'center' });
  }
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map]')) {
    const svg = figure.querySelector<SVGSVGElement>('svg.range-map__svg')!;
    const frame = svg.getBoundingClientRect();
    // Chromium's text box spans the font's whole ascent and descent: keep the ink, as the placer measures it.
    const ink = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + r.height * 0.2, bottom: r.bottom - r.height * 0.2 };
    };
    type Box = ReturnType<typeof ink>;
    const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const gap = (a: Box, b: Box) => Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));
    const texts = [...svg.querySelectorAll<SVGTextElement>('.map-labels text')].filter(shown).map((el) => ({
      el,
      id: el.dataset.labelFor ?? el.dataset.calloutFor ?? null,
      text: el.textContent ?? '',
      box: ink(el),
    }));
    const markers = [
      ...[...svg.querySelectorAll<SVGGElement>('[data-place]')].flatMap((g) =>
        [...g.querySelectorAll('.map-place-dot, .map-strike')].map((m) => ({ id: g.dataset.place!, box: m.getBoundingClientRect() as Box })),
      ),
      // A town the reader looked up: its label is `town:<id>`.
      ...[...svg.querySelectorAll<SVGGElement>('[data-town]')].map((g) => ({
        id: `town:${g.dataset.town}`,
        box: g.querySelector('.map-place-dot')!.getBoundingClientRect() as Box,
      })),
      { id: 'launch', box: svg.querySelector('.map-launch-mark')!.getBoundingClientRect() as Box },
    ];
    const where = `${figure.dataset.map}`;
    texts.forEach((t, i) => {
      if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5 || t.box.top < frame.top - 0.5 || t.box.bottom > frame.bottom + 0.5)
        faults.push(`${where}: "${t.text}" cut by the frame`);
      for (const other of texts.slice(i + 1)) if (overlap(t.box, other.box)) faults.push(`${where}: "${t.text}" over "${other.text}"`);
      for (const marker of markers) if (marker.id !== t.id && overlap(t.box, marker.box)) faults.push(`${where}: "${t.text}" over ${marker.id}'s marker`);
      const own = markers.filter((m) => m.id === t.id);
      const led = t.el.previousElementSibling?.classList.contains('map-leader');
      if (!own.length || led) return;
      const mine = Math.min(...own.map((m) => gap(t.box, m.box)));
      if (mine > 16) faults.push(`${where}: "${t.text}" ${mine.toFixed(1)} px from its marker with no leader`);
      // The page's text boxes are not the placer's (ascent, overhang): a few pixels either way are the same.
      const nearer = markers.filter((m) => m.id !== t.id && gap(t.box, m.box) < mine - 3 && !own.some((o) => overlap(o.box, m.box)));
      if (nearer.length)
        faults.push(
          `${where}: "${t.text}" nearer ${nearer.map((m) => `${m.id} (${gap(t.box, m.box).toFixed(1)} px)`).join(', ')} than its own marker (${mine.toFixed(1)} px)`,
        );
    });
  }
  if (!draggedSvg) return { faults, drag: null };
  // Where the next drag starts and aims, read in this same round trip: the launch mark and the frame, on screen now.
  const frame = draggedSvg.getBoundingClientRect();
  const mark = draggedSvg.querySelector('[data-launch] .map-launch-mark')!.getBoundingClientRect();
  return {
    faults,
    drag: {
      frame: { x: frame.left, y: frame.top, width: frame.width, height: frame.height },
      from: { x: mark.left + mark.width / 2, y: mark.top + mark.height / 2 },
    },
  };
}
