/** The preset buttons are toggles: the one whose point is shown is pressed. */
import type { LonLat } from '../../lib/geo/distance.ts';
import { sameLaunch } from '../../lib/maps/launch-param.ts';

export function markPresets(buttons: HTMLButtonElement[], launch: LonLat) {
  for (const button of buttons) {
    const preset: LonLat = [Number(button.dataset.presetLon), Number(button.dataset.presetLat)];
    button.setAttribute('aria-pressed', String(sameLaunch(preset, launch)));
  }
}
