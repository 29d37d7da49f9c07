/**
 * Scaffold placeholders. `npm run new-article`, `new-map` and `new-event` write `TODO …` where the editor
 * has to write something; the schemas refuse any string still holding one (an article only once it is no
 * longer a draft), so a half-filled file never reaches readers.
 */
import { z } from 'zod';

/** Scaffold placeholders start with this marker. */
export const PLACEHOLDER = 'TODO';

/** Paths of every string in the data that still holds a scaffold placeholder. */
export function placeholderPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  }
  return [];
}

/**
 * A check that names every field still holding a placeholder. It runs even when other fields failed
 * (`when`), so the editor sees every unfilled field of a fresh scaffold in one build.
 */
export function noPlaceholders<T>(fix: string) {
  return z.superRefine<T>(
    (data, ctx) => {
      for (const path of placeholderPaths(data)) {
        ctx.addIssue({ code: 'custom', path, message: `still holds a ${PLACEHOLDER} placeholder: ${fix}` });
      }
    },
    { when: () => true },
  );
}
