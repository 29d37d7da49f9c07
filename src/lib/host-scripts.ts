/**
 * Whether a host name mixes writing systems within a label, as look-alikes do: `аpple` with a Cyrillic
 * а among Latin letters. Follows the "highly restrictive" level of Unicode's UTS #39: one script per
 * label, or Latin with the scripts Chinese, Japanese and Korean are written in together.
 * Knows nothing of Astro.
 */
import { domainToUnicode } from 'node:url';

/** Scripts named in messages; a letter of any other script counts as one more script of its own. */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** Scripts that may share a label (UTS #39, highly restrictive). */
const ALLOWED_MIXES = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of label) {
    // Digits, hyphens and combining marks belong to every script.
    if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(char)) continue;
    scripts.add(SCRIPTS.find(({ pattern }) => pattern.test(char))?.name ?? `the script of U+${char.codePointAt(0)!.toString(16).toUpperCase()}`);
  }
  return scripts;
}

/** Why an ASCII (IDNA) host name spells a look-alike, or undefined. Every label is read as Unicode first. */
export function mixedScriptProblem(asciiHost: string): string | undefined {
  // The URL parser has already refused a host that is not valid IDNA, so this always decodes.
  const unicode = domainToUnicode(asciiHost);
  for (const label of unicode.split('.')) {
    const scripts = [...scriptsOf(label)];
    if (scripts.length > 1 && !ALLOWED_MIXES.some((mix) => scripts.every((script) => mix.includes(script)))) {
      return `its host ${asciiHost} reads "${unicode}", whose label "${label}" mixes ${scripts.join(' and ')} letters, as look-alike addresses do`;
    }
  }
  return undefined;
}
