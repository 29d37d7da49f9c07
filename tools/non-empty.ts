/**
 * The list a `describe.each`/`it.each` (or a loop of expectations) runs over, or an error when it is empty:
 * over an empty list they register or check nothing, and a file that tests nothing must not pass.
 */
export function nonEmpty<T>(items: readonly T[], what: string): T[] {
  if (items.length === 0) throw new Error(`found no ${what}: the tests over them would check nothing`);
  return [...items];
}
