/**
 * Timeline behaviour: copy an entry's permalink, highlight the entry a link points to, and tie entries
 * to their places on the map (both ways). Everything it does is also reachable without it: entries
 * have plain anchor links and :target styling.
 */

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function enhance(timeline: HTMLElement) {
  const mapId = timeline.dataset.timelineMap;
  const map = mapId ? document.querySelector<HTMLElement>(`figure[data-map="${mapId}"]`) : null;
  const entries = [...timeline.querySelectorAll<HTMLLIElement>('li[data-event]')];
  const showAll = timeline.querySelector<HTMLDetailsElement>('details[data-timeline-all]');

  /**
   * Marks one place on the map (or none), and the entries that go with it. Unless the
   * reader picked the place on the map, the map is told to name it too.
   */
  function highlight(placeId: string | undefined, entryIds: string[], fromMap = false) {
    map?.querySelectorAll('[data-place].is-highlighted').forEach((el) => el.classList.remove('is-highlighted'));
    if (placeId) map?.querySelector(`[data-place="${placeId}"]`)?.classList.add('is-highlighted');
    // The map names the place and its distance in a callout (range-map/callouts.ts).
    if (!fromMap) map?.dispatchEvent(new CustomEvent('rangemap:show-place', { detail: placeId ?? null }));
    for (const entry of entries) entry.classList.toggle('is-highlighted', entryIds.includes(entry.id));
  }

  const targeted = () => entries.find((entry) => `#${entry.id}` === window.location.hash);
  const restore = () => {
    const entry = targeted();
    highlight(entry?.dataset.place, entry ? [entry.id] : []);
  };
  /**
   * A followed permalink: CSS already shows the entry in full (:target). One that is not a key event
   * reads better among its neighbours, so open the full timeline around it and keep it in view.
   */
  const follow = () => {
    const entry = targeted();
    if (entry && !entry.dataset.key && showAll && !showAll.open) {
      showAll.open = true;
      entry.scrollIntoView({ block: 'start' });
    }
    restore();
  };

  for (const entry of entries) {
    const show = () => highlight(entry.dataset.place, [entry.id]);
    entry.addEventListener('mouseenter', show);
    entry.addEventListener('focusin', show);
    entry.addEventListener('mouseleave', restore);
    entry.addEventListener('focusout', (event) => {
      if (!entry.contains(event.relatedTarget as Node | null)) restore();
    });

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
      restore();
      try {
        await navigator.clipboard.writeText(url.href);
        if (status) status.textContent = 'Link copied';
      } catch {
        if (status) status.textContent = 'Copy this page’s address to share the entry';
      }
      window.setTimeout(() => status && (status.textContent = ''), 4000);
    });
  }

  // A place on the map with events: picking it (range-map/callouts.ts names the place a tap means) picks
  // out those entries, without moving the page; the map's readout links to them (data-events-href). The
  // map script owns the place's label (it changes as the launch point moves), so the hint goes in a
  // description instead.
  const hint = timeline.querySelector<HTMLElement>('[data-place-hint]');
  const placeEntries = new Map<string, HTMLLIElement[]>();
  map?.querySelectorAll<SVGGElement>('[data-place]').forEach((place) => {
    const related = entries.filter((entry) => entry.dataset.place === place.dataset.place);
    if (related.length === 0) return;
    placeEntries.set(place.dataset.place!, related);
    if (hint) place.setAttribute('aria-describedby', hint.id);
    place.dataset.hasEvents = String(related.length);
    place.dataset.eventsHref = `#${related[0]!.id}`;
  });
  map?.addEventListener('rangemap:place-picked', (event) => {
    const placeId = (event as CustomEvent<string>).detail;
    const related = placeEntries.get(placeId);
    if (related)
      highlight(
        placeId,
        related.map((entry) => entry.id),
        true,
      );
  });

  // The map's link to a place's entries (in its readout) opens the full timeline: some may be hidden.
  map?.addEventListener('click', (event) => {
    if (showAll && (event.target as Element).closest('[data-map-readout] a[href^="#"]')) showAll.open = true;
  });

  window.addEventListener('hashchange', follow);
  follow();
}

document.querySelectorAll<HTMLElement>('[data-timeline]').forEach(enhance);
