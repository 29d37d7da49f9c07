/**
 * A name as every lookup compares it, in the build and in the reader's browser: no case, no accents,
 * any run of punctuation or spaces as one space ("Dnipró" and "DNIPRO" are "dnipro", "Rostov-na-Donu" is
 * "rostov na donu").
 */

// Latin letters that carry their mark in the letter itself, so Unicode decomposition leaves them whole:
// "Łódź" must be found by "lodz", "Ørsta" by "orsta", "Gießen" by "giessen".
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

// Most GeoNames names are ASCII, which has no mark to drop: the first query on a shard folds a thousand names.
const ASCII = /^[ -~]*$/u;

export function foldName(name: string): string {
  const letters = ASCII.test(name)
    ? name.toLowerCase()
    : name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]!);
  return letters.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
