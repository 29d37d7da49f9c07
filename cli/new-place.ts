/**
 * npm run new-place -- "<town>" [--country XX] [--geonames <id>] [--id <place-id>] [--force]   (--help for more)
 *
 * Writes a place file from GeoNames. Never overwrites one unless told to.
 */
import { newPlace } from './new-place-command.ts';
import { nodeScaffoldIo } from './scaffold-node-io.ts';

process.exitCode = await newPlace(process.argv.slice(2), nodeScaffoldIo);
