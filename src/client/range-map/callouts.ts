/**
 * Which place's callout shows: the one the reader tapped or focused, or the one a mouse points at.
 * A tap never moves the page; tapping the map away from any place, or Escape, closes the callout.
 * Another script may point at a place too (the timeline, for the entry the reader is on), with a
 * `rangemap:show-place` event whose detail is the place's id, or null. What the reader picks is announced
 * with `rangemap:place-picked` (detail: the place's id, or null for none), for the timeline to follow.
 */
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { mapSelector } from '../../lib/maps/map-markup-helpers.ts';

export interface CalloutPlace {
  id: string;
  element: SVGGElement;
}

/**
 * The place a tap at this screen position names: of the places whose tap circle it falls in, the one whose
 * dot is nearest. Tap circles are larger than dots and overlap where towns are close (Dnipro and
 * Zaporizhzhia), so the topmost circle is not always the town under the finger.
 */
export function placeAt(places: CalloutPlace[], clientX: number, clientY: number): { place: CalloutPlace; distance: number } | undefined {
  let nearest: { place: CalloutPlace; distance: number } | undefined;
  for (const place of places) {
    const dot = place.element.querySelector('.map-place-dot');
    const hit = place.element.querySelector('.map-place-hit');
    if (!dot || !hit) continue;
    const distance = distanceToCentre(dot, clientX, clientY);
    if (distance <= hit.getBoundingClientRect().width / 2 && distance < (nearest?.distance ?? Infinity)) nearest = { place, distance };
  }
  return nearest;
}

function distanceToCentre(element: Element, clientX: number, clientY: number) {
  const box = element.getBoundingClientRect();
  return Math.hypot(clientX - (box.left + box.width / 2), clientY - (box.top + box.height / 2));
}

export function enableCallouts(figure: HTMLElement, svg: SVGSVGElement, places: CalloutPlace[], show: (placeId: string | null) => void) {
  let chosen: string | null = null;
  let pointed: string | null = null;
  let linked: string | null = null;
  const update = () => show(pointed ?? chosen ?? linked);
  const choose = (id: string | null) => {
    chosen = id;
    linked = null;
    update();
    figure.dispatchEvent(new CustomEvent('rangemap:place-picked', { bubbles: true, detail: id }));
  };

  svg.addEventListener('click', (event) => {
    // The handle reports its own taps (pointer.ts): a press on it may be the start of a drag.
    if ((event.target as Element).closest(mapSelector(MAP_ATTR.launch))) return;
    // A click with no position (a script's or an assistive technology's) names the place it was sent to.
    const target = (event.target as Element).closest(mapSelector(MAP_ATTR.place))?.getAttribute(MAP_ATTR.place) ?? null;
    choose(placeAt(places, event.clientX, event.clientY)?.place.id ?? target);
  });
  for (const { element, id } of places) {
    element.addEventListener('focus', () => choose(id));
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
  return {
    /** A tap on the launch handle that moved nothing: it names a place only if one's dot is nearer than the handle's. */
    tapOnHandle(clientX: number, clientY: number, mark: Element) {
      const nearest = placeAt(places, clientX, clientY);
      if (nearest && nearest.distance < distanceToCentre(mark, clientX, clientY)) choose(nearest.place.id);
    },
  };
}
