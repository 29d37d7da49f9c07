/**
 * Which place's callout shows: the one the reader tapped or focused, or the one a mouse points at.
 * A tap never moves the page; tapping the map away from any place, or Escape, closes the callout.
 */
import type { MapElements } from './elements.ts';

export function enableCallouts(figure: HTMLElement, elements: MapElements, show: (placeId: string | null) => void) {
  let chosen: string | null = null;
  let pointed: string | null = null;
  const update = () => show(pointed ?? chosen);
  const placeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('[data-place]') : null);

  elements.svg.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-launch]')) return;
    chosen = placeOf(event.target)?.dataset.place ?? null;
    update();
  });
  for (const { element, id } of elements.places) {
    element.addEventListener('focus', () => {
      chosen = id;
      update();
    });
    element.addEventListener('blur', (event) => {
      if (placeOf(event.relatedTarget) || chosen !== id) return;
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
  figure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !(chosen ?? pointed)) return;
    chosen = pointed = null;
    update();
  });
}
