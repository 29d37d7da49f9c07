/**
 * A part of the map's script loaded once and on demand: actions sent before it has loaded wait for it, in
 * order. A failed load (offline, or a page kept open across a deploy) is reported and tried again on the next action.
 */
export function onDemand<T>(load: () => Promise<T>, failed: (error: unknown) => void) {
  let loading: Promise<T> | undefined;
  const loaded = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    send: (action: (part: T) => void) => void loaded().then(action, failed),
    /** Whether anything was asked of it yet. */
    started: () => loading !== undefined,
  };
}
