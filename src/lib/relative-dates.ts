/**
 * The relative days of a report, resolved against the day it was filed: a wire filed on Thursday
 * 4 January 2024 that says "on Tuesday" means 2 January 2024, and "last year" means 2023. The wire stays
 * verbatim; the page prints these resolutions in a dated note beside it, so a reader months later can tell
 * the days apart. Knows nothing of Astro.
 *
 * A wire names a weekday for a day in the week before it was filed, and a month without a year for the
 * latest such month on or before that day: that is the convention this follows, and the note says which
 * day it took, so an editor can see a wrong reading.
 */
import { formatLongDate, formatMonthYear } from './dates.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export interface ResolvedPhrase {
  /** The words as the report has them: `on Tuesday`, `last year`, `December 30`. */
  phrase: string;
  /** What they mean for the day filed: `2 January 2024`, `2023`, `November 2023`. */
  means: string;
}

const DAY = 86_400_000;
const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/** The latest given month (and day, if any) on or before `filed`. */
function latestOnOrBefore(filed: Date, month: number, day?: number): Date {
  const year = filed.getUTCFullYear();
  const inYear = utcDay(year, month, day ?? 1);
  return inYear.getTime() <= filed.getTime() ? inYear : utcDay(year - 1, month, day ?? 1);
}

type Rule = { pattern: RegExp; resolve: (match: RegExpExecArray, filed: Date) => string };

const RULES: readonly Rule[] = [
  {
    // "December 30" and "30 December": a day of a month named without its year.
    pattern: new RegExp(`\\b(?:(${MONTHS.join('|')}) (\\d{1,2})|(\\d{1,2}) (${MONTHS.join('|')}))\\b(?!,? \\d{4})`, 'g'),
    resolve: (match, filed) => {
      const month = MONTHS.indexOf((match[1] ?? match[4]) as (typeof MONTHS)[number]);
      return formatLongDate(latestOnOrBefore(filed, month, Number(match[2] ?? match[3])));
    },
  },
  {
    pattern: new RegExp(`\\bin (${MONTHS.join('|')})\\b(?!,? \\d{4})`, 'g'),
    resolve: (match, filed) => formatMonthYear(latestOnOrBefore(filed, MONTHS.indexOf(match[1] as (typeof MONTHS)[number]))),
  },
  {
    pattern: new RegExp(`\\b(?:on|last) (${WEEKDAYS.join('|')})\\b`, 'g'),
    resolve: (match, filed) => {
      const back = (filed.getUTCDay() - WEEKDAYS.indexOf(match[1] as (typeof WEEKDAYS)[number]) + 7) % 7;
      // "last Thursday" in a report filed on a Thursday is the week before; "on Thursday" is the same day.
      const days = back === 0 && match[0].startsWith('last') ? 7 : back;
      return formatLongDate(new Date(filed.getTime() - days * DAY));
    },
  },
  { pattern: /\b(?:yesterday|today)\b/gi, resolve: (match, filed) => formatLongDate(new Date(filed.getTime() - (/^y/i.test(match[0]) ? DAY : 0))) },
  { pattern: /\b(last|this|next) year\b/g, resolve: (match, filed) => String(filed.getUTCFullYear() + { last: -1, this: 0, next: 1 }[match[1] as 'last']) },
];

/** Each relative day in `text`, once, in the order it first appears, with what it means for `filed`. */
export function resolveRelativeDates(text: string, filed: Date): ResolvedPhrase[] {
  const found = RULES.flatMap((rule) =>
    [...text.matchAll(rule.pattern)].map((match) => ({ at: match.index, phrase: match[0], means: rule.resolve(match, filed) })),
  );
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter(({ phrase }) => !seen.has(phrase) && seen.add(phrase))
    .map(({ phrase, means }) => ({ phrase, means }));
}
