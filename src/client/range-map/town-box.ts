/**
 * The town search's first part (the box shows once the map is interactive: range-map.css): it loads the search itself
 * (town-search.ts: the gazetteer's files, the matcher, the combobox) only when the reader focuses the box or
 * presses "Use my location", or at once for a shared `?place=`. Nothing is fetched before then.
 */
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { mapSelector } from '../../lib/maps/map-markup-helpers.ts';
import { placeFromSearch } from '../../lib/maps/place-param.ts';
import type { SearchedTown } from '../../lib/maps/town-words.ts';
import { onDemand } from './on-demand.ts';

export function enableTownSearch(figure: HTMLElement, isFirstOnPage: boolean, showTown: (town: SearchedTown | null) => void) {
  const box = figure.querySelector<HTMLElement>(mapSelector(MAP_ATTR.townSearch));
  const status = box?.querySelector<HTMLElement>(mapSelector(MAP_ATTR.townStatus));
  if (!box || !status) return;
  const mapId = figure.getAttribute(MAP_ATTR.map)!;
  const { send } = onDemand(
    () => import('./town-search.ts').then(({ createTownSearch }) => createTownSearch(box, { mapId, isFirstOnPage, showTown })),
    (error: unknown) => {
      status.textContent = 'The town search could not load. Check your connection and try again.';
      console.error('The town search could not load:', error);
    },
  );
  box.addEventListener('focusin', () => send(() => {}));
  box.querySelector(mapSelector(MAP_ATTR.townLocate))?.addEventListener('click', () => send((search) => search.locate()));
  const asked = placeFromSearch(new URLSearchParams(window.location.search), mapId, isFirstOnPage);
  if (asked !== null) {
    // The answer is what a shared link is for: where the box sits in a closed disclosure (an embed's), open it.
    box.closest('details')?.setAttribute('open', '');
    send((search) => search.open(asked));
  }
}
