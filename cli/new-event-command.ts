/**
 * What `npm run new-event` does: one timeline event with every field, placeholders where the editor writes.
 */
import { join, resolve } from 'node:path';
import { slugFromHeadline } from '../src/lib/wire-story.ts';
import { eventScaffold } from '../src/lib/scaffold/event-scaffold.ts';
import { parseIsoDay } from '../src/lib/dates.ts';
import { isSlug, slugWords } from '../src/lib/slug.ts';
import { given, parseOptions, refuseExisting, runScaffold, shown, UsageError, writeFile, type ScaffoldIo } from './scaffold-io.ts';

export const USAGE = `usage: npm run new-event -- --timeline <id> --date <YYYY-MM-DD|YYYY-MM> "<title>" [--name <name>] [--force]

Writes content/events/<timeline>/<date>-<name>.yaml with every field of an event: the date and title
given, TODO placeholders for what only the editor can write (text, kind, claimant, attribution,
confidence, the source and its evidence), and the optional fields as comments. The build refuses the
event, naming each field, until no TODO is left. The name is made from the title (at most six words)
unless given. Asks in a terminal for what is missing; without one, the flags and the title are required.

  --timeline <id>   a timeline in content/timelines/
  --date <date>     YYYY-MM-DD, or YYYY-MM when only the month is known
  --name <name>     the file name after the date (lowercase words joined by hyphens)
  --force           overwrite an existing event file of that name
  --dir <folder>    where events go (default content/events)
  --timelines-dir <folder>  where timelines are (default content/timelines)
  --claimants-dir <folder>  where claimants are (default content/claimants)
  --help            show this help`;

const yamlIds = async (io: ScaffoldIo, folder: string) =>
  (await io.list(folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();

export function newEvent(argv: string[], io: ScaffoldIo): Promise<number> {
  return runScaffold('new-event', io, () => run(argv, io));
}

async function run(argv: string[], io: ScaffoldIo): Promise<void> {
  const { values, positionals } = parseOptions(
    argv,
    {
      help: { type: 'boolean', short: 'h', default: false },
      timeline: { type: 'string' },
      date: { type: 'string' },
      name: { type: 'string' },
      force: { type: 'boolean', default: false },
      dir: { type: 'string', default: 'content/events' },
      'timelines-dir': { type: 'string', default: 'content/timelines' },
      'claimants-dir': { type: 'string', default: 'content/claimants' },
    },
    USAGE,
  );
  if (values.help) return io.log(USAGE);
  if (positionals.length > 1) throw new UsageError(`give the title as one argument, in quotes\n${USAGE}`);
  const timelines = await yamlIds(io, resolve(io.cwd, values['timelines-dir']));
  const known = `known timelines: ${timelines.join(', ') || 'none'}`;
  const timeline = await given(io, values.timeline, `Timeline (${known})`, '--timeline <id>');
  if (!timelines.includes(timeline)) {
    throw new UsageError(`"${timeline}" is not a timeline in ${values['timelines-dir']}/ (${known}); add ${values['timelines-dir']}/${timeline}.yaml first`);
  }
  const date = await given(io, values.date, 'Date (YYYY-MM-DD, or YYYY-MM when only the month is known)', '--date YYYY-MM-DD');
  if (!parseIsoDay(date) && !parseIsoDay(`${date}-01`)) throw new UsageError(`the date "${date}" is not a real date (YYYY-MM-DD, or YYYY-MM)`);
  const title = (await given(io, positionals[0], 'Title', 'the title, in quotes')).trim();
  if (values.name === undefined && !slugWords(title).length) throw new UsageError(`cannot make a file name from the title "${title}"; pass --name`);
  const name = values.name ?? slugFromHeadline(title);
  if (!isSlug(name)) throw new UsageError(`--name "${name}" must be lowercase words joined by hyphens`);
  const path = join(resolve(io.cwd, values.dir), timeline, `${date}-${name}.yaml`);
  await refuseExisting(io, [path], values.force, 'pass --force to overwrite it, or --name to choose another name');
  const claimants = await yamlIds(io, resolve(io.cwd, values['claimants-dir']));
  await writeFile(io, path, eventScaffold({ date, title, claimants }), values.force);
  io.log(shown(io, path));
}
