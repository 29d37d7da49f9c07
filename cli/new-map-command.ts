/**
 * What `npm run new-map` does: a map file from a launch point, ranges and a focus country, with the place
 * files its default places need (never rewriting a place file that exists).
 */
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { countryByIso3 } from '../src/lib/geo/world.ts';
import { formatDistance } from '../src/lib/maps/format.ts';
import { defaultMapTowns, DEFAULT_PLACE_COUNT } from '../src/lib/scaffold/map-places.ts';
import { mapScaffold } from '../src/lib/scaffold/map-scaffold.ts';
import { placeIdFor, planPlaces } from '../src/lib/scaffold/place-scaffold.ts';
import { parseIsoDay } from '../src/lib/dates.ts';
import { placeSchema } from '../src/lib/schemas/place.ts';
import { MAX_RANGE_KM } from '../src/lib/schemas/map.ts';
import { isSlug } from '../src/lib/slug.ts';
import { countryCodeOf, existingPlaces } from './new-place-command.ts';
import { given, parseOptions, refuseExisting, runScaffold, shown, UsageError, writeFile, type ScaffoldIo } from './scaffold-io.ts';
import { chooseTown } from './town-choice.ts';

export const USAGE = `usage: npm run new-map -- --launch <place id or town> --range <km> [--range <km> …] --focus <ISO3> [options]
       npm run new-map -- --lat <degrees> --lon <degrees> --range <km> --focus <ISO3> [options]

Writes content/maps/<id>.yaml: the launch point, one ring per --range, the focus country whose share in
range the map reports, and well-spread default places: in each distance band (the first ring's inner and
outer half, between rings, and just outside the last) and each of eight directions, the most populous
GeoNames town, the largest of those kept so that every band has one and no two labels crowd. Writes
content/places/<id>.yaml for each town that has no place file yet (a place that exists is used as it
is, never rewritten). Where only the editor can write (title, description, the certainty note, each
range's source, asOf unless given) it writes TODO: the build refuses the map until none is left.
Asks in a terminal for what is missing; without one, the flags are required.

  --launch <place>   a place id in content/places/, or a town name looked up in GeoNames
  --lat, --lon       the launch point in degrees, instead of --launch
  --range <km>       a ring's radius in km; repeat for more rings
  --focus <ISO3>     the focus country, ISO alpha-3 (UKR)
  --places <n>       how many places to mark (default ${DEFAULT_PLACE_COUNT})
  --as-of YYYY-MM-DD the date the map's facts are current to (otherwise a TODO)
  --id <map-id>      the file name (default: the focus country and ranges, e.g. ukraine-900km)
  --force            overwrite an existing map file of that id (place files are never overwritten)
  --dir <folder>     where maps go (default content/maps)
  --places-dir <folder> where places are (default content/places)
  --help             show this help`;

export function newMap(argv: string[], io: ScaffoldIo): Promise<number> {
  return runScaffold('new-map', io, () => run(argv, io));
}

function parseMapOptions(argv: string[]) {
  return parseOptions(
    argv,
    {
      help: { type: 'boolean', short: 'h', default: false },
      launch: { type: 'string' },
      lat: { type: 'string' },
      lon: { type: 'string' },
      range: { type: 'string', multiple: true },
      focus: { type: 'string' },
      places: { type: 'string', default: String(DEFAULT_PLACE_COUNT) },
      'as-of': { type: 'string' },
      id: { type: 'string' },
      force: { type: 'boolean', default: false },
      dir: { type: 'string', default: 'content/maps' },
      'places-dir': { type: 'string', default: 'content/places' },
    },
    USAGE,
  ).values;
}

type MapOptions = ReturnType<typeof parseMapOptions>;

async function run(argv: string[], io: ScaffoldIo): Promise<void> {
  const options = parseMapOptions(argv);
  if (options.help) return io.log(USAGE);
  const placesDir = resolve(io.cwd, options['places-dir']);
  const launch = await launchPoint(io, options, placesDir);
  const ranges = await rangesKm(io, options.range);
  const focus = (await given(io, options.focus, 'Focus country, ISO alpha-3 (e.g. UKR)', '--focus <ISO3>')).toUpperCase();
  const country = countryByIso3(focus);
  if (!country) throw new UsageError(`--focus "${focus}" is not the ISO alpha-3 code of a country the maps draw`);
  const count = Number(options.places);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--places "${options.places}" must be a whole number of places, at least 1`);
  if (options['as-of'] !== undefined && !parseIsoDay(options['as-of'])) throw new UsageError(`--as-of "${options['as-of']}" is not a real date (YYYY-MM-DD)`);
  const id = options.id ?? `${placeIdFor(country.properties.name)}-${ranges.join('-')}km`;
  if (!isSlug(id)) throw new UsageError(`--id "${id}" must be lowercase words joined by hyphens`);
  const mapPath = join(resolve(io.cwd, options.dir), `${id}.yaml`);
  await refuseExisting(io, [mapPath], options.force, 'pass --force to overwrite it, or --id to choose another name');

  const iso3 = await countryCodeOf(io);
  const picks = defaultMapTowns(await io.towns(), { launch: [launch.lon, launch.lat], ranges, inFocusCountry: (town) => iso3(town) === focus, count });
  if (!picks.length) throw new UsageError(`no GeoNames town lies within ${formatDistance(ranges.at(-1)! * 1.25)} of the launch point`);
  const plans = planPlaces(
    picks.map(({ town }) => ({ town, iso3: iso3(town) })),
    await existingPlaces(io, placesDir),
  );
  for (const plan of plans) {
    if (plan.scaffold) await writeFile(io, join(placesDir, `${plan.id}.yaml`), plan.scaffold.yaml, false);
  }
  const places = plans.map((plan, i) => ({ id: plan.id, note: `${iso3(plan.town)}, ${Math.round(picks[i]!.distanceKm)} km, ${picks[i]!.band.says}` }));
  await writeFile(io, mapPath, mapScaffold({ launch, ranges, places, focusCountry: focus, asOf: options['as-of'] }), options.force);
  for (const plan of plans) io.log(`${plan.scaffold ? 'wrote' : 'uses '} ${shown(io, join(placesDir, `${plan.id}.yaml`))}`);
  io.log(shown(io, mapPath));
}

/** The launch point: coordinates, a place file, or a GeoNames town. */
async function launchPoint(io: ScaffoldIo, options: MapOptions, placesDir: string): Promise<{ label?: string; lat: number; lon: number }> {
  if (options.lat !== undefined || options.lon !== undefined) {
    if (options.launch !== undefined) throw new UsageError('give --launch or --lat/--lon, not both');
    const [lat, lon] = [Number(options.lat), Number(options.lon)];
    if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180))
      throw new UsageError(`--lat ${options.lat} --lon ${options.lon} is not a point on the globe (both are needed)`);
    return { lat, lon };
  }
  const launch = await given(io, options.launch, 'Launch point: a place id or a town', '--launch <place id or town>, or --lat and --lon');
  const placeFile = join(placesDir, `${launch}.yaml`);
  if (isSlug(launch) && (await io.exists(placeFile))) {
    const place = placeSchema.safeParse(parse(await io.readText(placeFile)));
    if (!place.success) throw new UsageError(`${shown(io, placeFile)} is not a valid place yet: ${place.error.issues[0]!.message}`);
    return { label: place.data.name, lat: place.data.lat, lon: place.data.lon };
  }
  const town = await chooseTown(io, {
    name: launch,
    howToChoose: 'pass a place id (npm run new-place -- "<town>" --geonames <id> writes one), or --lat and --lon',
  });
  const [lon, lat] = town.loc.coordinates;
  return { label: town.name, lat, lon };
}

async function rangesKm(io: ScaffoldIo, flags: string[] | undefined): Promise<number[]> {
  const texts = flags?.length ? flags : (await given(io, undefined, 'Ranges in km (e.g. 900 or 3000 5500)', '--range <km>')).split(/[\s,]+/);
  const kms = texts.map(Number);
  for (const [i, km] of kms.entries()) {
    if (!(km > 0 && km <= MAX_RANGE_KM)) throw new UsageError(`range "${texts[i]}" must be a number of km, above 0 and at most ${MAX_RANGE_KM}`);
  }
  if (new Set(kms).size !== kms.length) throw new UsageError(`a range is given twice: ${texts.join(', ')}`);
  return kms.sort((a, b) => a - b);
}
