/**
 * A map file (content/maps/<id>.yaml) as `npm run new-map` writes it: every field of the map schema,
 * what the command knows filled in, and `TODO` where only the editor can write (the title's finding, the
 * certainty note, each range's source). The map schema refuses any TODO left, naming the field.
 */
import { formatDistance } from '../maps/format.ts';
import { PLACEHOLDER } from '../schemas/placeholders.ts';

export interface MapScaffoldInput {
  launch: { label?: string; lat: number; lon: number };
  ranges: readonly number[];
  /** Place ids, most important first, each with a note on where it lies ("Ukraine, 612 km, inside 900 km"). */
  places: readonly { id: string; note: string }[];
  focusCountry: string;
  asOf?: string;
}

const quote = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
const todo = (what: string) => quote(`${PLACEHOLDER}: ${what}`);
const coordinate = (degrees: number) => degrees.toFixed(3);

export function mapScaffold({ launch, ranges, places, focusCountry, asOf }: MapScaffoldInput): string {
  return [
    '# Written by `npm run new-map`. Replace every TODO: the build refuses the map until none is left.',
    '# Then check the places (most important first: labels are placed in that order). See README "Add a map".',
    `title: ${todo('the finding, not the topic: what lies within range of what')}`,
    `description: ${todo('one sentence that says what the reader sees')}`,
    'launch:',
    `  label: ${launch.label ? quote(launch.label) : todo('what the launch point is, e.g. Belgorod region (illustrative)')}`,
    `  lat: ${coordinate(launch.lat)}`,
    `  lon: ${coordinate(launch.lon)}`,
    `  certainty: ${todo('how sure the launch point is, in words a reader understands')}`,
    '  # sources: optional, the sources of the certainty note with their evidence (README "Sources and their evidence")',
    '# presets: optional, other launch areas a reader can try, each with label, lat and lon',
    'ranges:',
    ...[...ranges]
      .sort((a, b) => a - b)
      .flatMap((km) => [`  - km: ${km}`, `    label: ${quote(formatDistance(km))}`, `    source: ${todo('who gives this range, and when')}`]),
    'places:',
    ...places.map(({ id, note }) => `  - ${id} # ${note}`),
    `focusCountry: ${focusCountry}`,
    '# extent: optional, a regional view: west, south, east, north in degrees (without it the map frames the largest ring whole)',
    '# centre: optional, without an extent: the lat and lon to centre the view on instead of the launch point',
    `asOf: ${asOf ?? todo('YYYY-MM-DD, the date the map’s facts are current to')}`,
    '',
  ].join('\n');
}
