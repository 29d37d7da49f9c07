/**
 * npm run new-map -- --launch <place or town> --range <km> [--range <km> …] --focus <ISO3>   (--help for more)
 *
 * Writes a map file and the place files its default places need. Never overwrites a file unless told to,
 * and never a place file.
 */
import { newMap } from './new-map-command.ts';
import { nodeScaffoldIo } from './scaffold-node-io.ts';

process.exitCode = await newMap(process.argv.slice(2), nodeScaffoldIo);
