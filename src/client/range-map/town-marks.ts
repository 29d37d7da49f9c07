/**
 * The looked-up town on the map: its marker, or outside the frame an arrow on the frame's edge pointing to
 * it; its row at the head of the table of distances; and the line under the search box that says where it
 * is. Its name is placed with the map's other labels, by the build's placer (redraw.ts: drawLabels). With no
 * town, all of it goes and the map is as built.
 */
import { edgeArrow } from '../../lib/maps/edge-arrow.ts';
import { formatDistance, ringAnswer } from '../../lib/maps/format.ts';
import type { LabelInput } from '../../lib/maps/map-labels.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { DISTANCE_CELL, mapSelector, ringCell } from '../../lib/maps/map-markup-helpers.ts';
import { countryName, townDescription, type SearchedTown } from '../../lib/maps/town-words.ts';
import { LABEL_LAYOUTS, TOWN_RING_SCALE } from '../../lib/theme/map-layouts.ts';
import type { MapDrawing, MapView, TownFromLaunch } from './redraw.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How far inside the frame's edge the arrow's point sits, in map units: room for the narrow set's larger arrow. */
const ARROW_INSET = 24;

/** The town's value in the markup contracts: its GeoNames id, or `here` for the reader's own position. */
export const townKey = (town: Pick<SearchedTown, 'id'>) => (town.id === null ? 'here' : String(town.id));

const round = (value: number) => Math.round(value * 10) / 10;

/** Where the town is drawn, in map units, when it is on the frame. */
function townPoint({ projection }: MapDrawing, town: TownFromLaunch): [number, number] | null {
  return town.onMap ? projection([town.lon, town.lat]) : null;
}

/** The town's name for the label placer, where its marker is on the frame. */
export function townLabel(drawing: MapDrawing, town: TownFromLaunch): LabelInput['town'] {
  const xy = townPoint(drawing, town);
  return xy ? { id: `town:${townKey(town)}`, name: town.name, x: round(xy[0]), y: round(xy[1]) } : undefined;
}

/** The town's marker or arrow, and its row; called on every move of the launch point. */
export function drawTownMarks(drawing: MapDrawing, { town }: MapView) {
  const { svg, labelGroups, townRows } = drawing.elements;
  svg.querySelectorAll(`${mapSelector(MAP_ATTR.town)}, ${mapSelector(MAP_ATTR.townArrow)}`).forEach((mark) => mark.remove());
  townRows?.querySelector(mapSelector(MAP_ATTR.townRow))?.remove();
  if (!town) return;
  const words = describe(drawing, town);
  const xy = townPoint(drawing, town);
  const mark = xy ? townMarker(town, xy) : townArrow(drawing, town);
  if (mark) {
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', words);
    svgElement('title', {}, mark).textContent = words;
    // Under the labels and the launch point, over the places.
    if (labelGroups[0]) labelGroups[0].before(mark);
    else svg.append(mark);
  }
  townRows?.prepend(townRow(drawing, town));
}

/** The line under the search box; called when the point settles, so a drag does not flood the live region. */
export function drawTownStatus(drawing: MapDrawing, { town }: MapView) {
  const { townStatus } = drawing.elements;
  if (townStatus) townStatus.textContent = town ? `${describe(drawing, town)}.` : '';
}

function describe({ state }: MapDrawing, town: TownFromLaunch) {
  const words = townDescription(
    town,
    town,
    state.rings.map((ring) => ring.km),
  );
  return town.onMap ? words : `${words}; off this map, where the arrow on its edge points`;
}

function townMarker(town: TownFromLaunch, [x, y]: [number, number]) {
  const mark = svgElement('g', {
    class: 'map-town',
    [MAP_ATTR.town]: townKey(town),
    [MAP_ATTR.inRange]: String(town.inRange),
    [MAP_ATTR.withinKm]: town.withinKm.join(' '),
    [MAP_ATTR.distanceKm]: String(town.distanceKm),
    transform: `translate(${round(x)},${round(y)})`,
  });
  // The stylesheet sizes both for the label set shown (map-layout-css.ts); these are the wide set's.
  svgElement('circle', { class: 'map-town-ring', r: String(LABEL_LAYOUTS.wide.markerRadius * TOWN_RING_SCALE) }, mark);
  svgElement('circle', { class: 'map-place-dot', r: String(LABEL_LAYOUTS.wide.markerRadius) }, mark);
  return mark;
}

function townArrow({ projection, state }: MapDrawing, town: TownFromLaunch) {
  const xy = projection([town.lon, town.lat]);
  const arrow = xy && edgeArrow(state.projection.width, state.projection.height, xy, ARROW_INSET);
  if (!arrow) return null;
  const mark = svgElement('g', {
    class: 'map-town-arrow',
    [MAP_ATTR.townArrow]: townKey(town),
    transform: `translate(${arrow.x},${arrow.y}) rotate(${arrow.angle})`,
  });
  svgElement('path', { class: 'map-town-arrow-head', d: 'M10,0L-8,-9L-4,0L-8,9Z' }, mark);
  return mark;
}

function townRow({ state }: MapDrawing, town: TownFromLaunch) {
  const row = document.createElement('tr');
  row.className = 'range-map__town-entry';
  row.setAttribute(MAP_ATTR.townRow, townKey(town));
  const cell = (tag: 'th' | 'td', text: string, contract?: string) => {
    const element = row.appendChild(document.createElement(tag));
    element.textContent = text;
    if (contract) element.setAttribute(MAP_ATTR.cell, contract);
    return element;
  };
  cell('th', town.name).setAttribute('scope', 'row');
  row.firstElementChild!.append(Object.assign(document.createElement('span'), { className: 'range-map__tag', textContent: ' (your search)' }));
  cell('td', [town.region, town.country && countryName(town.country)].filter(Boolean).join(', '));
  cell('td', formatDistance(town.distanceKm), DISTANCE_CELL);
  state.rings.forEach((ring, index) => cell('td', ringAnswer(town, ring.km), ringCell(index, ring.km)));
  return row;
}

function svgElement(name: string, attributes: Record<string, string>, parent?: Element) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  parent?.append(element);
  return element;
}
