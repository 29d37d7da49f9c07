/**
 * Which place's callout shows: the one the reader tapped or focused, or the one a mouse points at.
 * A tap never moves the page; tapping the map away from any place, or Escape, closes the callout.
 * Another script may point at a place too (the timeline, for the entry the reader is on), with a
 * `rangemap:show-place` event whose detail is the place's id, or null.
 */
import type { MapElements } from './elements.ts';

export function enableCallouts(figure: HTMLElement, elements: MapElements, show: (placeId: string | null) => void) {
  let chosen: string | null = null;
  let pointed: string | null = null;
  let linked: string | null = null;
  const update = () => show(pointed ?? chosen ?? linked);
  const placeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('[data-place]') : null);

  elements.svg.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-launch]')) return;
    chosen = placeOf(event.target)?.dataset.place ?? null;
    linked = null;
    update();
  });
  for (const { element, id } of elements.places) {
    element.addEventListener('focus', () => {
      chosen = id;
      update();
    });
    // Focus leaving the map (Tab past it) closes the callout; a tap or a click elsewhere does not, nor does
    // focus moving to the readout's link, which the callout's redraw would otherwise remove under the finger.
    element.addEventListener('blur', (event) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || figure.contains(next) || chosen !== id) return;
      chosen = null;
      update();
    });
    element.addEventListener('pointerenter', (event) => {
      if (event.pointerType !== 'mouse') return;
      pointed = id;
      update();
    });
    element.addEventListener('pointerleave', (event) => {
      if (event.pointerType !== 'mouse' || pointed !== id) return;
      pointed = null;
      update();
    });
  }
  figure.addEventListener('rangemap:show-place', (event) => {
    linked = (event as CustomEvent<string | null>).detail;
    update();
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !(chosen ?? pointed ?? linked)) return;
    chosen = pointed = linked = null;
    update();
  });
}
