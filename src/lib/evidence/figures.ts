/**
 * Figures a text writes in digits (99 missiles, 290 components, 75.5 %), which a source must carry.
 * Dates are not figures here: years, days of the month beside a month name, and ISO dates are left out,
 * because the event's own date fields and the timeline carry them.
 */

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_PARTS = [
  // 2024-01-02, 2019-05
  /(?<![\d.,])\d{4}-\d{2}(?:-\d{2})?(?![\d])/gu,
  // 30 December, 2nd of January
  new RegExp(`(?<![\\d.,])\\d{1,2}${ORDINAL}(?:\\s+of)?\\s+${MONTH}(?![\\p{L}])`, 'gu'),
  // December 30, Jan. 2
  new RegExp(`(?<![\\p{L}])${MONTH}\\s+\\d{1,2}${ORDINAL}(?![\\d:.]\\d|\\d)`, 'gu'),
  // years: 2019, 1950
  /(?<![\d.,:])(?:1[89]|20)\d{2}(?![\d]|[.,:]\d)/gu,
];

/** A number as written: 99, 1,065, 75.5, 07:30. */
const NUMBER = /(?<![\d.,:])\d+(?:[.,:]\d+)*/gu;

/** The same figure however the thousands are grouped: "1,065" and "1065". */
const canonical = (figure: string) => figure.replace(/,(?=\d{3}(?!\d))/gu, '');

export function figuresIn(text: string): string[] {
  const undated = DATE_PARTS.reduce((rest, pattern) => rest.replace(pattern, (date) => ' '.repeat(date.length)), text);
  return [...new Set([...undated.matchAll(NUMBER)].map((match) => match[0]))];
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/**
 * Whether an excerpt carries the figure: as the same number (not part of a longer one, so 24 is not
 * found in 240 or 2024), or spelled out, as news style writes small numbers ("three people").
 */
export function excerptHasFigure(excerpt: string, figure: string): boolean {
  const wanted = canonical(figure);
  if ([...excerpt.matchAll(NUMBER)].some((match) => canonical(match[0]) === wanted)) return true;
  const word = /^\d+$/u.test(wanted) ? NUMBER_WORDS[Number(wanted)] : undefined;
  return word !== undefined && new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(excerpt);
}
