/**
 * The town search (loaded on demand by town-box.ts): a WAI-ARIA 1.2 combobox over the gazetteer. Typing
 * suggests towns (arrow keys move through them, Enter or a tap picks one, Escape closes the list, or clears
 * the box when it is closed); the map then marks the town and says how far it is (the instrument's
 * showTown), and the address keeps its GeoNames id. "Use my location" asks the browser for the reader's
 * position only when pressed, and that position never leaves the page: it is neither sent nor put in the address.
 */
import { foldName, type Suggestion } from '../../lib/gazetteer/index.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import { mapSelector } from '../../lib/maps/map-markup-helpers.ts';
import { readerPosition, townFromRecord, type SearchedTown } from '../../lib/maps/town-words.ts';
import { writePlaceToAddress } from './address.ts';
import { enableCombobox } from './combobox.ts';
import { gazetteerFiles } from './gazetteer-files.ts';

export interface TownSearchOptions {
  mapId: string;
  isFirstOnPage: boolean;
  showTown: (town: SearchedTown | null) => void;
}

export type TownSearch = ReturnType<typeof createTownSearch>;

/** A lookup waits this long after the last key, so a name typed quickly costs one shard, not one per letter. */
export const TYPING_PAUSE_MS = 120;

const NO_SUCH_PLACE = 'No such place: the link names no town we know.';

export function createTownSearch(box: HTMLElement, { mapId, isFirstOnPage, showTown }: TownSearchOptions) {
  const status = box.querySelector<HTMLElement>(mapSelector(MAP_ATTR.townStatus))!;
  const gazetteer = gazetteerFiles(box.getAttribute(MAP_ATTR.townSearch)!);
  let shown = false;
  const show = (town: SearchedTown | null) => {
    shown = town !== null;
    showTown(town);
    writePlaceToAddress(mapId, isFirstOnPage, town?.id ?? null);
  };
  const combobox = enableCombobox(box, {
    pick: (suggestion: Suggestion) => show(townFromRecord(suggestion.town)),
    cleared: () => {
      status.textContent = '';
      if (shown) show(null);
    },
  });

  let typed = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;
  async function lookUp(text: string, ticket: number) {
    try {
      const found = await gazetteer.suggestions(text);
      if (ticket !== typed) return;
      combobox.offer(found ?? []);
      status.textContent = !found?.length ? `No such place: no town of 1,000 people or more is called “${text.slice(0, 40)}”.` : '';
    } catch (error) {
      if (ticket === typed) status.textContent = 'The list of towns could not load. Check your connection and try again.';
      console.error('The town search could not load its list:', error);
    }
  }
  const onType = () => {
    const ticket = ++typed;
    clearTimeout(pause);
    const text = combobox.text();
    if (foldName(text)) pause = setTimeout(() => void lookUp(text, ticket), TYPING_PAUSE_MS);
    else combobox.offer([]);
  };
  combobox.input.addEventListener('input', onType);
  // What the reader typed while this part loaded.
  if (combobox.text()) onType();

  return {
    /** A shared link's town: anything but a known GeoNames id shows "no such place" and changes nothing else. */
    async open(asked: number | 'not-an-id') {
      const record = asked === 'not-an-id' ? undefined : await gazetteer.town(asked).catch(() => undefined);
      if (!record) {
        status.textContent = NO_SUCH_PLACE;
        return;
      }
      combobox.input.value = record[1];
      show(townFromRecord(record));
    },
    locate: () =>
      locateReader(status, (town) => {
        combobox.input.value = '';
        combobox.offer([]);
        show(town);
      }),
  };
}

/** The reader's position, asked of the browser only now; it goes to the map and nowhere else. */
function locateReader(status: HTMLElement, found: (town: SearchedTown) => void) {
  if (!('geolocation' in navigator)) {
    status.textContent = 'This browser cannot give your location.';
    return;
  }
  status.textContent = 'Finding your location…';
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => found(readerPosition(coords.longitude, coords.latitude)),
    () => (status.textContent = 'Your location is not available: the browser did not give it. You can type your town instead.'),
    { maximumAge: 600_000, timeout: 20_000 },
  );
}
