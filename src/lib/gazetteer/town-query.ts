/**
 * What a reader types, read as a town's name and, after a comma, words that narrow it by country or
 * region: "springfield, ill" finds Springfield, US · Illinois; "san jose, cr" the one in Costa Rica. A
 * name that itself holds a comma ("Basford, Stoke-on-Trent") is still found by the whole query.
 */
import { foldName } from './fold-name.ts';

export interface TownQuery {
  /** The whole query, folded: the start of a name. */
  whole: string;
  /** The folded start of a name: what comes before the first comma. */
  name: string;
  /** Folded words, each the start of a word of the town's country code, region or name. */
  qualifiers: string[];
}

export function townQuery(query: string): TownQuery {
  const comma = query.indexOf(',');
  const qualifiers = comma < 0 ? '' : foldName(query.slice(comma + 1));
  return { whole: foldName(query), name: foldName(comma < 0 ? query : query.slice(0, comma)), qualifiers: qualifiers ? qualifiers.split(' ') : [] };
}
