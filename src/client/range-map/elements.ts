/** The parts of a map figure the script changes, found once by their markup contracts. */
import type { MapClientState } from '../../lib/maps/client-state.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { mapSelector } from '../../lib/maps/map-markup-helpers.ts';

export function mapElements(figure: HTMLElement, state: MapClientState) {
  const one = <T extends Element>(selector: string) => figure.querySelector<T>(selector);
  return {
    svg: one<SVGSVGElement>('svg.range-map__svg')!,
    handle: one<SVGGElement>(mapSelector(MAP_ATTR.launch))!,
    rings: state.rings.map((ring) => ({
      km: ring.km,
      area: one<SVGPathElement>(mapSelector(MAP_ATTR.rangeKm, ring.km))!,
      line: one<SVGPathElement>(mapSelector(MAP_ATTR.rangeLineKm, ring.km))!,
    })),
    places: state.places.map((place) => ({
      ...place,
      element: one<SVGGElement>(mapSelector(MAP_ATTR.place, place.id))!,
      row: one<HTMLTableRowElement>(mapSelector(MAP_ATTR.placeRow, place.id)),
    })),
    labelGroups: [...figure.querySelectorAll<SVGGElement>(mapSelector(MAP_ATTR.labels))],
    title: one<HTMLElement>('.range-map__title')!,
    description: one<HTMLElement>('.range-map__description')!,
    legendLaunch: one<HTMLElement>(mapSelector(MAP_ATTR.legendLaunch)),
    summary: one<HTMLElement>(mapSelector(MAP_ATTR.summary))!,
    readout: one<HTMLElement>(mapSelector(MAP_ATTR.readout)),
    presetButtons: [...figure.querySelectorAll<HTMLButtonElement>(mapSelector(MAP_ATTR.presetLat))],
    /** The table body a looked-up town's row heads, and the line that says where the town is. */
    townRows: one<HTMLTableElement>(mapSelector(MAP_ATTR.table))?.tBodies[0] ?? null,
    townStatus: one<HTMLElement>(mapSelector(MAP_ATTR.townStatus)),
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
