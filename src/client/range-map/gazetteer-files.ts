/**
 * The gazetteer's static files (src/lib/gazetteer: index.json, then one shard per lookup), fetched from the
 * site itself, each once per page. A failed fetch is forgotten, so the next lookup tries again.
 */
import { shardPathForId, shardPathForQuery, suggest, townById, type GazetteerIndex, type Suggestion, type TownRecord } from '../../lib/gazetteer/index.ts';

export function gazetteerFiles(folder: string) {
  const files = new Map<string, Promise<unknown>>();
  const json = <T>(path: string): Promise<T> => {
    let file = files.get(path);
    if (!file) {
      file = fetch(new URL(path, new URL(folder, window.location.href)), { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return response.json();
      });
      files.set(path, file);
      file.catch(() => files.delete(path));
    }
    return file as Promise<T>;
  };
  const index = () => json<GazetteerIndex>('index.json');
  return {
    /** The towns a query suggests, best first; null when no town's name starts like it (nothing is fetched but the index). */
    async suggestions(query: string): Promise<Suggestion[] | null> {
      const path = shardPathForQuery(await index(), query);
      return path ? suggest(await json<TownRecord[]>(path), query) : null;
    },
    async town(id: number): Promise<TownRecord | undefined> {
      const path = shardPathForId(await index(), id);
      return path ? townById(await json<TownRecord[]>(path), id) : undefined;
    },
  };
}
