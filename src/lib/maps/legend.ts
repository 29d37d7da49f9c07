/**
 * A range map's legend, entry by entry: a row per ring, the launch point, places in and out of range,
 * and reported strikes when the map marks any. RangeMap.astro prints it; the embed code's starting
 * height (src/lib/embed/snippet.ts) allows a row for each entry.
 */
import type { RangeMapModel } from './range-map-model.ts';

export type LegendSymbol = { kind: 'ring'; index: number; km: number } | { kind: 'launch' } | { kind: 'place'; inRange: boolean } | { kind: 'strike' };

export interface LegendEntry {
  symbol: LegendSymbol;
  text: string;
}

export function legendEntries(model: RangeMapModel): LegendEntry[] {
  return [
    ...model.rings.map((ring, index) => ({ symbol: { kind: 'ring', index, km: ring.km } as const, text: `${ring.label} range, ${ring.source}` })),
    { symbol: { kind: 'launch' }, text: `Launch point: ${model.launch.label}` },
    { symbol: { kind: 'place', inRange: true }, text: 'Place within range' },
    { symbol: { kind: 'place', inRange: false }, text: 'Place out of range' },
    ...(model.places.some((place) => place.reportedStrike) ? [{ symbol: { kind: 'strike' } as const, text: 'Reported strike' }] : []),
  ];
}
