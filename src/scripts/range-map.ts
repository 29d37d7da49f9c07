/**
 * Makes build-time range maps interactive: drag the launch point (mouse, touch, pen), move it with the
 * arrow keys, pick a preset, or come in from a shared link (?launch=lat,lon). The ring, the in-range
 * flags, the table and the summary follow. It reuses the build's own geometry modules, so the browser
 * draws exactly what the build would have drawn for the same point.
 */
import { geoPath } from 'd3-geo';
import { destination, type LonLat } from '../lib/geo/distance.ts';
import { geodesicRing } from '../lib/geo/ring.ts';
import { withRangeFlags } from '../lib/geo/range.ts';
import { projectionFrom, type ProjectionParams } from '../lib/geo/projection.ts';
import { formatCoordinate, formatDistance, placeDescription, rangeSummary } from '../lib/maps/format.ts';
import { formatLaunchParam, launchFromSearch, launchParamName } from '../lib/maps/launch-param.ts';

const STEP_KM = 10;
const BIG_STEP_KM = 50;
const BEARING: Record<string, number> = { ArrowUp: 0, ArrowRight: 90, ArrowDown: 180, ArrowLeft: 270 };

function enhance(figure: HTMLElement, isFirstOnPage: boolean) {
  const id = figure.dataset.map!;
  const svg = figure.querySelector<SVGSVGElement>('svg[data-projection]')!;
  const params = JSON.parse(svg.dataset.projection!) as ProjectionParams;
  const projection = projectionFrom(params);
  const path = geoPath(projection).digits(1);
  const handle = figure.querySelector<SVGGElement>('[data-launch]')!;
  const home: LonLat = [Number(handle.dataset.defaultLon), Number(handle.dataset.defaultLat)];
  const launchName = handle.dataset.label!;
  const rings = [...figure.querySelectorAll<SVGPathElement>('[data-range-km]')].map((area) => ({
    km: Number(area.dataset.rangeKm),
    area,
    line: figure.querySelector<SVGPathElement>(`[data-range-line-km="${area.dataset.rangeKm}"]`)!,
  }));
  const primaryKm = rings[0]!.km;
  const places = [...figure.querySelectorAll<SVGGElement>('[data-place]')].map((element) => ({
    id: element.dataset.place!,
    lat: Number(element.dataset.lat),
    lon: Number(element.dataset.lon),
    name: element.dataset.name!,
    strike: element.dataset.strike === 'true',
    element,
    row: figure.querySelector<HTMLTableRowElement>(`[data-place-row="${element.dataset.place}"]`),
  }));
  const summary = figure.querySelector<HTMLElement>('[data-map-summary]')!;
  const rangeLabel = figure.dataset.rangeLabel!;
  const presetButtons = [...figure.querySelectorAll<HTMLButtonElement>('[data-preset-lat]')];
  let launch = home;

  function render(next: LonLat) {
    launch = next;
    const xy = projection(next as [number, number]);
    if (!xy) return;
    handle.setAttribute('transform', `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`);
    handle.dataset.lat = next[1].toFixed(3);
    handle.dataset.lon = next[0].toFixed(3);
    handle.setAttribute('aria-label', `Launch point: ${isHome() ? launchName : 'moved'}, ${formatCoordinate(next[1], next[0])}`);
    for (const ring of rings) {
      const polygon = geodesicRing(next, ring.km);
      ring.area.setAttribute('d', path(polygon) ?? '');
      ring.line.setAttribute('d', path({ type: 'LineString', coordinates: polygon.coordinates[0]! }) ?? '');
    }
    for (const place of withRangeFlags(places, next, primaryKm)) {
      const km = Math.round(place.distanceKm);
      const words = placeDescription({ ...place, distanceKm: km });
      place.element.dataset.inRange = String(place.inRange);
      place.element.dataset.distanceKm = String(km);
      place.element.setAttribute('aria-label', words);
      place.element.querySelector('title')!.textContent = words;
      place.element.querySelector('.map-place-distance')!.textContent = formatDistance(km);
      if (place.row) {
        place.row.querySelector('[data-cell="distance"]')!.textContent = formatDistance(km);
        place.row.querySelector('[data-cell="in-range"]')!.textContent = place.inRange ? 'Yes' : 'No';
      }
    }
    for (const button of presetButtons) {
      const same = samePoint([Number(button.dataset.presetLon), Number(button.dataset.presetLat)], next);
      button.setAttribute('aria-pressed', String(same));
    }
  }

  // Compared at the precision the address keeps (formatLaunchParam), so a shared link of a preset or the
  // default view reopens as that preset or the default.
  const samePoint = (a: LonLat, b: LonLat) => formatLaunchParam(a) === formatLaunchParam(b);
  const isHome = () => samePoint(launch, home);
  /** Inside the map's frame: a point the reader can see and drag. */
  const onMap = (point: LonLat) => {
    const xy = projection(point as [number, number]);
    return !!xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= params.width && xy[1] <= params.height;
  };

  /** After a move settles: say what changed, and put the view in the address so a shared link keeps it. */
  function settle() {
    const inRange = places.filter((place) => place.element.dataset.inRange === 'true').length;
    summary.textContent = rangeSummary(inRange, places.length, rangeLabel);
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
    return lonLat ? [lonLat[0], lonLat[1]] : null;
  };
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('is-dragging');
    handle.focus({ preventScroll: true });
  });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    const next = toLonLat(event);
    if (next) render(next);
  });
  const endDrag = (event: PointerEvent) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    handle.releasePointerCapture(event.pointerId);
    handle.classList.remove('is-dragging');
    settle();
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
    const next = destination(launch, bearing, event.shiftKey ? BIG_STEP_KM : STEP_KM);
    // Stay on the map: a keyboard user must never push the point out of sight.
    if (onMap(next)) moveTo(next);
  });

  for (const button of presetButtons) {
    button.addEventListener('click', () => moveTo([Number(button.dataset.presetLon), Number(button.dataset.presetLat)]));
  }
  figure.querySelector('[data-map-reset]')?.addEventListener('click', () => moveTo(home));

  // Swap the no-script hint for the controls in the same fixed-height bar: nothing below moves.
  figure.querySelector<HTMLElement>('[data-map-hint]')?.setAttribute('hidden', '');
  figure.querySelector<HTMLElement>('[data-map-presets]')?.removeAttribute('hidden');
  figure.dataset.interactive = 'true';

  enhanceEmbedControl(figure);

  // A shared point off this map (or on the far side of the globe) is ignored like any invalid value.
  const asked = launchFromSearch(new URLSearchParams(window.location.search), id, isFirstOnPage);
  const fromUrl = asked && onMap(asked) ? asked : null;
  render(fromUrl ?? home);
  if (fromUrl) summary.textContent = rangeSummary(places.filter((p) => p.element.dataset.inRange === 'true').length, places.length, rangeLabel);
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
