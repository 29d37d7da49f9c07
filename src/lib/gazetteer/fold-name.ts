/**
 * A name as every lookup compares it, in the build and in the reader's browser: no case, no accents,
 * any run of punctuation or spaces as one space ("Dnipró" and "DNIPRO" are "dnipro", "Rostov-na-Donu" is
 * "rostov na donu").
 */

// Latin letters that carry their mark in the letter itself, so Unicode decomposition leaves them whole:
// "Łódź" must be found by "lodz", "Ørsta" by "orsta", "Gießen" by "giessen".
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
