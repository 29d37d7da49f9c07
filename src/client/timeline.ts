/**
 * Timeline behaviour: copy an entry's permalink, highlight the entry a link points to, and tie entries
 * to their places on the map (both ways). Everything it does is also reachable without it: entries
 * have plain anchor links and :target styling.
 */
// The map's names only, its selectors written out here: code shared with the map's script (mapSelector) would be
// split into a third file that both scripts wait for.
import * as MAP_ATTR from '../lib/maps/map-markup.ts';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A timeline's entries and the map it is tied to, if any. */
interface Timeline {
  root: HTMLElement;
  map: HTMLElement | null;
  entries: HTMLLIElement[];
  /** The disclosure that opens the full timeline, beyond the key events. */
  showAll: HTMLDetailsElement | null;
}

function enhance(root: HTMLElement) {
  const mapId = root.dataset.timelineMap;
  const timeline: Timeline = {
    root,
    map: mapId ? document.querySelector<HTMLElement>(`figure[${MAP_ATTR.map}="${mapId}"]`) : null,
    entries: [...root.querySelectorAll<HTMLLIElement>('li[data-event]')],
    showAll: root.querySelector<HTMLDetailsElement>('details[data-timeline-all]'),
  };
  for (const entry of timeline.entries) {
    highlightOnHover(timeline, entry);
    enableCopyLink(timeline, entry);
  }
  tiePlacesToEntries(timeline);
  window.addEventListener('hashchange', () => follow(timeline));
  follow(timeline);
}

/**
 * Marks one place on the map (or none), and the entries that go with it. Unless the
 * reader picked the place on the map, the map is told to name it too.
 */
function highlight({ map, entries }: Timeline, placeId: string | undefined, entryIds: string[], fromMap = false) {
  map?.querySelectorAll(`[${MAP_ATTR.place}].is-highlighted`).forEach((el) => el.classList.remove('is-highlighted'));
  if (placeId) map?.querySelector(`[${MAP_ATTR.place}="${placeId}"]`)?.classList.add('is-highlighted');
  // The map names the place and its distance in a callout (range-map/callouts.ts).
  if (!fromMap) map?.dispatchEvent(new CustomEvent('rangemap:show-place', { detail: placeId ?? null }));
  for (const entry of entries) entry.classList.toggle('is-highlighted', entryIds.includes(entry.id));
}

/** The entry the page's address points to, if any. */
const targeted = ({ entries }: Timeline) => entries.find((entry) => `#${entry.id}` === window.location.hash);

/** Back to highlighting the entry the address points to (and its place), or nothing. */
function restore(timeline: Timeline) {
  const entry = targeted(timeline);
  highlight(timeline, entry?.dataset.place, entry ? [entry.id] : []);
}

/** Pointing at or focusing an entry highlights it and its place, until the pointer or focus leaves it. */
function highlightOnHover(timeline: Timeline, entry: HTMLLIElement) {
  const show = () => highlight(timeline, entry.dataset.place, [entry.id]);
  entry.addEventListener('mouseenter', show);
  entry.addEventListener('focusin', show);
  entry.addEventListener('mouseleave', () => restore(timeline));
  entry.addEventListener('focusout', (event) => {
    if (!entry.contains(event.relatedTarget as Node | null)) restore(timeline);
  });
}

/** The entry's copy-link button: puts the entry's permalink in the address and on the clipboard, and says whether the copy worked. */
function enableCopyLink(timeline: Timeline, entry: HTMLLIElement) {
  const link = entry.querySelector<HTMLAnchorElement>('[data-copy-link]');
  const status = entry.querySelector<HTMLElement>('[data-copy-status]');
  link?.addEventListener('click', async (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.hash = entry.id;
    // Keep the address (with any map state) and move to the entry, as following the link would.
    history.replaceState(history.state, '', url);
    entry.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
    entry.focus({ preventScroll: true });
    restore(timeline);
    try {
      await navigator.clipboard.writeText(url.href);
      if (status) status.textContent = 'Link copied';
    } catch {
      if (status) status.textContent = 'Copy this page’s address to share the entry';
    }
    window.setTimeout(() => status && (status.textContent = ''), 4000);
  });
}

/**
 * A place on the map with events: picking it (range-map/callouts.ts names the place a tap means) picks
 * out those entries, without moving the page; the map's readout links to them (MAP_ATTR.eventsHref). The
 * map script owns the place's label (it changes as the launch point moves), so the hint goes in a
 * description instead.
 */
function tiePlacesToEntries(timeline: Timeline) {
  const { root, map, entries, showAll } = timeline;
  const hint = root.querySelector<HTMLElement>('[data-place-hint]');
  const placeEntries = new Map<string, HTMLLIElement[]>();
  map?.querySelectorAll<SVGGElement>(`[${MAP_ATTR.place}]`).forEach((place) => {
    const placeId = place.getAttribute(MAP_ATTR.place)!;
    const related = entries.filter((entry) => entry.dataset.place === placeId);
    if (related.length === 0) return;
    placeEntries.set(placeId, related);
    if (hint) place.setAttribute('aria-describedby', hint.id);
    place.setAttribute(MAP_ATTR.hasEvents, String(related.length));
    place.setAttribute(MAP_ATTR.eventsHref, `#${related[0]!.id}`);
  });
  map?.addEventListener('rangemap:place-picked', (event) => {
    // A place without entries, or none (the reader tapped away), leaves no entry picked out.
    const placeId = (event as CustomEvent<string | null>).detail;
    const related = (placeId && placeEntries.get(placeId)) || [];
    highlight(
      timeline,
      placeId ?? undefined,
      related.map((entry) => entry.id),
      true,
    );
  });

  // The map's link to a place's entries (in its readout) opens the full timeline: some may be hidden.
  map?.addEventListener('click', (event) => {
    if (showAll && (event.target as Element).closest(`[${MAP_ATTR.readout}] a[href^="#"]`)) showAll.open = true;
  });
}

/**
 * A followed permalink: CSS already shows the entry in full (:target). One that is not a key event
 * reads better among its neighbours, so open the full timeline around it and keep it in view.
 */
function follow(timeline: Timeline) {
  const entry = targeted(timeline);
  const { showAll } = timeline;
  if (entry && !entry.dataset.key && showAll && !showAll.open) {
    showAll.open = true;
    entry.scrollIntoView({ block: 'start' });
  }
  restore(timeline);
}

document.querySelectorAll<HTMLElement>('[data-timeline]').forEach(enhance);
