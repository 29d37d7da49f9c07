/**
 * A map's own parameters in the page address, so a shared link reopens the view the reader saw: `<name>`
 * (`launch`, `place`) speaks for the page's first map, `<name>-<map id>` for any map, and wins over the first.
 */

export function mapParamName(name: string, mapId: string, isFirstOnPage: boolean): string {
  return isFirstOnPage ? name : `${name}-${mapId}`;
}

/** The raw value a page address gives this map for `name`, or null: the map's own parameter wins. */
export function mapParamValue(search: URLSearchParams, name: string, mapId: string, isFirstOnPage: boolean): string | null {
  return search.get(`${name}-${mapId}`) ?? (isFirstOnPage ? search.get(name) : null);
}
