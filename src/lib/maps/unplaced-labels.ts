/**
 * The build's report of the names a map has no spot for. Nothing is lost: a place is still named in the
 * distance table and in the callout its marker shows on tap, hover or focus; the launch point in the
 * legend. The editor reads which, to shorten a name or mark fewer places.
 */
import type { RangeMapModel } from './range-map-model.ts';
import { LAYOUT_WORDS, type UnplacedLabel } from './map-labels.ts';

/** One line per name, e.g. `content/maps/x.yaml: the label "Zaporizhzhia" of place zaporizhzhia (86 px wide …) cannot be placed …`. */
export function unplacedLabelLines(model: RangeMapModel): string[] {
  const byId = new Map<string, UnplacedLabel[]>();
  for (const label of Object.values(model.labels).flatMap((set) => set.unplaced)) byId.set(label.id, [...(byId.get(label.id) ?? []), label]);
  return [...byId].map(([id, labels]) => {
    const widths = labels.map((label) => `${label.width} px wide on ${LAYOUT_WORDS[label.layout]}`).join('; ');
    const what = id === 'launch' ? `the launch label "${labels[0]!.text}" (launch.label)` : `the label "${labels[0]!.text}" of place ${id}`;
    const where = id === 'launch' ? 'it is named in the legend' : 'it is named in the table and its tap callout';
    return `content/maps/${model.id}.yaml: ${what} (${widths}, in a map ${model.width} px wide) cannot be placed on the map; ${where}`;
  });
}
