/**
 * The map's moving parts, loaded on the reader's first touch of a map (src/client/range-map.ts): the
 * projection, the build's label placer, its words and its coverage measure, so the browser draws exactly
 * what the build would for the same point. Everything here is driven through the returned actions.
 */
import { geoPath } from 'd3-geo';
import { destination, type LonLat } from '../../lib/geo/distance.ts';
import { onFrame, projectionFrom } from '../../lib/geo/projection.ts';
import type { MapClientState } from '../../lib/maps/client-state.ts';
import type { LaunchView } from '../../lib/maps/map-copy.ts';
import { sameLaunch } from '../../lib/maps/launch-param.ts';
import type { SearchedTown } from '../../lib/maps/town-words.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { mapSelector } from '../../lib/maps/map-markup-helpers.ts';
import { writeLaunchToAddress } from './address.ts';
import { mapElements, snapshot } from './elements.ts';
import type { MapPoint } from './pointer.ts';
import { markPresets } from './presets.ts';
import { drawLabels, drawMarks, drawWords, placesFrom, townFrom, type MapDrawing, type MapView } from './redraw.ts';
import { drawTownMarks, drawTownStatus } from './town-marks.ts';
import { drawReadout } from './readout.ts';
import { browserLabelWidths } from './text-widths.ts';

export type Instrument = ReturnType<typeof createInstrument>;

export function createInstrument(figure: HTMLElement, isFirstOnPage: boolean) {
  const id = figure.getAttribute(MAP_ATTR.map)!;
  const drawing = mapDrawing(figure);
  const { state, elements, projection } = drawing;
  const home = state.home.point;
  const shown: MapView = { launch: home, view: viewAt(state, home), places: placesFrom(state, home), callout: null, town: null };
  const onMap = (point: LonLat) => onFrame(projection, state.projection, point);

  /**
   * The one way the launch point changes. While it moves (a drag) only the marks and labels follow; once it
   * settles the words follow too, and the address keeps the view so a shared link reopens it.
   */
  function setLaunch(next: LonLat, { settled }: { settled: boolean }) {
    Object.assign(shown, { launch: next, view: viewAt(state, next), places: placesFrom(state, next), town: shown.town && townFrom(drawing, next, shown.town) });
    drawMarks(drawing, shown);
    drawTownMarks(drawing, shown);
    drawLabels(drawing, shown);
    markPresets(elements.presetButtons, next);
    if (settled) settle();
  }
  function settle() {
    drawWords(drawing, shown);
    drawReadout(drawing, shown);
    drawTownStatus(drawing, shown);
    writeLaunchToAddress(id, isFirstOnPage, shown.view.kind === 'home' ? null : shown.launch);
    figure.dispatchEvent(new CustomEvent('rangemap:launch', { bubbles: true, detail: { id, lat: shown.launch[1], lon: shown.launch[0] } }));
  }

  return {
    dragTo(point: MapPoint) {
      const next = projection.invert?.(point);
      if (next && onMap(next)) setLaunch([next[0], next[1]], { settled: false });
    },
    settle,
    /** Keyboard steps stay on the map: a keyboard user must never push the point out of sight. */
    step(bearing: number, big: boolean) {
      const next = destination(shown.launch, bearing, big ? state.steps.bigKm : state.steps.km);
      if (onMap(next)) setLaunch(next, { settled: true });
    },
    home: () => setLaunch(home, { settled: true }),
    preset(index: number) {
      const preset = state.presets[index];
      if (preset) setLaunch(preset.point, { settled: true });
    },
    /** A shared point off this map (or on the far side of the globe) is ignored like any invalid value. */
    open(point: LonLat) {
      if (onMap(point) && !sameLaunch(point, home)) setLaunch(point, { settled: true });
    },
    /** A town the reader looked up, or their position: marked, named, measured from the point shown; null takes it away. */
    showTown(town: SearchedTown | null) {
      shown.town = town && townFrom(drawing, shown.launch, town);
      drawTownMarks(drawing, shown);
      drawLabels(drawing, shown);
      drawTownStatus(drawing, shown);
    },
    show(placeId: string | null) {
      shown.callout = placeId;
      drawLabels(drawing, shown);
      drawReadout(drawing, shown);
    },
  };
}

/** What redrawing the map needs: its client state (written by the build), its elements as built, its projection and the browser's text widths. */
function mapDrawing(figure: HTMLElement): MapDrawing {
  const state = JSON.parse(figure.querySelector(`script${mapSelector(MAP_ATTR.state)}`)!.textContent!) as MapClientState;
  const elements = mapElements(figure, state);
  const projection = projectionFrom(state.projection);
  return {
    state,
    elements,
    built: snapshot(elements),
    projection,
    path: geoPath(projection).digits(1),
    widths: browserLabelWidths(elements.labelGroups[0] ?? elements.svg),
  };
}

/** How the words name a launch point: the map's own, a preset, or a point the reader moved it to. */
function viewAt(state: MapClientState, point: LonLat): LaunchView {
  if (sameLaunch(point, state.home.point)) return { kind: 'home', label: state.home.label };
  const preset = state.presets.find((p) => sameLaunch(p.point, point));
  return preset ? { kind: 'preset', label: preset.label, launchLabel: preset.launchLabel } : { kind: 'moved', point };
}
