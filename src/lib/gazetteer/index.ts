/** The gazetteer as the reader's browser uses it: every name here is safe to bundle (no Node module). */
export { GAZETTEER_DIR, townNames, type TownRecord } from './town-record.ts';
export { foldName } from './fold-name.ts';
export { townQuery, type TownQuery } from './town-query.ts';
export { shardPathForId, shardPathForQuery, type GazetteerIndex } from './shard-path.ts';
export { suggest, SUGGESTION_LIMIT, townById, townLabel, type Suggestion } from './suggest.ts';
