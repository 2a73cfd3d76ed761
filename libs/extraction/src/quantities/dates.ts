import { isPluralNoun } from './counted-noun';
import { ORDINAL_SUFFIXES, SCALE_POWERS } from './number-words';
import { isYearLike, parseNumericToken, type NumericToken } from './numeric-token';
import type { DatePart, PartialDate } from './quantity';
import type { QuantityMatch } from './quantity-match';
import type { TokenStream } from './token-stream';
import { CURRENCY_SYMBOLS, UNIT_WORDS } from './units';

const MONTHS: ReadonlyMap<string, number> = new Map(
  `january february march april may june july august september october november december`
    .split(' ')
    .map((name, index): [string, number] => [name, index + 1]),
);
const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);
const DATE_PARTS: ReadonlySet<string> = new Set<DatePart>(['early', 'mid', 'late']);
/** "May" is a month only after one of these or next to a number ("in May", "May 5"), not in "Theresa May". */
const MAY_CONTEXT = new Set('in since until till by early mid late last next this of from through during before after between'.split(' '));
/** Plural nouns after a year-like number that make it a count: "1500 people". */
const COUNT_NOUNS_AFTER_YEARLIKE = new Set(
  'people persons children civilians soldiers troops fighters militants refugees residents deaths casualties victims migrants'.split(' '),
);

/**
 * Dates and parts of dates starting at token i: "2016", "Dec. 7", "7
 * December 2016", "December 7, 2016", "mid-October", "early 2016", "the
 * 1990s", "2015-16", "2016-12-07". A year-like number followed by a unit, a
 * scale word or a counted noun ("2000 people", "1500%") is left to the amount
 * matcher.
 */
export function matchDate(s: TokenStream, i: number): QuantityMatch | null {
  const word = s.lower(i);
  if (DATE_PARTS.has(word) && s.joined(i)) {
    const inner = matchMonthDate(s, i + 1) ?? matchYear(s, i + 1);
    if (inner) return withPart(s, inner, word as DatePart, i);
  }
  const dash = word.indexOf('-');
  if (dash > 0 && DATE_PARTS.has(word.slice(0, dash))) return matchHyphenatedPart(s, i, word.slice(0, dash) as DatePart, dash);
  if (s.numeric(i)) return matchDayFirst(s, i) ?? matchYear(s, i);
  return matchMonthDate(s, i);
}

/** "mid-October", "mid-2016", "late-December". */
function matchHyphenatedPart(s: TokenStream, i: number, part: DatePart, dash: number): QuantityMatch | null {
  const token = s.at(i) as { text: string; start: number };
  const rest = token.text.slice(dash + 1);
  const month = MONTHS.get(rest.toLowerCase());
  if (month !== undefined && isUpper(rest)) return dateMatch(s, i, i, { month, part });
  const number = parseNumericToken(rest);
  if (number && isYearLike(number)) return dateMatch(s, i, i, { year: number.value, part });
  return null;
}

function withPart(s: TokenStream, inner: QuantityMatch, part: DatePart, partToken: number): QuantityMatch {
  const date = { ...inner.quantity.date, part };
  return dateMatch(s, partToken, inner.next - 1, date);
}

/** "7 December 2016", "7th December". */
function matchDayFirst(s: TokenStream, i: number): QuantityMatch | null {
  const day = dayAt(s, i);
  if (day === undefined || !s.joined(i)) return null;
  const month = monthAt(s, i + 1, true);
  if (month === undefined) return null;
  const year = yearAfter(s, i + 1);
  return dateMatch(s, i, year === undefined ? i + 1 : i + 2, year === undefined ? { month, day } : { year, month, day });
}

/** "December", "Dec. 7", "December 7, 2016", "December 2016". */
function matchMonthDate(s: TokenStream, i: number): QuantityMatch | null {
  const month = monthAt(s, i);
  if (month === undefined) return null;
  const gap = s.gap(i);
  const dayFollows = (s.joined(i) || (gap.startsWith('.') && gap.length > 1 && gap.trim() === '.')) && dayAt(s, i + 1) !== undefined;
  if (dayFollows && !looksLikeCount(s, i + 1)) {
    const day = dayAt(s, i + 1) as number;
    const gapAfterDay = s.gap(i + 1).trim();
    const year = gapAfterDay === '' || gapAfterDay === ',' ? yearAt(s, i + 2) : undefined;
    return dateMatch(s, i, year === undefined ? i + 1 : i + 2, year === undefined ? { month, day } : { year, month, day });
  }
  const year = yearAfter(s, i);
  return dateMatch(s, i, year === undefined ? i : i + 1, year === undefined ? { month } : { year, month });
}

/** "2016", "the 1990s", "2015-16", "2014-2016", "2016-12-07". */
function matchYear(s: TokenStream, i: number): QuantityMatch | null {
  if (!s.numeric(i)) return null;
  const number = parseNumericToken(s.lower(i));
  if (!number) return null;
  if (isYearLike(number)) return looksLikeCount(s, i) ? null : dateMatch(s, i, i, { year: number.value });
  const year = { ...number, suffix: '' };
  if (!isYearLike(year)) return null;
  if (number.suffix === 's' && number.value % 10 === 0) return dateMatch(s, i, i, { year: number.value, decade: true });
  const iso = /^-(\d\d)-(\d\d)$/.exec(number.suffix);
  if (iso) {
    const month = Number(iso[1]);
    const day = Number(iso[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? dateMatch(s, i, i, { year: number.value, month, day }) : null;
  }
  const span = /^-(\d\d|\d{4})$/.exec(number.suffix);
  if (span) {
    const written = span[1] as string;
    const end = written.length === 2 ? Math.floor(number.value / 100) * 100 + Number(written) : Number(written);
    if (end > number.value && end - number.value < 100) {
      const match = dateMatch(s, i, i, { year: number.value });
      match.quantity.low = number.value;
      match.quantity.high = end;
      return match;
    }
  }
  return null;
}

/**
 * The month named by token i, if it is written as a month: capitalised, "May" only in context, abbreviations with a period or a
 * day. `afterDay`: a day of the month stands just before it ("on 4 May", "by 21 May 2027"), which makes a capitalised "May" the
 * month, as the modal is written in lower case there.
 */
function monthAt(s: TokenStream, i: number, afterDay = false): number | undefined {
  const token = s.at(i);
  if (!token || !token.capitalised) return undefined;
  const word = token.lower;
  const full = MONTHS.get(word);
  if (full !== undefined) {
    if (word !== 'may' || afterDay) return full;
    const contextBefore = s.joined(i - 1) && MAY_CONTEXT.has(s.lower(i - 1));
    return contextBefore || (s.joined(i) && dayOrYearAt(s, i + 1)) ? full : undefined;
  }
  const short = MONTH_ABBREVIATIONS.get(word);
  if (short === undefined) return undefined;
  return s.charAfter(i) === 0x2e || (s.joined(i) && dayOrYearAt(s, i + 1)) ? short : undefined;
}

function dayOrYearAt(s: TokenStream, i: number): boolean {
  return dayAt(s, i) !== undefined || yearAt(s, i) !== undefined;
}

/** 1–31 as "7" or "7th". */
function dayAt(s: TokenStream, i: number): number | undefined {
  if (!s.numeric(i)) return undefined;
  const number = parseNumericToken(s.lower(i));
  if (!number || number.grouped || number.decimal || number.integerDigits > 2) return undefined;
  if (number.suffix !== '' && !ORDINAL_SUFFIXES.has(number.suffix)) return undefined;
  return number.value >= 1 && number.value <= 31 ? number.value : undefined;
}

function yearAt(s: TokenStream, i: number): number | undefined {
  if (!s.numeric(i)) return undefined;
  const number = parseNumericToken(s.lower(i));
  return number && isYearLike(number) && !looksLikeCount(s, i) ? number.value : undefined;
}

/** A year right after token i, separated by spaces only: "December 2016". */
function yearAfter(s: TokenStream, i: number): number | undefined {
  return s.joined(i) ? yearAt(s, i + 1) : undefined;
}

/**
 * The number at token i is an amount, not a day or year: a currency sign
 * before it, or a percent sign, scale word, unit or counted noun after it
 * ("in December 12 soldiers died", "2000 people", "$2016").
 */
function looksLikeCount(s: TokenStream, i: number): boolean {
  if (CURRENCY_SYMBOLS.has(s.charBefore(i)) || s.charAfter(i) === 0x25 || s.charAfter(i) === 0x2b) return true;
  if (!s.joined(i)) return false;
  const next = s.lower(i + 1);
  const number: NumericToken | null = parseNumericToken(s.lower(i));
  const plural = number !== null && isYearLike(number) ? COUNT_NOUNS_AFTER_YEARLIKE.has(next) : isPluralNoun(next);
  return plural || SCALE_POWERS.has(next) || UNIT_WORDS.has(next) || next === 'percent' || next === 'per';
}

function dateMatch(s: TokenStream, first: number, last: number, date: PartialDate): QuantityMatch {
  const start = (s.at(first) as { start: number }).start;
  const end = (s.at(last) as { end: number }).end;
  return {
    quantity: {
      text: s.text.slice(start, end),
      start,
      end,
      kind: 'date',
      value: null,
      unit: null,
      counted: null,
      approximate: date.part !== undefined || date.decade === true,
      bound: null,
      date,
    },
    next: last + 1,
  };
}

function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}
