/**
 * Makes build-time range maps interactive: drag the launch point (mouse, touch, pen), move it with the
 * arrow keys, pick a preset, or come in from a shared link (?launch=lat,lon). The rings, the in-range
 * flags, the table, the launch label and the summary follow. It reads each map's client state (one JSON
 * block, written by the build) and reuses the build's own geometry modules, so the browser draws exactly
 * what the build would have drawn for the same point.
 */
import { geoPath } from 'd3-geo';
import { destination, type LonLat } from '../lib/geo/distance.ts';
import { withRangeFlags } from '../lib/geo/range.ts';
import { onFrame, projectionFrom } from '../lib/geo/projection.ts';
import { placeLabels } from '../lib/geo/labels.ts';
import { ringGeometry, ringLabelPoint } from '../lib/geo/ring.ts';
import { formatCoordinate, formatDistance, movedLaunchLabel, placeDescription, rangeSummary, ringWords } from '../lib/maps/format.ts';
import { formatLaunchParam, launchFromSearch, launchParamName } from '../lib/maps/launch-param.ts';
import type { MapClientState } from '../lib/maps/client-state.ts';

const BEARING: Record<string, number> = { ArrowUp: 0, ArrowRight: 90, ArrowDown: 180, ArrowLeft: 270 };

function enhance(figure: HTMLElement, isFirstOnPage: boolean) {
  const id = figure.dataset.map!;
  const state = JSON.parse(figure.querySelector('script[data-map-state]')!.textContent!) as MapClientState;
  const params = state.projection;
  const svg = figure.querySelector<SVGSVGElement>('svg.range-map__svg')!;
  const projection = projectionFrom(params);
  const path = geoPath(projection).digits(1);
  const handle = figure.querySelector<SVGGElement>('[data-launch]')!;
  const home: LonLat = [state.home.lon, state.home.lat];
  const rings = state.rings.map((ring) => ({
    ...ring,
    area: figure.querySelector<SVGPathElement>(`[data-range-km="${ring.km}"]`)!,
    line: figure.querySelector<SVGPathElement>(`[data-range-line-km="${ring.km}"]`)!,
    labels: [...figure.querySelectorAll<SVGTextElement>(`[data-ring-label-km="${ring.km}"]`)],
  }));
  const places = state.places.map((place) => ({
    ...place,
    element: figure.querySelector<SVGGElement>(`[data-place="${place.id}"]`)!,
    row: figure.querySelector<HTMLTableRowElement>(`[data-place-row="${place.id}"]`),
  }));
  const launchLabels = (['wide', 'narrow'] as const).flatMap((layout) => {
    const element = figure.querySelector<SVGTextElement>(`.only-${layout} [data-label-for="launch"]`);
    return element ? [{ element, ...state.launchLabel[layout] }] : [];
  });
  const summary = figure.querySelector<HTMLElement>('[data-map-summary]')!;
  const presetButtons = [...figure.querySelectorAll<HTMLButtonElement>('[data-preset-lat]')];
  let launch = home;
  /** How many places each ring holds for the point shown, in the order of the rings. */
  let counts: { inRange: number; rangeLabel: string }[] = [];

  // Compared at the precision the address keeps (formatLaunchParam), so a shared link of a preset or the
  // default view reopens as that preset or the default.
  const samePoint = (a: LonLat, b: LonLat) => formatLaunchParam(a) === formatLaunchParam(b);
  const isHome = () => samePoint(launch, home);

  /** The launch point's name: the map's own, a preset's, or where the reader moved it. */
  function launchName(point: LonLat): string {
    if (samePoint(point, home)) return state.home.label;
    const preset = state.presets.find((p) => samePoint([p.lon, p.lat], point));
    return preset ? preset.launchLabel : movedLaunchLabel(point[1], point[0]);
  }

  function placeLaunchLabel(text: string, x: number, y: number) {
    for (const label of launchLabels) label.element.textContent = text;
    // The label's width as the browser draws it, per unit of the font size it is measured at (a hidden
    // set may measure nothing): the build placed it measured in the widest face it may be drawn in.
    const emWidth = launchLabels
      .map(({ element }) => element.getComputedTextLength() / Number.parseFloat(getComputedStyle(element).fontSize))
      .find((width) => width > 0);
    for (const label of launchLabels) {
      const request = { id: 'launch', text, x, y, radius: label.radius, required: true };
      const [placed] = placeLabels([request], {
        width: params.width,
        height: params.height,
        fontSize: label.fontSize,
        markerRadius: label.radius,
        obstacles: label.obstacles,
        markers: label.markers,
        textWidth: emWidth ? () => emWidth * label.fontSize : undefined,
      });
      if (!placed) continue;
      label.element.setAttribute('x', String(placed.x));
      label.element.setAttribute('y', String(placed.y));
      label.element.setAttribute('text-anchor', placed.anchor);
    }
  }

  function render(next: LonLat) {
    launch = next;
    const xy = projection(next as [number, number]);
    if (!xy) return;
    const name = launchName(next);
    handle.setAttribute('transform', `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`);
    handle.dataset.lat = next[1].toFixed(3);
    handle.dataset.lon = next[0].toFixed(3);
    handle.setAttribute('aria-label', `Launch point: ${name}, ${formatCoordinate(next[1], next[0])}`);
    placeLaunchLabel(name, xy[0], xy[1]);
    for (const ring of rings) {
      const geometry = ringGeometry(path, next, ring.km);
      ring.area.setAttribute('d', geometry.d);
      ring.line.setAttribute('d', geometry.line);
      const at = state.ringLabels ? ringLabelPoint(projection, params, next, ring.km) : null;
      for (const label of ring.labels) {
        // SVG has no `hidden`: the visibility attribute hides a label whose ring has left the frame.
        label.setAttribute('visibility', at ? 'visible' : 'hidden');
        if (at) {
          label.setAttribute('x', String(at.x));
          label.setAttribute('y', String(at.y + Number.parseFloat(getComputedStyle(label).fontSize) * 0.35));
        }
      }
    }
    const ringsKm = rings.map((ring) => ring.km);
    const flagged = withRangeFlags(places, next, ringsKm);
    counts = rings.map((ring) => ({ inRange: flagged.filter((place) => place.withinKm.includes(ring.km)).length, rangeLabel: ring.rangeLabel }));
    for (const place of flagged) {
      const km = Math.round(place.distanceKm);
      const words = placeDescription({ ...place, distanceKm: km }, ringsKm);
      place.element.dataset.inRange = String(place.inRange);
      place.element.dataset.withinKm = place.withinKm.join(' ');
      place.element.dataset.distanceKm = String(km);
      place.element.setAttribute('aria-label', words);
      place.element.querySelector('title')!.textContent = words;
      place.element.querySelector('.map-place-distance')!.textContent = formatDistance(km);
      const ringCallout = place.element.querySelector('.map-place-rings');
      if (ringCallout) ringCallout.textContent = ringWords(place.withinKm, ringsKm);
      if (place.row) {
        place.row.querySelector('[data-cell="distance"]')!.textContent = formatDistance(km);
        rings.forEach((ring, index) => {
          const cell = place.row!.querySelector(`[data-cell="${index === 0 ? 'in-range' : `in-range-${ring.km}`}"]`);
          if (cell) cell.textContent = place.withinKm.includes(ring.km) ? 'Yes' : 'No';
        });
      }
    }
    markPreset(next);
  }

  /** The preset buttons are toggles: the one whose point is shown is pressed. */
  function markPreset(point: LonLat) {
    presetButtons.forEach((button, i) => {
      const preset = state.presets[i]!;
      button.setAttribute('aria-pressed', String(samePoint([preset.lon, preset.lat], point)));
    });
  }

  /** The summary for the point shown: the build's finding (with the focus country's share) holds only for the map's own point. */
  function summarise() {
    summary.textContent = rangeSummary(counts, places.length);
  }

  /** After a move settles: say what changed, and put the view in the address so a shared link keeps it. */
  function settle() {
    summarise();
    const url = new URL(window.location.href);
    const name = launchParamName(id, isFirstOnPage);
    if (isHome()) url.searchParams.delete(name);
    else url.searchParams.set(name, formatLaunchParam(launch));
    history.replaceState(history.state, '', url);
    figure.dispatchEvent(new CustomEvent('rangemap:launch', { bubbles: true, detail: { id, lat: launch[1], lon: launch[0] } }));
  }

  function moveTo(next: LonLat) {
    render(next);
    settle();
  }

  // Pointer: mouse, touch and pen alike. The pointer is captured so a fast drag cannot lose the point.
  const toLonLat = (event: PointerEvent): LonLat | null => {
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const x = Math.min(Math.max(point.x, 0), params.width);
    const y = Math.min(Math.max(point.y, 0), params.height);
    const lonLat = projection.invert?.([x, y]);
    return lonLat && onFrame(projection, params, lonLat) ? [lonLat[0], lonLat[1]] : null;
  };
  // Whether the point moved since the pointer went down: a tap that moves nothing changes nothing.
  let dragged = false;
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    dragged = false;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('is-dragging');
    handle.focus({ preventScroll: true });
  });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    const next = toLonLat(event);
    if (!next) return;
    render(next);
    dragged = true;
  });
  const endDrag = (event: PointerEvent) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    handle.releasePointerCapture(event.pointerId);
    handle.classList.remove('is-dragging');
    if (dragged) settle();
  };
  handle.addEventListener('pointerup', endDrag);
  handle.addEventListener('pointercancel', endDrag);

  handle.addEventListener('keydown', (event) => {
    if (event.key === 'Home') {
      event.preventDefault();
      moveTo(home);
      return;
    }
    const bearing = BEARING[event.key];
    if (bearing === undefined) return;
    event.preventDefault();
    const next = destination(launch, bearing, event.shiftKey ? state.steps.bigKm : state.steps.km);
    // Stay on the map: a keyboard user must never push the point out of sight.
    if (onFrame(projection, params, next)) moveTo(next);
  });

  presetButtons.forEach((button, i) => {
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
    hint.textContent = 'Drag the launch point, or focus it and use the arrow keys.';
  }
  figure.dataset.interactive = 'true';

  enhanceEmbedControl(figure);

  // A shared point off this map (or on the far side of the globe) is ignored like any invalid value.
  const asked = launchFromSearch(new URLSearchParams(window.location.search), id, isFirstOnPage);
  const fromUrl = asked && onFrame(projection, params, asked) ? asked : null;
  // The build drew the map's own point already; only a shared point needs drawing (the first paint
  // stays the build's, and loading the page does no layout work it does not need).
  if (fromUrl) {
    render(fromUrl);
    summarise();
  } else markPreset(home);
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
