/**
 * A range map's legend, entry by entry: a row per ring, the launch point, places in and out of range,
 * and reported strikes when the map marks any. RangeMap.astro prints it; the embed code's starting
 * height (src/lib/embed/snippet.ts) allows a row for each entry.
 */
import { formatKm } from './format.ts';
import type { RangeMapModel } from './range-map-model.ts';

export type LegendSymbol =
  { kind: 'ring'; index: number; km: number } | { kind: 'launch' } | { kind: 'place'; inRange: boolean } | { kind: 'strike'; region: boolean };

export interface LegendEntry {
  symbol: LegendSymbol;
  text: string;
}

export function legendEntries(model: RangeMapModel): LegendEntry[] {
  // A filled dot answers for the first ring (MAP_ATTR.inRange, map-markup.ts); with several rings the legend says which.
  const first = model.rings.length > 1 ? formatKm(model.rings[0]!.km) : undefined;
  return [
    ...model.rings.map((ring, index) => ({ symbol: { kind: 'ring', index, km: ring.km } as const, text: `${ring.label} range, ${ring.source}` })),
    { symbol: { kind: 'launch' }, text: `Launch point: ${model.launch.label}` },
    { symbol: { kind: 'place', inRange: true }, text: first ? `Place within ${first}` : 'Place within range' },
    { symbol: { kind: 'place', inRange: false }, text: first ? `Place outside ${first}` : 'Place out of range' },
    ...(model.places.some((place) => place.strike && !place.strike.region)
      ? [{ symbol: { kind: 'strike', region: false } as const, text: 'Reported strike' }]
      : []),
    ...(model.places.some((place) => place.strike?.region)
      ? [{ symbol: { kind: 'strike', region: true } as const, text: 'Reported strike in the region of the city ringed' }]
      : []),
  ];
}

/**
 * The dates the strike marks stand for, under the key: `Reported strikes: Zaporizhzhia region, 30 December
 * 2023; Kharkiv, 2 and 6 January and 7 February 2024.` One line for all, so the table's rows stay short.
 */
export function strikeDates(model: RangeMapModel): string | undefined {
  const struck = model.places.filter((place) => place.strike);
  if (!struck.length) return undefined;
  return `Reported strikes: ${struck.map((place) => `${place.strike!.region ? `${place.name} region` : place.name}, ${place.strike!.days}`).join('; ')}.`;
}
