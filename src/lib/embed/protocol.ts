/**
 * The messages an embedded map and its host page exchange, and their validation. Shared by the embed
 * page (the child), our host script (the parent) and the tests. Knows nothing of the DOM.
 *
 * The child speaks three dialects, so it sizes itself under the parents newsrooms already run:
 * - ours: `{ type: 'explainers:embed-height', height }`, read by /embed.js;
 * - AMP: `{ sentinel: 'amp', type: 'embed-size', height }`, read by amp-iframe and @newswire/frames;
 * - pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<px>`, read by `new pym.Parent(...)`.
 */

export const HEIGHT_MESSAGE = 'explainers:embed-height';

/** Heights outside this range are a bug or an attack, never a real map. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10_000;

export function isSaneHeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_HEIGHT && value <= MAX_HEIGHT;
}

/** The messages the child posts when its height changes (pym only when a pym parent gave a childId). */
export function heightMessages(height: number, pymChildId: string | null): unknown[] {
  const messages: unknown[] = [
    { type: HEIGHT_MESSAGE, height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (pymChildId) messages.push(`pymxPYMx${pymChildId}xPYMxheightxPYMx${height}`);
  return messages;
}

/** The height in one of our messages, or null for anything else: wrong shape, extra tricks, silly numbers. */
export function parseHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && isSaneHeight(height) ? height : null;
}

/** pym.js child ids: pym uses the container element's id; accept id-like text only. */
export function parsePymChildId(value: string | null): string | null {
  return value && /^[A-Za-z][\w-]{0,63}$/.test(value) ? value : null;
}

/** A pym parent's width ping for this child (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), which asks for a height. */
export function isPymWidthPing(data: unknown, childId: string | null): boolean {
  if (!childId || typeof data !== 'string') return false;
  const parts = data.split('xPYMx');
  return parts.length === 4 && parts[0] === 'pym' && parts[1] === childId && parts[2] === 'width' && /^\d{1,5}$/.test(parts[3]!);
}

/** @newswire/frames' hello, which asks the child for its height; /embed.js sends it too. */
export const FRAMES_INIT = { sentinel: 'amp', type: 'frames-init' } as const;

export function isFramesInit(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>).sentinel === 'amp' &&
    (data as Record<string, unknown>).type === 'frames-init'
  );
}

export type Theme = 'light' | 'dark' | 'auto';

/** `?theme=`: light or dark pin the embed's colours; anything else means follow the reader's setting. */
export function parseTheme(value: string | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
