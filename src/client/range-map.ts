/**
 * Makes build-time range maps interactive: drag the launch point (mouse, touch, pen), move it with the
 * arrow keys, pick a preset, or come in from a shared link (?launch=lat,lon); tap, hover or focus a place
 * for its callout. The rings, flags, table, labels and words follow. It reads each map's client state (one
 * JSON block written by the build) and reuses the build's own modules (geometry, the label placer, the
 * label layer, the words), so the browser draws exactly what the build would for the same point.
 */
import { geoPath } from 'd3-geo';
import type { LonLat } from '../lib/geo/distance.ts';
import { onFrame, projectionFrom } from '../lib/geo/projection.ts';
import { formatLaunchParam } from '../lib/maps/launch-param.ts';
import type { MapClientState } from '../lib/maps/client-state.ts';
import type { LaunchView } from '../lib/maps/map-copy.ts';
import { launchInAddress, writeLaunchToAddress } from './range-map/address.ts';
import { mapElements, snapshot } from './range-map/elements.ts';
import { enableKeys } from './range-map/keys.ts';
import { enableDrag } from './range-map/pointer.ts';
import { drawLabels, drawMarks, drawWords, type MapDrawing, type MapView } from './range-map/redraw.ts';
import { drawReadout } from './range-map/readout.ts';
import { enableCallouts } from './range-map/callouts.ts';
import { browserLabelWidths } from './range-map/text-widths.ts';

function enhance(figure: HTMLElement, isFirstOnPage: boolean) {
  const id = figure.dataset.map!;
  const state = JSON.parse(figure.querySelector('script[data-map-state]')!.textContent!) as MapClientState;
  const elements = mapElements(figure, state);
  const projection = projectionFrom(state.projection);
  const drawing: MapDrawing = {
    state,
    elements,
    built: snapshot(elements),
    projection,
    path: geoPath(projection).digits(1),
    widths: browserLabelWidths(elements.labelGroups[0] ?? elements.svg),
  };
  const home: LonLat = [state.home.lon, state.home.lat];
  // Compared at the precision the address keeps, so a shared link of a preset or the default view reopens as that preset or the default.
  const samePoint = (a: LonLat, b: LonLat) => formatLaunchParam(a) === formatLaunchParam(b);
  const viewAt = (point: LonLat): LaunchView => {
    if (samePoint(point, home)) return { kind: 'home', label: state.home.label };
    const preset = state.presets.find((p) => samePoint([p.lon, p.lat], point));
    return preset ? { kind: 'preset', label: preset.label, launchLabel: preset.launchLabel } : { kind: 'moved', lat: point[1], lon: point[0] };
  };
  const shown: MapView = { launch: home, view: viewAt(home), callout: null };

  /** While the point moves: the marks and labels (the words wait for it to settle). */
  function move(next: LonLat) {
    Object.assign(shown, { launch: next, view: viewAt(next) });
    drawMarks(drawing, shown);
    drawLabels(drawing, shown);
    markPreset();
  }
  /** After a move settles: the words, and the view in the address so a shared link keeps it. */
  function settle() {
    drawWords(drawing, shown);
    drawReadout(drawing, shown);
    writeLaunchToAddress(id, isFirstOnPage, shown.view.kind === 'home' ? null : shown.launch);
    figure.dispatchEvent(new CustomEvent('rangemap:launch', { bubbles: true, detail: { id, lat: shown.launch[1], lon: shown.launch[0] } }));
  }
  const moveTo = (next: LonLat) => {
    move(next);
    settle();
  };
  /** The preset buttons are toggles: the one whose point is shown is pressed. */
  function markPreset() {
    elements.presetButtons.forEach((button, i) => {
      const preset = state.presets[i]!;
      button.setAttribute('aria-pressed', String(samePoint([preset.lon, preset.lat], shown.launch)));
    });
  }

  enableDrag(elements.svg, elements.handle, projection, state.projection, { move, end: settle });
  enableKeys(elements.handle, projection, state.projection, state.steps, { current: () => shown.launch, moveTo, home: () => moveTo(home) });
  enableCallouts(figure, elements, (place) => {
    shown.callout = place;
    drawLabels(drawing, shown);
    drawReadout(drawing, shown);
  });
  elements.presetButtons.forEach((button, i) => {
    const preset = state.presets[i]!;
    button.addEventListener('click', () => moveTo([preset.lon, preset.lat]));
  });
  figure.querySelector('[data-map-reset]')?.addEventListener('click', () => moveTo(home));

  // Swap the no-script hint for the controls in the same fixed-height bar: nothing below moves.
  const hint = figure.querySelector<HTMLElement>('[data-map-hint]');
  const presets = figure.querySelector<HTMLElement>('[data-map-presets]');
  if (presets) {
    hint?.setAttribute('hidden', '');
    presets.removeAttribute('hidden');
  } else if (hint) {
    hint.textContent = 'Drag the ▲ launch point to move it, or focus it and use the arrow keys.';
  }
  // An embed keeps its controls in a disclosure under the map; this line says the point moves.
  figure.querySelector('[data-map-drag-hint]')?.removeAttribute('hidden');
  figure.dataset.interactive = 'true';
  enhanceEmbedControl(figure);

  // A shared point off this map (or on the far side of the globe) is ignored like any invalid value. The
  // build drew the map's own point already; only a shared point needs drawing.
  const asked = launchInAddress(id, isFirstOnPage);
  if (asked && onFrame(projection, state.projection, asked) && !samePoint(asked, home)) moveTo(asked);
  else markPreset();
}

/** The "Embed this map" control: a Copy button for the snippet, with a visible confirmation. */
function enhanceEmbedControl(figure: HTMLElement) {
  const button = figure.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const code = figure.querySelector<HTMLElement>('[data-embed-snippet]');
  const status = figure.querySelector<HTMLElement>('[data-embed-status]');
  if (!button || !code || !status) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Code copied';
    } catch {
      // Select the code so the reader can copy it by hand.
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Press Ctrl+C or ⌘C to copy the selected code';
    }
  });
}

document.querySelectorAll<HTMLElement>('figure[data-map]').forEach((figure, index) => enhance(figure, index === 0));
