/** Small measuring helpers for the benchmark: sizes, medians, tables. */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };

export function bytesOf(file: string): Bytes {
  const body = readFileSync(file);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A percentile bootstrap interval for a statistic of n paired samples: the statistic is recomputed on
 * `resamples` draws of n indices with replacement (a fixed seed, so one set of runs always reports the
 * same interval). It says how far a median of a few noisy runs can be trusted.
 */
export function bootstrapInterval(n: number, statistic: (indices: number[]) => number, level = 0.9, resamples = 2000): [number, number] {
  let seed = 0x9e3779b9;
  // mulberry32: small, fast and good enough to draw indices.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const values = Array.from({ length: resamples }, () => statistic(Array.from({ length: n }, () => Math.floor(random() * n)))).sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!;
  return [at((1 - level) / 2), at((1 + level) / 2)];
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A Markdown table. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
