/**
 * The town search's combobox, as WAI-ARIA 1.2 describes one with a listbox popup: the input keeps focus
 * while the arrow keys move `aria-activedescendant` through the suggestions; Enter picks the active one
 * (or the first), Escape closes the list, or clears the box when the list is closed; a tap or a click picks one.
 */
import type { Suggestion } from '../../lib/gazetteer/index.ts';

export interface ComboboxHandlers {
  pick: (suggestion: Suggestion) => void;
  /** The reader emptied the box. */
  cleared: () => void;
}

/** The longest query read from the box (its maxlength too): no town's name is longer. */
const MAX_QUERY = 80;

export function enableCombobox(box: HTMLElement, on: ComboboxHandlers) {
  const input = box.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const list = box.querySelector<HTMLElement>('[role="listbox"]')!;
  let options: readonly Suggestion[] = [];
  let active = -1;
  const optionId = (index: number) => `${list.id}-${index}`;

  function render() {
    list.replaceChildren(...options.map((suggestion, index) => optionElement(suggestion, optionId(index), index === active)));
    list.hidden = !options.length;
    input.setAttribute('aria-expanded', String(options.length > 0));
    if (active < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', optionId(active));
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  }
  const offer = (next: readonly Suggestion[]) => {
    options = next;
    active = -1;
    render();
  };
  function choose(index: number) {
    const suggestion = options[index];
    if (!suggestion) return;
    input.value = suggestion.town[1];
    offer([]);
    on.pick(suggestion);
  }
  input.addEventListener('keydown', (event) => {
    const open = options.length > 0;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open) {
      active = (active + (event.key === 'ArrowDown' ? 1 : options.length - 1 + (active < 0 ? 1 : 0))) % options.length;
      render();
    } else if (event.key === 'Enter' && open) choose(Math.max(active, 0));
    else if (event.key === 'Escape' && open) offer([]);
    else if (event.key === 'Escape' && input.value) {
      input.value = '';
      on.cleared();
    } else return;
    event.preventDefault();
  });
  input.addEventListener('input', () => {
    if (!input.value.trim()) on.cleared();
  });
  input.addEventListener('blur', () => offer([]));
  // A press on a suggestion keeps the focus in the box, so the list is still there for the click.
  list.addEventListener('pointerdown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (!option) return;
    choose([...list.children].indexOf(option));
    // On a touch screen the keyboard goes, so the map and its answer show.
    if (matchMedia('(pointer: coarse)').matches) input.blur();
  });
  return { input, offer, text: () => input.value.slice(0, MAX_QUERY) };
}

/** A suggestion as the list shows it: `Springfield, US · Illinois`, `Kyiv (Kiev), UA · Kyiv City` (the gazetteer's label). */
function optionElement(suggestion: Suggestion, id: string, selected: boolean): HTMLLIElement {
  const option = document.createElement('li');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', String(selected));
  option.textContent = suggestion.label;
  return option;
}
