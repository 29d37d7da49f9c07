/** The preset buttons are toggles: the one whose point is shown is pressed. */
import type { LonLat } from '../../lib/geo/distance.ts';
import { sameLaunch } from '../../lib/maps/launch-param.ts';
import * as MAP_ATTR from '../../lib/maps/map-markup.ts';

export function markPresets(buttons: HTMLButtonElement[], launch: LonLat) {
  for (const button of buttons) {
    const preset: LonLat = [Number(button.getAttribute(MAP_ATTR.presetLon)), Number(button.getAttribute(MAP_ATTR.presetLat))];
    button.setAttribute('aria-pressed', String(sameLaunch(preset, launch)));
  }
}
