/**
 * npm run new-event -- --timeline <id> --date <YYYY-MM-DD|YYYY-MM> "<title>" [--name <name>] [--force]   (--help for more)
 *
 * Writes a timeline event with every field, placeholders where the editor writes. Never overwrites one unless told to.
 */
import { newEvent } from './new-event-command.ts';
import { nodeScaffoldIo } from './scaffold-node-io.ts';

process.exitCode = await newEvent(process.argv.slice(2), nodeScaffoldIo);
