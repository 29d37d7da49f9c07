/** The map ids, from the content folder (the embed pages the benchmark weighs). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

export function mapIds(): string[] {
  return readdirSync(join(ROOT, 'content/maps'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}
