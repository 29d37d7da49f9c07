/**
 * Checks what the schemas cannot see alone: references from one content file to another.
 * Knows nothing of Astro; it takes plain entries and returns messages naming the file and the value.
 */

export interface ReferenceInput {
  articles: readonly { id: string; filePath?: string | undefined; body?: string | undefined }[];
  maps: readonly { id: string; filePath?: string | undefined; data: { places: readonly string[] } }[];
  places: readonly { id: string }[];
}

/** `<RangeMap id="…" />` as an editor writes it in MDX (either quote style, any spacing). */
const RANGE_MAP_TAG = /<RangeMap\b[^>]*?\bid\s*=\s*["']([^"']*)["']/g;

export function rangeMapIdsIn(body: string): string[] {
  return [...body.matchAll(RANGE_MAP_TAG)].map((match) => match[1]!);
}

export function referenceProblems({ articles, maps, places }: ReferenceInput): string[] {
  const problems: string[] = [];
  const mapIds = new Set(maps.map((map) => map.id));
  const placeIds = new Set(places.map((place) => place.id));
  const known = (ids: Set<string>) => [...ids].sort().join(', ');

  for (const article of articles) {
    for (const id of rangeMapIdsIn(article.body ?? '')) {
      if (!mapIds.has(id)) {
        problems.push(`${article.filePath ?? article.id}: <RangeMap id="${id}"> names a map that no file in content/maps/ defines (known maps: ${known(mapIds)})`);
      }
    }
  }
  for (const map of maps) {
    map.data.places.forEach((id, i) => {
      if (!placeIds.has(id)) {
        problems.push(`${map.filePath ?? map.id}: places[${i}] "${id}" is not a place in content/places/ (add content/places/${id}.yaml or fix the id)`);
      }
    });
  }
  return problems;
}
