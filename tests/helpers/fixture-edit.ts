/** A text with one change, which must apply: a mistake whose edit silently missed would prove nothing. */
export function changed(text: string, from: string | RegExp, to: string): string {
  const after = text.replace(from, to);
  if (after === text) throw new Error(`the fixture edit ${String(from)} did not apply`);
  return after;
}
