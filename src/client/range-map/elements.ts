/** The parts of a map figure the script changes, found once by their markup contracts. */
import type { MapClientState } from '../../lib/maps/client-state.ts';

export function mapElements(figure: HTMLElement, state: MapClientState) {
  const one = <T extends Element>(selector: string) => figure.querySelector<T>(selector);
  return {
    svg: one<SVGSVGElement>('svg.range-map__svg')!,
    handle: one<SVGGElement>('[data-launch]')!,
    rings: state.rings.map((ring) => ({
      km: ring.km,
      area: one<SVGPathElement>(`[data-range-km="${ring.km}"]`)!,
      line: one<SVGPathElement>(`[data-range-line-km="${ring.km}"]`)!,
    })),
    places: state.places.map((place) => ({
      ...place,
      element: one<SVGGElement>(`[data-place="${place.id}"]`)!,
      row: one<HTMLTableRowElement>(`[data-place-row="${place.id}"]`),
    })),
    labelGroups: [...figure.querySelectorAll<SVGGElement>('[data-labels]')],
    title: one<HTMLElement>('.range-map__title')!,
    description: one<HTMLElement>('.range-map__description')!,
    legendLaunch: one<HTMLElement>('[data-legend-launch]'),
    summary: one<HTMLElement>('[data-map-summary]')!,
    readout: one<HTMLElement>('[data-map-readout]'),
    presetButtons: [...figure.querySelectorAll<HTMLButtonElement>('[data-preset-lat]')],
  };
}

export type MapElements = ReturnType<typeof mapElements>;

/** What the build wrote, to put back exactly when the reader returns to the map's own point. */
export function snapshot(elements: MapElements) {
  return {
    labels: elements.labelGroups.map((group) => group.innerHTML),
    title: elements.title.textContent ?? '',
    description: elements.description.textContent ?? '',
    legendLaunch: elements.legendLaunch?.textContent ?? '',
    summary: elements.summary.textContent ?? '',
    readout: elements.readout?.innerHTML ?? '',
  };
}

export type Snapshot = ReturnType<typeof snapshot>;
