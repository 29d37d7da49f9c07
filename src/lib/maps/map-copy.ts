/**
 * A map's words for the launch point shown: the title, description, finding and legend say where the
 * point is and how much of the focus country lies in range of it. At the map's own point the editor's
 * words stand; these are for a preset or a point the reader moved, in the browser, and for the build's
 * own finding. Shared by both so they say the same thing.
 */
import type { LonLat } from '../geo/distance.ts';
import { formatCoordinate, formatShare } from './format.ts';

/** Where the launch point is: the map's own point, a preset (by its button's words), or where the reader moved it. */
export type LaunchView = { kind: 'home'; label: string } | { kind: 'preset'; label: string; launchLabel: string } | { kind: 'moved'; point: LonLat };

/** What a map's words need besides the point: the focus country, and its rings' labels (`about 900 km (550 miles)`). */
export interface MapWordsInput {
  focusName: string;
  rangeLabels: readonly string[];
}

/** The short name the map writes beside a preset or a moved point: `Kursk region`, `Your point`. */
export function launchMapLabel(view: LaunchView): string {
  if (view.kind === 'moved') return 'Your point';
  return view.label;
}

/** The launch point in a sentence: `Belgorod region (illustrative)`, `the Kursk region`, `your point, 50.20° N, 35.90° E`. */
export function launchPhrase(view: LaunchView): string {
  if (view.kind === 'home') return view.label;
  if (view.kind === 'moved') return `your point, ${formatCoordinate(view.point[1], view.point[0])}`;
  return /\b(region|area|province|oblast|district|coast|peninsula)$/i.test(view.label) ? `the ${view.label}` : view.label;
}

/** The legend's and the handle's name for the point: the editor's, the preset's (`Kursk region (illustrative)`), or `your point`. */
export function launchName(view: LaunchView): string {
  if (view.kind === 'home') return view.label;
  return view.kind === 'preset' ? view.launchLabel : 'your point';
}

const sentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `About 95% of Ukraine lies within about 900 km of the Kursk region`. */
export function titleAt(view: LaunchView, share: number, words: MapWordsInput): string {
  const range = words.rangeLabels[0]!.replace(/\s*\(.*\)$/, '');
  return `${sentenceStart(formatShare(share))} of ${words.focusName} lies within ${range} of ${launchPhrase(view)}`;
}

/** `The dashed ring marks about 900 km (550 miles) around the Kursk region.` */
export function descriptionAt(view: LaunchView, words: MapWordsInput): string {
  const [first, ...rest] = words.rangeLabels;
  const rings = rest.length ? `The rings mark ${[first, ...rest].join(' and ')}` : `The dashed ring marks ${first}`;
  return `${rings} around ${launchPhrase(view)}.`;
}

/** `By area, about 95% of Ukraine lies within about 900 km (550 miles) of the Kursk region. 14 of 18 …` */
export function findingAt(view: LaunchView, share: number, words: MapWordsInput, summary: string): string {
  return `By area, ${formatShare(share)} of ${words.focusName} lies within ${words.rangeLabels[0]} of ${launchPhrase(view)}. ${summary}`;
}
