/**
 * Draws a map's moving parts for a launch point: the handle, the rings, the places' flags and table rows,
 * the labels (placed again by the build's own placer and printed by its own layer function) and the words.
 */
import type { GeoPath, GeoProjection } from 'd3-geo';
import type { LonLat } from '../../lib/geo/distance.ts';
import { onFrame } from '../../lib/geo/projection.ts';
import { withRangeFlags } from '../../lib/geo/range.ts';
import { ringGeometry } from '../../lib/geo/ring.ts';
import { shareOfAreaWithinRange } from '../../lib/geo/coverage.ts';
import type { MapClientState } from '../../lib/maps/client-state.ts';
import { formatCoordinate, formatDistance, formatKm, placeDescription, rangeSummary, ringAnswer, ringWords } from '../../lib/maps/format.ts';
import { labelInputAt } from '../../lib/maps/label-scene.ts';
import { descriptionAt, findingAt, launchMapLabel, launchName, titleAt, type LaunchView } from '../../lib/maps/map-copy.ts';
import { layoutLabels, type LayoutWidths } from '../../lib/maps/map-labels.ts';
import type { LabelLayoutName } from '../../lib/theme/map-layouts.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { DISTANCE_CELL, mapSelector, ringCell } from '../../lib/maps/map-markup-helpers.ts';
import { labelTexts } from '../../lib/maps/map-svg.ts';
import type { SearchedTown } from '../../lib/maps/town-words.ts';
import type { MapElements, Snapshot } from './elements.ts';
import { townKey, townLabel } from './town-marks.ts';

export interface MapView {
  launch: LonLat;
  view: LaunchView;
  /** The places with their distances and rings from `launch` (placesFrom), worked out once per point. */
  places: PlaceFromLaunch[];
  /** The place the reader tapped, focused or points at, if any. */
  callout: string | null;
  /** The town the reader looked up (or their own position), with its distance and rings from `launch`, if any. */
  town: TownFromLaunch | null;
}

export interface MapDrawing {
  state: MapClientState;
  elements: MapElements;
  built: Snapshot;
  projection: GeoProjection;
  path: GeoPath;
  widths: (name: LabelLayoutName) => LayoutWidths;
}

export type PlaceFromLaunch = ReturnType<typeof placesFrom>[number];
export type TownFromLaunch = ReturnType<typeof townFrom>;

/** The places with their distance and rings from a launch point. */
export function placesFrom(state: MapClientState, launch: LonLat) {
  const ringsKm = state.rings.map((ring) => ring.km);
  return withRangeFlags(state.places, launch, ringsKm).map((place) => ({ ...place, distanceKm: Math.round(place.distanceKm) }));
}

/** A looked-up town with its distance and rings from a launch point, as the places have theirs. */
export function townFrom({ state, projection }: Pick<MapDrawing, 'state' | 'projection'>, launch: LonLat, town: SearchedTown) {
  const { distanceKm, withinKm, inRange } = placesFrom({ ...state, places: [{ ...town, id: townKey(town), strike: undefined }] }, launch)[0]!;
  return { ...town, distanceKm, withinKm, inRange, onMap: onFrame(projection, state.projection, [town.lon, town.lat]) };
}

export function drawMarks(drawing: MapDrawing, { launch, view, places: flagged }: MapView) {
  const { elements, state, projection, path } = drawing;
  const xy = projection(launch as [number, number]);
  if (!xy) return;
  const { handle } = elements;
  handle.setAttribute('transform', `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`);
  handle.setAttribute(MAP_ATTR.lat, launch[1].toFixed(3));
  handle.setAttribute(MAP_ATTR.lon, launch[0].toFixed(3));
  handle.setAttribute('aria-label', `Launch point: ${launchName(view)}, ${formatCoordinate(launch[1], launch[0])}`);
  for (const ring of elements.rings) {
    const geometry = ringGeometry(path, launch, ring.km);
    ring.area.setAttribute('d', geometry.d);
    ring.line.setAttribute('d', geometry.line);
  }
  const ringsKm = state.rings.map((ring) => ring.km);
  elements.places.forEach((place, i) => {
    const flags = flagged[i]!;
    const words = placeDescription(flags, ringsKm);
    place.element.setAttribute(MAP_ATTR.inRange, String(flags.inRange));
    place.element.setAttribute(MAP_ATTR.withinKm, flags.withinKm.join(' '));
    place.element.setAttribute(MAP_ATTR.distanceKm, String(flags.distanceKm));
    place.element.setAttribute('aria-label', words);
    place.element.querySelector('title')!.textContent = words;
    place.element.querySelector('.map-place-distance')!.textContent = formatDistance(flags.distanceKm);
    const ringCallout = place.element.querySelector('.map-place-rings');
    if (ringCallout) ringCallout.textContent = ringWords(flags.withinKm, ringsKm);
    if (!place.row) return;
    place.row.querySelector(mapSelector(MAP_ATTR.cell, DISTANCE_CELL))!.textContent = formatDistance(flags.distanceKm);
    state.rings.forEach((ring, index) => {
      const cell = place.row!.querySelector(mapSelector(MAP_ATTR.cell, ringCell(index, ring.km)));
      if (cell) cell.textContent = ringAnswer(flags, ring.km);
    });
  });
}

/** A tapped place's callout on the map: `Kyiv · 480 km`, and the ring it is in where there are several. */
function calloutText(drawing: MapDrawing, places: readonly PlaceFromLaunch[], id: string) {
  const place = places.find((p) => p.id === id);
  if (!place) return undefined;
  const ringsKm = drawing.state.rings.map((ring) => ring.km);
  const rings = ringsKm.length > 1 ? `, ${ringWords(place.withinKm, ringsKm)}` : '';
  return { id, text: `${place.name} · ${formatKm(place.distanceKm)}${rings}`, short: formatKm(place.distanceKm) };
}

/** Every label set placed again by the build's placer; the build's own at its point with nothing tapped. */
export function drawLabels(drawing: MapDrawing, { launch, view, callout, places, town }: MapView) {
  const { elements, built, state, projection } = drawing;
  if (view.kind === 'home' && !callout && !town) {
    elements.labelGroups.forEach((group, i) => (group.innerHTML = built.labels[i]!));
    return;
  }
  const input = labelInputAt(
    state.scene,
    projection,
    launch,
    launchMapLabel(view),
    callout ? calloutText(drawing, places, callout) : undefined,
    town ? townLabel(drawing, town) : undefined,
  );
  const sets = layoutLabels(input, drawing.widths);
  for (const group of elements.labelGroups) group.innerHTML = labelTexts(sets[group.getAttribute(MAP_ATTR.labels) as LabelLayoutName], 'page');
}

/** The title, description, legend and summary for the point shown; the editor's words at the map's own point. */
export function drawWords(drawing: MapDrawing, { launch, view, places: flagged }: MapView) {
  const { elements, built, state } = drawing;
  const { title, description, legendLaunch, summary } = elements;
  if (view.kind === 'home') {
    title.textContent = built.title;
    description.textContent = built.description;
    if (legendLaunch) legendLaunch.textContent = built.legendLaunch;
    summary.textContent = built.summary;
    return;
  }
  const counts = state.rings.map((ring) => ({ inRange: flagged.filter((p) => p.withinKm.includes(ring.km)).length, rangeLabel: ring.rangeLabel }));
  const share = shareOfAreaWithinRange({ type: 'Feature', geometry: state.focusShape, properties: {} }, launch, state.rings[0]!.km);
  title.textContent = titleAt(view, share, state.words);
  description.textContent = descriptionAt(view, state.words);
  if (legendLaunch) legendLaunch.textContent = `Launch point: ${launchName(view)}`;
  summary.textContent = findingAt(view, share, state.words, rangeSummary(counts, flagged.length));
}
