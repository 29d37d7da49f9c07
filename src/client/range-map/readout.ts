/**
 * The line under the map that says what the reader is looking at: the launch point and its coordinates,
 * or the tapped place in full (distance in km and miles, ring), with a link to its timeline entries.
 * Coordinates and long words live here, not on the map.
 */
import { formatCoordinate, placeDescription } from '../../lib/maps/format.ts';
import { launchName } from '../../lib/maps/map-copy.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';
import type { MapDrawing, MapView } from './redraw.ts';

export function drawReadout(drawing: MapDrawing, { launch, view, callout, places }: MapView) {
  const { readout } = drawing.elements;
  if (!readout) return;
  const place = callout ? places.find((p) => p.id === callout) : undefined;
  if (!place) {
    readout.textContent = `Launch point: ${launchName(view)}, ${formatCoordinate(launch[1], launch[0])}.`;
    return;
  }
  const ringsKm = drawing.state.rings.map((ring) => ring.km);
  readout.textContent = `${placeDescription(place, ringsKm)}. `;
  // The timeline script marks places that have entries (their first's link, and how many).
  const marker = drawing.elements.places.find((p) => p.id === place.id)?.element;
  const href = marker?.getAttribute(MAP_ATTR.eventsHref);
  if (!marker || !href) return;
  const count = Number(marker.getAttribute(MAP_ATTR.hasEvents) ?? '1');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = `${count} timeline ${count === 1 ? 'entry' : 'entries'} ↓`;
  readout.append(link);
}
