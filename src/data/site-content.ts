/**
 * The site's content, loaded once per build, cross-checked, and shaped for components.
 * This is the one module that reads Astro's collections; everything it computes lives in src/lib.
 */
import { getCollection } from 'astro:content';
import { referenceProblems } from '../lib/content-references.ts';
import { countries } from '../lib/geo/world.ts';
import { buildRangeMapModel, type RangeMapModel } from '../lib/maps/range-map-model.ts';
import type { Place } from '../lib/schemas/place.ts';

async function load() {
  const [articles, mapEntries, placeEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('maps'),
    getCollection('places'),
  ]);
  const problems = referenceProblems({ articles, maps: mapEntries, places: placeEntries });
  if (problems.length) {
    throw new Error(`Content references are broken:\n  - ${problems.join('\n  - ')}`);
  }
  const places = new Map<string, Place>(placeEntries.map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
  return { articles, mapEntries, places };
}

let content: ReturnType<typeof load> | undefined;

/** Loads and checks all content; the first page to ask pays, the rest share the result. */
export function siteContent() {
  return (content ??= load());
}

const models = new Map<string, Promise<RangeMapModel>>();

/** The drawn model of one map; the article and the embed page share it. */
export function rangeMapModel(id: string): Promise<RangeMapModel> {
  let model = models.get(id);
  if (!model) {
    model = siteContent().then(({ mapEntries, places }) => {
      const entry = mapEntries.find((map) => map.id === id);
      if (!entry) throw new Error(`<RangeMap id="${id}">: no map with that id in content/maps/`);
      return buildRangeMapModel({ map: { id, ...entry.data }, places, countries: countries() });
    });
    models.set(id, model);
  }
  return model;
}
