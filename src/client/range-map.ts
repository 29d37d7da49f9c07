/**
 * Makes build-time range maps interactive: drag the launch point (mouse, touch, pen), move it with the
 * arrow keys, pick a preset, or come in from a shared link (?launch=lat,lon); tap, hover or focus a place
 * for its callout. The rings, flags, table, labels and words follow.
 *
 * This first part only listens. The instrument that redraws (projection, label placer, words, coverage:
 * most of the script) loads when a reader first reaches for a map's controls, or at once for a shared
 * point, so a reader who only reads downloads none of it. Actions taken while it loads wait for it, in order.
 */
import * as MAP_ATTR from '../lib/maps/map-markup.ts';
import { mapSelector } from '../lib/maps/map-markup-helpers.ts';
import { launchInAddress } from './range-map/address.ts';
import { enableCallouts } from './range-map/callouts.ts';
import { enableKeys } from './range-map/keys.ts';
import { onDemand } from './range-map/on-demand.ts';
import { enableDrag, type MapPoint } from './range-map/pointer.ts';
import { enableTownSearch } from './range-map/town-box.ts';

function enhance(figure: HTMLElement, isFirstOnPage: boolean) {
  const svg = figure.querySelector<SVGSVGElement>('svg.range-map__svg');
  const handle = figure.querySelector<SVGGElement>(mapSelector(MAP_ATTR.launch));
  // Once per figure, even if a host loads this script twice.
  if (!svg || !handle || figure.hasAttribute(MAP_ATTR.interactive)) return;
  const { send, started } = instrumentOf(figure, isFirstOnPage);
  // A hand on a control starts the download, so a drag or a tap rarely waits for it; a swipe that only
  // scrolls past the map does not.
  figure.addEventListener('focusin', () => send(() => {}));
  figure.addEventListener('pointerdown', (event) => {
    if ((event.target as Element).closest(`${mapSelector(MAP_ATTR.launch)}, ${mapSelector(MAP_ATTR.place)}, button`)) send(() => {});
  });

  const callouts = enableCallouts(
    figure,
    svg,
    [...svg.querySelectorAll<SVGGElement>(mapSelector(MAP_ATTR.place))].map((element) => ({ id: element.getAttribute(MAP_ATTR.place)!, element })),
    // Nothing to take away before the instrument has drawn anything.
    (placeId) => (placeId || started()) && send((map) => map.show(placeId)),
  );
  // Moves that arrive while the instrument loads are one move: to the latest point.
  let nextPoint: MapPoint | undefined;
  enableDrag(svg, handle, {
    move: (point) => {
      const queued = nextPoint !== undefined;
      nextPoint = point;
      if (queued) return;
      send((map) => {
        map.dragTo(nextPoint!);
        nextPoint = undefined;
      });
    },
    end: () => send((map) => map.settle()),
    tap: (x, y) => callouts.tapOnHandle(x, y, handle.querySelector('.map-launch-mark') ?? handle),
  });
  enableKeys(handle, { step: (bearing, big) => send((map) => map.step(bearing, big)), home: () => send((map) => map.home()) });
  figure
    .querySelectorAll<HTMLButtonElement>(mapSelector(MAP_ATTR.presetLat))
    .forEach((button, index) => button.addEventListener('click', () => send((map) => map.preset(index))));
  figure.querySelector(mapSelector(MAP_ATTR.reset))?.addEventListener('click', () => send((map) => map.home()));

  showControls(figure);
  enhanceEmbedControl(figure);
  enableTownSearch(figure, isFirstOnPage, (town) => send((map) => map.showTown(town)));
  const asked = launchInAddress(figure.getAttribute(MAP_ATTR.map)!, isFirstOnPage);
  if (asked) send((map) => map.open(asked));
}

/** The map's instrument, loaded on demand (on-demand.ts); actions sent before it has loaded wait for it, in order. */
function instrumentOf(figure: HTMLElement, isFirstOnPage: boolean) {
  return onDemand(
    () => import('./range-map/instrument.ts').then(({ createInstrument }) => createInstrument(figure, isFirstOnPage)),
    (error: unknown) => console.error('The map could not load its moving parts:', error),
  );
}

/** Swaps the no-script hint for the controls in the same fixed-height bar: nothing below moves. */
function showControls(figure: HTMLElement) {
  const hint = figure.querySelector<HTMLElement>(mapSelector(MAP_ATTR.hint));
  const presets = figure.querySelector<HTMLElement>(mapSelector(MAP_ATTR.presets));
  if (presets) {
    hint?.setAttribute('hidden', '');
    presets.removeAttribute('hidden');
  } else if (hint) {
    hint.textContent = 'Drag the ▲ launch point to move it, or focus it and use the arrow keys.';
  }
  // An embed keeps its controls in a disclosure under the map; this line says the point moves.
  figure.querySelector(mapSelector(MAP_ATTR.dragHint))?.removeAttribute('hidden');
  figure.setAttribute(MAP_ATTR.interactive, 'true');
}

/** The "Embed this map" control: a Copy button for the snippet, with a visible confirmation. */
function enhanceEmbedControl(figure: HTMLElement) {
  const button = figure.querySelector<HTMLButtonElement>(mapSelector(MAP_ATTR.embedCopy));
  const code = figure.querySelector<HTMLElement>(mapSelector(MAP_ATTR.embedSnippet));
  const status = figure.querySelector<HTMLElement>(mapSelector(MAP_ATTR.embedStatus));
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

document.querySelectorAll<HTMLElement>(`figure${mapSelector(MAP_ATTR.map)}`).forEach((figure, index) => enhance(figure, index === 0));
