/** Text to match literally inside a RegExp built from content values (ids, labels, file names). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
