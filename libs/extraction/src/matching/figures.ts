import { CHANGE_WORDS } from '../conflicts/disagreement-lexicon';
import { extractQuantities } from '../quantities/extract-quantities';
import type { Quantity } from '../quantities/quantity';
import { baseUnitOf, TIME_UNITS_DESCENDING } from '../quantities/unit-conversion';
import { CARDINAL_WORD_ALTERNATIVES, cardinalValue, SUFFIX_POWERS } from '../quantities/number-words';
import { dialMinutes, timesOfDay } from '../quantities/times-of-day';
import { DOLLAR_COUNTRIES, DOLLAR_PREFIXES, UNIT_WORDS } from '../quantities/units';
import { hashString } from './hashing';
import { MAGNITUDE_VALUES, NUMBER_WORD_VALUES } from './matching-lexicon';
import { canonicalNumber } from './numbers';
import { ANY_YEAR_HIGH, ANY_YEAR_LOW, isAnyYear, timeFrameHash, timeFrameKind, WHEN_MEASURE_HASH, YEAR_HASH } from './when';
import { thingKeys, thingsCompatible, type ThingKeys } from './counted-things';
import { isCommonNumber, MAX_COMMON_NUMBER } from './shingle-kinds';

/**
 * A figure a claim states, in one scale per measure: "a third" and "33 percent"
 * are one share, "a month" and "30 days" one span of time, "11 coaches" and
 * "eleven buses" one count. Two claims whose figures for the same measure
 * differ are different claims, however alike their words.
 */
export interface ClaimFigure {
  /** What is measured: 'share', 'points', 'time' (how long), 'rate' (how often), 'count', 'number', 'money:EUR', 'length', 'mass', … */
  measure: string;
  /** The values the text allows: the stated value widened by its precision and hedges ("about", "more than"). */
  low: number;
  high: number;
  /** The figure as one word for the shingles: "33%", "5week", "1600000000EUR", "12". */
  token: string;
  /** The characters of the number and its unit (not the counted noun): their words give way to `token`. */
  start: number;
  end: number;
  /** A share or points stated as a change: 1 up ("rose by 30 percent", "a 14% increase"), -1 down ("fell 14%", "6% lower"). */
  direction?: 1 | -1;
  /**
   * Where the word that gives `direction` starts ("rose", "drop"; -1 when the figure's own word says it, "halved"):
   * normalisation leaves it out, as the figure's direction says it (a shared "rose" is no evidence beyond the figure's).
   */
  changeWordStart?: number;
  /** What a count counts, as written ("pupils", "premature infants"; "41 of its staff" → "staff"). */
  counted?: string;
  /** Two ends stated ("between 20 and 30 percent", "70-90 porters", "5 to 7 million euros"): packed with its core too (packFigures). */
  range?: true;
  /** A count no words of the claim write, implied by a share of a stated whole ("a quarter of its 400 staff": 100). */
  implied?: true;
  /** The counts a share was read from ("58 of the 120 seats": 58 and 120; partsOfWholes), which the claim also states. */
  ofWhole?: { part: ClaimFigure; whole: ClaimFigure };
  /** The dollar a figure of measure DOLLARS names ("A$412m", "US$5", "1.52 Australian dollars": 'AUD', 'USD'); none for a bare "$". */
  dollar?: string;
  /**
   * The token of its conversion in brackets ("£9.5m ($12m)": 12000000dollar; withoutConversions): a word the claim says, which
   * another outlet's amount in that currency shares, but no figure, so that it never conflicts.
   */
  conversionToken?: string;
}

/** Hedged amounts ("about 3,200", "some 45,000") allow this much either way. */
const HEDGE = 0.05;
/** Units converted by a convention (a month as 30 days) or by a rounded factor allow this much. */
const CONVERSION = 0.03;
/** A share written as a fraction word ("a third") against a percentage: points either way. */
const FRACTION_POINTS = 1;
/** A percentage is rounded to the last digit written: "33 percent" is 32.5–33.5, "4.1%" 4.05–4.15. */
function roundingOf(value: number): number {
  const written = canonicalNumber(value);
  const dot = written.indexOf('.');
  return 0.5 * 10 ** -(dot < 0 ? 0 : written.length - dot - 1);
}
/** "a day", "per week", "every day": one of a time unit, which the quantities module leaves alone. */
const ONE_TIME_UNIT = /(?:\b(?:a|an|per|one|every|each)\s+|\/)(minute|hour|day|week|fortnight|month|year|decade|century)\b/gi;
/** "over the past decade", "in the last year", "during the past month", "over the next decade": a span of one unit ("in ten years", "for a month"). */
const THE_PAST_UNIT =
  /\b(?:over|in|during|within|for|across)\s+the\s+(?:past|last|(next|coming))\s+(week|fortnight|month|year|decade|century)\b/gi;
/** "annually", "per annum", "annual turnover": once a year; "daily", "weekly", "monthly": once a day, week, month. */
const YEARLY = /\b(?:annually|yearly|per\s+annum)\b/gi;
/** In lower case only: "Retail Appliance Weekly", "the Daily Courier", "Annual Report" are names. */
const ONCE_PER: ReadonlyArray<[RegExp, string]> = [
  [/\bannual\b/g, 'year'],
  [/\bdaily\b/g, 'day'],
  [/\bweekly\b/g, 'week'],
  [/\bmonthly\b/g, 'month'],
];
/** A range of two years ("between 2017 and 2023"): two dates, as "from 2017 to 2023" reads. */
const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * Before "a day" or "a week": a span of time ("for a week", "at least a month", "within a
 * day"), not a rate. Elsewhere ("60,000 visitors a year", "one meal a day", "once a week",
 * "every day", "per hour") it is how often, which is not the same measure as how long.
 */
const BEFORE_A_SPAN =
  /\b(?:for|in|within|after|over|than|least|most|about|nearly|almost|under|up\s+to|past|last|next|this|that|another|the|first|only|just|half)\s+$/i;
/** After "a day" or "a week": a span before or after a point in time ("a month ago", "a year later"). */
const AFTER_A_SPAN = /^\s+(?:ago|later|earlier|before|after|long|old)\b/i;
/** What may stand between the two counts of a part of a whole: "two of its four", "two of the town's three". */
const PART_OF_WHOLE = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[a-z]+['’]s)\s+){0,2}$/i;
/** A change by a fraction word ("cut by a quarter", "rose by half"), which the quantities module reads only before "of". */
const BY_FRACTION = /\bby\s+(?:(a|one|two|three)\s+)?(half|thirds?|quarters?|fifths?|tenths?)\b/gi;
/**
 * A multiple of an earlier value of the same thing: "twice what they were in 2014", "three times what it was" is a rise
 * by 100% or 200%, as "doubled" and "tripled" are (MULTIPLIED). "twice as many as X" compares with another thing: not read.
 */
const TIMES_WHAT_IT_WAS = /\b(twice|(\w+)\s+times)\s+what\s+(?:[a-z]+\s+){1,3}?(?:was|were|had\s+been|used\s+to\s+be)\b/gi;

function timesWhatItWasFigure(match: RegExpMatchArray): ClaimFigure | null {
  const word = match[2]?.toLowerCase();
  const multiple = word === undefined ? 2 : (cardinalValue(word) ?? (/^\d+$/.test(word) ? Number(word) : undefined));
  if (multiple === undefined || multiple < 2) return null;
  const rise = (multiple - 1) * 100;
  const start = match.index as number;
  const end = start + (match[1] as string).length;
  return { measure: 'share', low: rise * (1 - MULTIPLE_SLACK), high: rise * (1 + MULTIPLE_SLACK), token: `${rise}%`, start, end };
}

/**
 * An amount in pence ("42p", "3p-a-litre", "42 pence", and spoken "fifty pence", "forty-two pence"), which the quantities
 * module reads as a bare number or a count.
 */
const PENCE = new RegExp(
  String.raw`(?<![\d.,£$€])\b(?:(\d+(?:\.\d+)?)(?:p|\s+pence)|((?:${CARDINAL_WORD_ALTERNATIVES})(?:-(?:${CARDINAL_WORD_ALTERNATIVES}))?)\s+pence)\b`,
  'gi',
);
/**
 * "21c", "A21c", "21 cents", "21 Australian cents": cents of a dollar (a lower-case "c" glued, as "21C" is a temperature),
 * the prefix or the country word naming which.
 */
const CENTS =
  /(?<![\d.,£$€])\b(A|NZ|US|C|HK|S)?(\d+(?:\.\d+)?)(?:c|\s+(?:(Australian|New Zealand|US|American|Canadian|Hong Kong|Singapore)\s+)?cents?)\b/g;
/**
 * A change by a fraction said with one verb: "halved" is a fall by half ("fallen by 50 per cent"); "more than halved" a fall
 * by half or more ("fell 55%"), "nearly halved" by up to half, as "more than doubled" and "nearly doubled" are read.
 */
const HALVED = /\b(?:(more\s+than|over|nearly|almost)\s+)?halv(?:e|es|ed|ing)\b/gi;
/**
 * A rise by a multiple said with one verb: "doubled" is a rise by 100% ("rose 100 per cent"), "tripled" by
 * 200%, "quadrupled" by 300%; "more than doubled" by 100% or more ("rose 111%"), "nearly doubled" by up to 100%.
 */
const MULTIPLIED = /\b(?:(more\s+than|over|nearly|almost)\s+)?(doubl|tripl|quadrupl)(?:ed|ing)\b/gi;
const MULTIPLE_RISE: ReadonlyMap<string, number> = new Map([
  ['doubl', 100],
  ['tripl', 200],
  ['quadrupl', 300],
]);
/** How far a plain "doubled" may be from the exact multiple, as a share of the rise: a report rounds 96% or 104% to "doubled". */
const MULTIPLE_SLACK = 0.05;
/** How far below the multiple "nearly doubled" reaches, as a share of the rise. */
const NEARLY_MULTIPLE = 0.8;
/**
 * An ordinal of a time unit ("in the 62nd minute", "on the third day of the strike", "in its tenth week"): the time
 * elapsed when it happened, between N − 1 and N units, as "after 62 minutes" or "three days into the strike" tell it.
 */
const ORDINAL_TIME_UNIT =
  /\b(?:(\d+)(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(minute|hour|day|week|month|year)\b/gi;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** A fraction of a time unit ("half a day", "a quarter of an hour", "three quarters of an hour"): a span of time. */
const FRACTION_OF_TIME_UNIT =
  /\b(?:(a|one|two|three)\s+)?(half|thirds?|quarters?)\s+(?:of\s+)?an?\s+(minute|hour|day|week|month|year|decade|century)\b/gi;
/**
 * A whole and a half: "a year and a half", "two and a half years", "three-and-a-half hours", "one and a
 * half million people", which the quantities module reads as a whole without the half (or not at all); and so a whole
 * and a quarter or three quarters ("a day and a quarter", "four and a quarter million pounds", "nine and
 * three-quarter miles"; branch matching35), which it read as a whole and a share of 25 %. A quarter followed by "of"
 * ("two and a quarter of the plots") is a share of something else, not this fraction.
 * Groups: the whole (digits, a cardinal word, or "a"/"an" before a unit), the unit before the fraction, the fraction;
 * or the whole, the fraction, a scale and the unit after it.
 */
const WHOLE = `(\\d+|${CARDINAL_WORD_ALTERNATIVES})`;
const UNIT_WORDS_PATTERN = [...UNIT_WORDS.keys()].map((word) => word.replace(/[-/]/g, '\\$&')).join('|');
const UNIT = `(${UNIT_WORDS_PATTERN})`;
const AND_A_FRACTION_WORDS = `and[\\s-]+(a[\\s-]+half|(?:a|three)[\\s-]+quarters?(?![\\s-]+of\\b))`;
const AND_A_HALF = new RegExp(
  `\\b(?:(a|an|\\d+|[a-z]+)[\\s-]+${UNIT}[\\s-]+${AND_A_FRACTION_WORDS}|${WHOLE}[\\s-]+${AND_A_FRACTION_WORDS}(?:\\s+(thousand|million|billion))?(?:[\\s-]+(${UNIT_WORDS_PATTERN}|pounds?))?)\\b`,
  'gi',
);
/** The value of AND_A_HALF's fraction: "a half", "a quarter", "three quarters" / "three-quarter". */
function andAFractionValue(words: string): number {
  const lower = words.toLowerCase();
  return lower.endsWith('half') ? 0.5 : lower.startsWith('three') ? 0.75 : 0.25;
}
const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['third', 3],
  ['quarter', 4],
  ['fifth', 5],
  ['tenth', 10],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
const FRACTION_NUMERATORS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
]);

/** The figures of a claim's text, in text order. Dates and ordinals are not figures. */
export function findFigures(text: string): ClaimFigure[] {
  return readFigures(text).figures;
}

/**
 * What normalisation reads of a claim's numbers: its figures (findFigures); the days of its dates ("3 March", "June 1"),
 * a number that must not be read as a bare number; and the counts its shares of a stated whole imply ("a quarter of
 * its 400 staff" is 100 staff), figures without words of their own.
 */
export interface ReadFigures {
  figures: ClaimFigure[];
  dateDays: DateDay[];
  impliedCounts: ClaimFigure[];
}

/** The day of a date ("3 March", "March 3rd"): where its number is written, where the date is, and the day as month × 100 + day. */
export interface DateDay {
  start: number;
  end: number;
  dateStart: number;
  dateEnd: number;
  day: number;
}

export function readFigures(text: string): ReadFigures {
  const figures: ClaimFigure[] = clockFigures(text);
  const clocks = figures.length;
  const dateDays: DateDay[] = [];
  for (const quantity of extractQuantities(text)) {
    if (quantity.kind === 'date') {
      const day = dateDayOf(quantity.text, quantity.start, quantity.end);
      if (day) dateDays.push(day);
      continue;
    }
    // "21:00" or "nine o'clock" is a time of day, not the counts 21 and 0 or nine.
    if (figures.slice(0, clocks).some((clock) => quantity.start < clock.end && quantity.end > clock.start)) continue;
    const change = changeAndLevel(text, quantity);
    if (change) {
      figures.push(...change);
      continue;
    }
    const read = quantityFigure(quantity);
    if (!read) continue;
    const figure: ClaimFigure = quantity.kind === 'range' && read.low < read.high ? { ...read, range: true } : read;
    if (isYearRange(figure)) {
      for (const year of text.slice(figure.start, figure.end).matchAll(YEAR)) {
        const start = figure.start + year.index;
        figures.push({ ...bareNumberFigure(year[0]), start, end: start + 4 });
      }
    } else figures.push(figure.measure === 'count' && !figure.counted ? withPartitiveNoun(text, figure) : figure);
  }
  for (const match of text.matchAll(ONE_TIME_UNIT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (figures.some((figure) => start < figure.end && end > figure.start)) continue;
    const unit = UNIT_WORDS.get((match[1] as string).toLowerCase());
    if (unit?.kind !== 'duration') continue;
    const one = timeFigure(1, unit.unit, 0, start, end);
    const before = text.slice(Math.max(0, start - 16), start);
    const figure = BELOW_HEDGE_BEFORE.test(before)
      ? reachingBelow(one)
      : UNDER_ONE_UNIT_BEFORE.test(before)
        ? { ...one, low: 0 }
        : OVER_ONE_UNIT_BEFORE.test(before)
          ? { ...one, high: Infinity }
          : one;
    figures.push(isRate(text, match[0], start, end) ? rateFigure(figure) : figure);
  }
  for (const match of text.matchAll(THE_PAST_UNIT)) {
    const end = match.index + match[0].length;
    // "over the next decade" (version 17) as the span "over ten years" states; "next" goes with the unit's word.
    const start = end - (match[2] as string).length - (match[1] ? (match[1] as string).length + 1 : 0);
    if (figures.some((figure) => start < figure.end && end > figure.start)) continue;
    const unit = UNIT_WORDS.get((match[2] as string).toLowerCase());
    if (unit?.kind === 'duration') figures.push(timeFigure(1, unit.unit, 0, start, end));
  }
  for (const match of text.matchAll(YEARLY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (figures.some((figure) => start < figure.end && end > figure.start)) continue;
    figures.push(rateFigure(timeFigure(1, 'year', 0, start, end)));
  }
  for (const [pattern, unit] of ONCE_PER) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (figures.some((figure) => start < figure.end && end > figure.start)) continue;
      figures.push(rateFigure(timeFigure(1, unit, 0, start, end)));
    }
  }
  let spans = figures;
  for (const match of text.matchAll(FRACTION_OF_TIME_UNIT)) {
    const start = match.index;
    const end = start + match[0].length;
    const denominator = FRACTION_DENOMINATORS.get((match[2] as string).toLowerCase().replace(/s$/, '')) as number;
    const numerator = match[1] ? (FRACTION_NUMERATORS.get(match[1].toLowerCase()) as number) : 1;
    const unit = UNIT_WORDS.get((match[3] as string).toLowerCase());
    if (numerator >= denominator || unit?.kind !== 'duration') continue;
    // In place of what was read of it: "half" as a share, "a day" as one day.
    spans = [
      ...spans.filter((figure) => !(start < figure.end && end > figure.start)),
      timeFigure(numerator / denominator, unit.unit, 0, start, end),
    ];
  }
  for (const match of text.matchAll(AND_A_HALF)) {
    const figure = andAHalfFigure(match);
    if (!figure) continue;
    spans = [...spans.filter((other) => !(figure.start < other.end && figure.end > other.start)), figure];
  }
  let shares = spans;
  for (const match of text.matchAll(BY_FRACTION)) {
    const end = match.index + match[0].length;
    const start = end - (match[1] ? match[1].length + 1 : 0) - (match[2] as string).length;
    const overlapping = shares.filter((figure) => start < figure.end && end > figure.start);
    // The numerator alone ("two" of "two thirds") may have been read as a count.
    if (overlapping.some((figure) => figure.measure !== 'count' || figure.start < start)) continue;
    const denominator = FRACTION_DENOMINATORS.get((match[2] as string).toLowerCase().replace(/s$/, '')) as number;
    const numerator = match[1] ? (FRACTION_NUMERATORS.get(match[1].toLowerCase()) as number) : 1;
    if (numerator >= denominator) continue;
    shares = [...shares.filter((figure) => !overlapping.includes(figure)), shareFigure((100 * numerator) / denominator, start, end)];
  }
  for (const match of text.matchAll(HALVED)) {
    const figure = halvedFigure(match);
    if (!shares.some((other) => figure.start < other.end && figure.end > other.start)) shares = [...shares, figure];
  }
  for (const match of text.matchAll(ORDINAL_TIME_UNIT)) {
    const figure = ordinalTimeFigure(match);
    if (figure && !shares.some((other) => figure.start < other.end && figure.end > other.start)) shares = [...shares, figure];
  }
  for (const match of text.matchAll(MULTIPLIED)) {
    const figure = multipleFigure(match);
    if (!shares.some((other) => figure.start < other.end && figure.end > other.start)) shares = [...shares, figure];
  }
  for (const match of text.matchAll(TIMES_WHAT_IT_WAS)) {
    const figure = timesWhatItWasFigure(match);
    if (figure) shares = [...shares.filter((other) => !(figure.start < other.end && figure.end > other.start)), figure];
  }
  for (const match of text.matchAll(CENTS)) {
    const figure = centsFigure(match);
    shares = [...shares.filter((other) => !(figure.start < other.end && figure.end > other.start)), figure];
  }
  for (const match of text.matchAll(PENCE)) {
    const figure = penceFigure(match);
    if (!figure) continue;
    shares = [...shares.filter((other) => !(figure.start < other.end && figure.end > other.start)), figure];
  }
  const steps = [
    pairsOf,
    betweenShares,
    ratesPerPopulation,
    partsOfWholes,
    withoutConversions,
    moneyPerSpan,
    moneyPerArea,
    moneyPerHead,
    differences,
    pointsOfShares,
    withDirections,
  ];
  const read = steps.reduce(
    (figures, step) => step(text, figures),
    shares.sort((a, b) => a.start - b.start),
  );
  return { figures: read, dateDays, impliedCounts: sharesOfWholes(text, read) };
}

/** Measures whose two values a claim states ("from 52mph to 41mph") imply no amount between them: levels, dates, counts of change. */
const NO_DIFFERENCE_MEASURES = new Set(['points', 'rate', 'clock', 'date', 'number', 'year', 'difference']);
/** Words between two shares that compare them as two levels of one measure ("from 36% to 44%", "44%, up from 36%", "against 36%"). */
const COMPARING_SHARES = /\b(?:from|against|compared|versus|vs|than)\b/i;
/** Words between two amounts of one measure that compare them: "from X to Y", "X, against Y", "X, up from Y", "X more than Y". */
const COMPARING_WORDS = /\b(?:from|to|against|than|compared|versus|vs|up|down)\b/i;
/** "from" right before the first of two shares ("rose from 36% in April to 44%"). */
const FROM_BEFORE = /\bfrom\s+$/i;

/** Whether two shares, `between` the first and the second, are compared as two levels (COMPARING_SHARES, "from X … to Y"). */
function comparesShares(text: string, first: ClaimFigure, between: string): boolean {
  if (COMPARING_SHARES.test(between)) return true;
  return FROM_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start)) && /\bto\b/i.test(between);
}

/** A size of change ("by 11mph", "by £3m"): already the difference, not one of the two levels. */
const BY_BEFORE = /\bby\s+(?:[a-z]+\s+)?$/i;

/**
 * The difference of the two amounts of one measure that a claim compares ("fell from 42mph to 33mph", "£131m, against a budget
 * of £100m"), as one more figure of that measure: another outlet states it as the amount ("fell by 9mph, to 33mph", "£31m
 * more than its budget"), which then agrees with a value the claim implies rather than conflicting with the two it writes.
 * Only for a measure the claim states exactly twice, both bounded, and not when one of them is already a size of change.
 */
export function statedDifferences(text: string, figures: readonly ClaimFigure[]): ClaimFigure[] {
  const byMeasure = new Map<string, ClaimFigure[]>();
  for (const figure of figures) {
    if (NO_DIFFERENCE_MEASURES.has(figure.measure) || figure.measure.startsWith('baseline:') || figure.start < 0) continue;
    byMeasure.set(figure.measure, [...(byMeasure.get(figure.measure) ?? []), figure]);
  }
  const derived: ClaimFigure[] = [];
  for (const [measure, same] of byMeasure) {
    if (same.length !== 2) continue;
    const [first, second] = (same as [ClaimFigure, ClaimFigure]).sort((a, b) => a.start - b.start);
    if (!Number.isFinite(first.high) || !Number.isFinite(second.high) || first.end > second.start) continue;
    const shares = measure === 'share';
    // Two shares compared differ by points, which a claim that states them states already if it writes any.
    if (shares && figures.some((figure) => figure.measure === 'points')) continue;
    const between = text.slice(first.end, second.start);
    if (!(shares ? comparesShares(text, first, between) : COMPARING_WORDS.test(between))) continue;
    if (same.some((figure) => BY_BEFORE.test(text.slice(Math.max(0, figure.start - 12), figure.start)))) continue;
    const [larger, smaller] = first.low + first.high >= second.low + second.high ? [first, second] : [second, first];
    const low = larger.low - smaller.high;
    if (low <= 0) continue;
    derived.push({ measure: shares ? 'points' : measure, low, high: larger.high - smaller.low, token: '', start: -1, end: -1 });
  }
  return derived;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE_DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\b/;
const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/** The day a date quantity names ("3 March", "March 3rd", "June 1"), or null for a month and year ("May 2023"). */
function dateDayOf(written: string, start: number, end: number): DateDay | null {
  const month = MONTH_WORD.exec(written);
  const day = DATE_DAY.exec(written);
  if (!month || !day || Number(day[1]) < 1 || Number(day[1]) > 31) return null;
  const monthIndex = MONTHS.findIndex((name) => name.startsWith((month[1] as string).toLowerCase()));
  if (monthIndex < 0) return null;
  const at = start + day.index;
  return { start: at, end: at + (day[1] as string).length, dateStart: start, dateEnd: end, day: (monthIndex + 1) * 100 + Number(day[1]) };
}

/** A date's day as a figure: two dates of one month and day agree, two others conflict, and neither is a bare number ("No 10"). */
export function dateDayFigure(day: DateDay, token: string): ClaimFigure {
  return { measure: 'date', low: day.day, high: day.day, token, start: day.start, end: day.end };
}

/**
 * A share of a whole the claim counts ("a quarter of its 400 staff", "25% of the 400 jobs"): the count of the part it implies;
 * a share read from two counts ("58 of the 120 seats"): those counts, which another outlet states alone ("58 seats in the
 * 120-member chamber"), each of what the whole counts.
 */
function sharesOfWholes(text: string, figures: readonly ClaimFigure[]): ClaimFigure[] {
  const implied: ClaimFigure[] = [];
  for (const { ofWhole, start, end } of figures) {
    if (!ofWhole) continue;
    const counted = ofWhole.whole.counted ? { counted: ofWhole.whole.counted } : {};
    for (const count of [ofWhole.part, ofWhole.whole]) implied.push({ ...count, ...counted, start, end, implied: true });
  }
  for (let i = 0; i + 1 < figures.length; i++) {
    const share = figures[i] as ClaimFigure;
    const whole = figures[i + 1] as ClaimFigure;
    if (share.measure !== 'share' || whole.measure !== 'count' || whole.low !== whole.high || share.high >= 100) continue;
    if (!PART_OF_WHOLE.test(text.slice(share.end, whole.start))) continue;
    const low = Math.floor((share.low * whole.low) / 100);
    const high = Math.ceil((share.high * whole.low) / 100);
    implied.push({
      measure: 'count',
      low,
      high,
      token: canonicalNumber(Math.round((((share.low + share.high) / 2) * whole.low) / 100)),
      start: share.start,
      end: whole.end,
      ...(whole.counted ? { counted: whole.counted } : {}),
      implied: true,
    });
  }
  return implied;
}

/** Measures whose changes have a direction (changeDirection): a rise and a fall of one size are not one fact. */
const DIRECTED_MEASURES: ReadonlySet<string> = new Set(['share', 'points']);
/** The packed measure of a directed figure's change (packFigures): its values signed, up positive. */
const changeMeasure = (measure: string): string => `change:${measure}`;
const CHANGE_MEASURE_HASHES = new Set([...DIRECTED_MEASURES].map((measure) => hashString(changeMeasure(measure))));

/** Verbs and nouns of change beyond the conflict lexicon's (CHANGE_WORDS): headline verbs, verbs of doing a change ("cut by", "raised by"). */
const MORE_CHANGE_VERBS: ReadonlyMap<string, 1 | -1> = new Map([
  ...'soar soars soared soaring surge surges surged surging leap leaps leapt leaped jump jumping raise raises raised boost boosts boosted'
    .split(/\s+/)
    .map((word): [string, 1] => [word, 1]),
  ...[
    'plunge plunges plunged plunging plummet plummets plummeted tumble tumbles tumbled sink sinks sank sunk',
    'slide slides slid dip dips dipped reduce reduces reduced reduction reductions lowered cutting dropping declining decreasing shrinking slumping',
    'slash slashes slashed slashing',
  ]
    .join(' ')
    .split(/\s+/)
    .map((word): [string, -1] => [word, -1]),
]);
/** Words that give a change its direction only beside its size: "up"/"down" ("sales were down 14%"), comparatives ("6% lower", "30 percent more", "a fifth fewer"). */
const CHANGE_COMPARATIVES: ReadonlyMap<string, 1 | -1> = new Map([
  ['up', 1],
  ['higher', 1],
  ['more', 1],
  ['down', -1],
  ['lower', -1],
  ['fewer', -1],
  ['less', -1],
]);

/** The direction a verb or noun of change names ("rose", "climbed", "a drop", "reduced"): 1 up, -1 down, 0 none. */
export function changeVerbDirection(word: string): 1 | -1 | 0 {
  const change = CHANGE_WORDS.get(word);
  if (change) return change === 'increase' ? 1 : -1;
  return MORE_CHANGE_VERBS.get(word) ?? 0;
}

function directionOfWord(word: string | undefined): 1 | -1 | 0 {
  if (!word) return 0;
  const lower = word.toLowerCase();
  return changeVerbDirection(lower) || (CHANGE_COMPARATIVES.get(lower) ?? 0);
}

/** Hedges between a word of change and its size: "rose by nearly 30%", "down more than a fifth", "a rise of some 9%". */
const CHANGE_HEDGES = String.raw`(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more\s+than|less\s+than|a\s+further|another|an\s+estimated)\s+)*`;
/** "rose by 30 percent", "fell 14%", "up nearly a fifth", "an increase of 19.0%", "a rise of 9 per cent": the word of change before the size. */
const CHANGE_BEFORE = new RegExp(String.raw`\b([a-z]+)\s+(?:(?:by|of)\s+)?${CHANGE_HEDGES}$`, 'i');
/** "cut fares by 30%": a verb of change up to three words before "by" (the words before "by", nearest last). */
const WORDS_BEFORE_BY = /((?:[a-z'’-]+\s+){1,4})by\s+$/i;
/** "a 14% drop", "6.0% lower than", "30 percent more": the word of change after the size. */
const CHANGE_AFTER = /^[\s-]*([a-z]+)\b/i;

/**
 * Which way a share or points figure moved, when the claim says so: 1 up, -1 down, 0 not a change
 * (a level: "fell to 6%", "up to 30%", "30% of the vote"). "Fell by 30 percent" and "rose by 30
 * percent" share their size, not their fact: packFigures files the change as a signed figure of its
 * own, so that two claims whose changes go opposite ways conflict (figuresConflict) and are never linked.
 */
export function changeDirection(text: string, figure: Pick<ClaimFigure, 'start' | 'end' | 'measure'>): 1 | -1 | 0 {
  return changeOf(text, figure)?.direction ?? 0;
}

/** A figure's change (changeDirection): its direction and where its word of change starts (-1 for "halved", the figure itself). */
function changeOf(text: string, figure: Pick<ClaimFigure, 'start' | 'end' | 'measure'>): { direction: 1 | -1; start: number } | null {
  if (!DIRECTED_MEASURES.has(figure.measure) || figure.start < 0) return null;
  if (/^halv/i.test(text.slice(figure.start, figure.end))) return { direction: -1, start: -1 }; // "halved" (HALVED): a fall by half
  if (/^(?:doubl|tripl|quadrupl)/i.test(text.slice(figure.start, figure.end))) return { direction: 1, start: -1 }; // MULTIPLIED: a rise
  const from = Math.max(0, figure.start - 60);
  const before = text.slice(from, figure.start);
  const after = text.slice(figure.end, figure.end + 20);
  // "more"/"less"/"fewer" and "higher"/"lower" say a change after the size only ("more than 30%" is a bound).
  const near = CHANGE_BEFORE.exec(before);
  const word = near?.[1]?.toLowerCase();
  if (near && word && !['more', 'less', 'fewer', 'higher', 'lower'].includes(word)) {
    const direction = directionOfWord(word);
    if (direction !== 0) return { direction, start: from + near.index };
  }
  const byWords = /\bby\s+$/i.test(before) ? WORDS_BEFORE_BY.exec(before) : null;
  if (byWords) {
    // The words before "by", nearest last, each with where it starts.
    const words = [...(byWords[1] as string).matchAll(/\S+/g)].reverse();
    for (const match of words) {
      const verb = directionOfWord(match[0]);
      if (verb !== 0) return { direction: verb, start: from + byWords.index + (match.index as number) };
    }
  }
  const next = CHANGE_AFTER.exec(after);
  // "30% of" and "30% to 40%" are no change; "a 14% drop", "6.0% lower", "14 percent up on a year earlier" are.
  const direction = directionOfWord(next?.[1]);
  return next && direction !== 0 ? { direction, start: figure.end + next[0].length - (next[1] as string).length } : null;
}

/**
 * After a count, what makes it a difference: "half a million more than the year before", "1,200 more homes", "300 fewer
 * nurses than in 2024", "2.4 million jabs, half a million more"; "more"/"fewer" right after it, or after one word it counts
 * (not the hedge "more or less"); "extra" and "additional" after it ("30 extra flights").
 */
const DIFFERENCE_AFTER = /^\s*(?:(?:[a-z]+\s+)?(?:more|fewer)\b(?!\s+or\s+(?:less|fewer)\b)|(?:extra|additional)\b)/i;
/** Before a count, what makes it a difference: "a further 300 or so posts", "another 40 jobs", "an extra 320 beds". */
const DIFFERENCE_BEFORE = /\b(?:a\s+further|another|an\s+(?:extra|additional))\s+$/i;

/**
 * A count that states a difference (DIFFERENCE_AFTER, DIFFERENCE_BEFORE) as a measure of its own, "difference": half a million more than the
 * year before is no level of 500,000, so it does not contradict a level of 2.4 million or one of 1.9 million told beside it.
 */
function differences(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return figures.map((figure) =>
    figure.measure === 'count' &&
    (DIFFERENCE_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
      DIFFERENCE_BEFORE.test(text.slice(Math.max(0, figure.start - 20), figure.start)))
      ? { ...figure, measure: 'difference' }
      : figure,
  );
}

/** The counted noun of a change in a share told in bare points ("up six points", "7.4 points higher"). */
const POINTS_NOUN = /^points?$/i;

/**
 * A count of "points" in a claim that states a share ("has climbed eight points since April, to 44 per cent"): the share's change
 * in percentage points, as "six percentage points" is read, not a count of things, so that it meets the points a claim
 * stating the two shares implies (statedDifferences: "rose from 36% to 44%"). Not in a claim without a share (a score,
 * a points-based system).
 */
function pointsOfShares(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  if (!figures.some((figure) => figure.measure === 'share')) return figures;
  return figures.map((figure) => {
    if (figure.measure !== 'count' || figure.counted === undefined || !POINTS_NOUN.test(figure.counted)) return figure;
    const points: ClaimFigure = { ...figure, measure: 'points', token: `${canonicalNumber(figure.low)}pp` };
    delete points.counted;
    return points;
  });
}

/** Each share or points figure with the direction of its change (changeOf), when it has one, and where its word of change starts. */
function withDirections(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return figures.map((figure) => {
    const change = changeOf(text, figure);
    return change === null ? figure : { ...figure, direction: change.direction, changeWordStart: change.start };
  });
}

/** A hedge before a time of day ("shortly before 21:00", "just after noon", "around 9pm"): half an hour either way. */
const CLOCK_HEDGE = /\b(?:about|around|approximately|roughly|shortly|soon|just|little|some\s+time)\s+(?:before\s+|after\s+)?$/i;
/** A stated time of day allows this many minutes either way (a report rounds "9.04pm" to "9pm"). */
const CLOCK_SLACK = 5;
const CLOCK_HEDGE_SLACK = 30;

/**
 * Times of day on a 12-hour dial, in minutes from 1:00 to 12:59 (noon and midnight are 12:00): "21:00",
 * "9pm", "9.30 p.m.", "nine o'clock", "midday". The dial, not the day's 24 hours, as a text often
 * leaves morning or evening to its context ("a little before nine o'clock on a Tuesday night" /
 * "shortly before 21:00"); a reading of one side as morning and the other as evening would make
 * a restatement a conflict of figures, which is never linked.
 */
function clockFigures(text: string): ClaimFigure[] {
  return timesOfDay(text).map((time) => {
    const minutes = dialMinutes(time);
    const slack = CLOCK_HEDGE.test(text.slice(Math.max(0, time.start - 30), time.start)) ? CLOCK_HEDGE_SLACK : CLOCK_SLACK;
    const token = `${Math.floor(minutes / 60)}${String(time.minute).padStart(2, '0')}clock`;
    return { measure: 'clock', low: minutes - slack, high: minutes + slack, token, start: time.start, end: time.end };
  });
}

/**
 * Money right before a rate ("£50,000 a week", "$2m every day") is an amount per span of time: a
 * measure of its own ("money:GBP/1week"), so it neither contradicts a total ("spent £60,000 so
 * far") nor, by the same token, tells the same fact as one (similarity.ts: sameValueOtherMeasure).
 * Its token stays the amount's: a restatement that leaves the rate out keeps the shared number.
 */
function moneyPerSpan(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return figures.map((figure, i) => {
    const next = figures[i + 1];
    if (!figure.measure.startsWith('money:') || figure.measure.includes('/')) return figure;
    // The quantities module may take "over" into the span's text ("over five years").
    if (next?.measure === 'time' && OVER_A_SPAN.test(`${text.slice(figure.end, next.start)}${spanPreposition(text, next)}`))
      return moneyPerYear(figure, next);
    // "50p an hour", "50p/hour": the span right after the amount, the slash glued to both.
    if (next?.measure !== 'rate' || !/^\s*$/.test(text.slice(figure.end, next.start))) return figure;
    return { ...figure, measure: `${figure.measure}/${next.token}` };
  });
}

/** Square metres in a unit of area that a price is per. */
const SQUARE_METRES: ReadonlyMap<string, number> = new Map([
  ['m', 1],
  ['metre', 1],
  ['meter', 1],
  ['ft', 0.09290304],
  ['foot', 0.09290304],
  ['feet', 0.09290304],
  ['yd', 0.83612736],
  ['yard', 0.83612736],
  ['km', 1e6],
  ['kilometre', 1e6],
  ['kilometer', 1e6],
  ['mi', 2589988.110336],
  ['mile', 2589988.110336],
  ['acre', 4046.8564224],
  ['hectare', 1e4],
  ['ha', 1e4],
]);
/** The words between an amount of money and its conversion in brackets: " (", " (about ", " (or ". */
const BEFORE_CONVERSION = /^\s*\(\s*(?:about|around|roughly|some|approximately|approx\.?|or|c\.)?\s*$/i;

/**
 * "A$412 million ($271 million)", "£2.4 million ($3 million)", "A$412m (NZ$452m)": an amount of money in brackets right
 * after another is the same amount in another currency, no figure of its own, so that another outlet's conversion (or
 * none) does not conflict with it; its token stays a word of the claim (`conversionToken`), so that an outlet stating the
 * amount in that currency alone ("a $12mn hit") shares it.
 */
function withoutConversions(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  const kept: ClaimFigure[] = [];
  for (const figure of figures) {
    const before = kept[kept.length - 1];
    const close =
      before && figure.measure.startsWith('money:') && before.measure.startsWith('money:') ? /^\s*\)/.exec(text.slice(figure.end)) : null;
    if (before && close && BEFORE_CONVERSION.test(text.slice(before.end, figure.start))) {
      // The amount runs to the closing bracket: what follows it ("… ($14.5 billion) a year") is said of it.
      kept[kept.length - 1] = { ...before, end: figure.end + close[0].length, conversionToken: figure.token };
    } else kept.push(figure);
  }
  return kept;
}

/** "per square metre", "a square foot", "per sq ft", "/m²", "an acre", "per hectare" right after an amount of money. */
const PER_AREA =
  /^\s*(?:per|an?|each|every|\/)\s*(?:(?:square|sq\.?)\s+(metre|meter|foot|feet|yard|kilometre|kilometer|mile|m|ft|yd|km|mi)s?\b|(m|ft)(?:2|²)|(acre|hectare|ha)s?\b)/i;

/**
 * Money per unit of area ("€5,380 per square metre", "about €500 per square foot", "$310 an acre") as the amount per
 * square metre it comes to (measure "money:EUR/m2"): a price per area and its conversion into another unit meet, and
 * neither meets a total.
 */
function moneyPerArea(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return figures.map((figure) => {
    if (!figure.measure.startsWith('money:') || figure.measure.includes('/')) return figure;
    const match = PER_AREA.exec(text.slice(figure.end));
    const unit = match ? (match[1] ?? match[2] ?? match[3])?.toLowerCase() : undefined;
    const factor = unit === undefined ? undefined : SQUARE_METRES.get(unit);
    if (factor === undefined || match === null) return figure;
    const perSquareMetre = (figure.low + figure.high) / 2 / factor;
    return {
      ...figure,
      measure: `${figure.measure}/m2`,
      low: (figure.low / factor) * (1 - CONVERSION),
      high: (figure.high / factor) * (1 + CONVERSION),
      // One token for a price and its conversion ("€5,380 per square metre" / "€500 per square foot": 5400EUR/m2), as a
      // length's is in its base unit; the words of the unit are the figure's.
      token: `${twoSignificant(perSquareMetre)}${figure.measure.slice('money:'.length)}/m2`,
      end: figure.end + match[0].length,
    };
  });
}

/** "per resident", "a head", "for every household" right after an amount of money: who or what it is per. */
const PER_HEAD = /^\s*(?:per|an?|each|every|for\s+(?:each|every))\s+([a-z]+)\b/i;
/** "per resident" earlier in the amount's clause. */
const HEAD_BEFORE = /\bper\s+([a-z]+)\b[^,;:.()]*$/i;
/**
 * Words for one person as the base of an amount. Other bases ("a household", "each") stay the plain amount: a restatement
 * often leaves them implicit ("£85,000 per household" / "£85k each"), but an amount per person is a rate of a population
 * that neither a total nor an amount per household is.
 */
const HEAD_BASES: ReadonlyMap<string, string> = new Map([
  ['person', 'person'],
  ['people', 'person'],
  ['head', 'person'],
  ['capita', 'person'],
  ['resident', 'person'],
  ['inhabitant', 'person'],
  ['citizen', 'person'],
  ['individual', 'person'],
]);

/**
 * Money per person ("€31,000 per resident", "per capita", "a head", "debt per inhabitant stands at €31,000") as a measure
 * of its own ("money:EUR/per:person"): the same amount per household is another figure, and so is a total. Its token
 * stays the amount's.
 */
function moneyPerHead(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return figures.map((figure) => {
    if (!figure.measure.startsWith('money:') || figure.measure.includes('/')) return figure;
    // After the amount ("€31,000 per resident") or before it in its clause ("debt per resident stands at €31,000").
    const word = (PER_HEAD.exec(text.slice(figure.end)) ??
      HEAD_BEFORE.exec(text.slice(Math.max(0, figure.start - 60), figure.start)))?.[1]?.toLowerCase();
    const singular = word?.endsWith('ies') ? `${word.slice(0, -3)}y` : word?.endsWith('s') ? word.slice(0, -1) : word;
    const base = singular === undefined ? undefined : (HEAD_BASES.get(singular) ?? HEAD_BASES.get(word as string));
    return base === undefined ? figure : { ...figure, measure: `${figure.measure}/per:${base}` };
  });
}

/** What lies between an amount and the span it is spread over: "£7.2bn over five years", "€40m across the next three years". */
const OVER_A_SPAN = /^\s+(?:over|across|spread\s+over)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+|past\s+|last\s+)?$/i;
/** "over " when a span's own text opens with it (the quantities module reads "over five years" whole), else "". */
function spanPreposition(text: string, span: ClaimFigure): string {
  return /^(?:over|across)\s+/i.exec(text.slice(span.start, span.end))?.[0] ?? '';
}
/** The days of a year, as timeFigure counts them. */
const DAYS_A_YEAR = (baseUnitOf('year')?.factor ?? 360) / (baseUnitOf('day')?.factor ?? 1);

/**
 * Money spread over a span of time ("£7.2bn over five years", version 19) as the amount a year it comes to (£1.44bn a
 * year, measure "money:GBP/1year", as "£7.2bn a year" states it): the two conflict, a total and a yearly amount of one
 * value being two figures. Its token stays the amount's, for the shingles.
 */
function moneyPerYear(money: ClaimFigure, span: ClaimFigure): ClaimFigure {
  return {
    ...money,
    measure: `${money.measure}/1year`,
    low: (money.low * DAYS_A_YEAR) / span.high,
    high: (money.high * DAYS_A_YEAR) / span.low,
  };
}

/** "42p", "42 pence" as the pounds they are (version 19: £0.42, measure "money:GBP"), so that they meet "£0.42". */
/** A CENTS match as the dollars it is ("21c" is $0.21, measure DOLLARS), "A21c" and "21 Australian cents" naming the dollar. */
function centsFigure(match: RegExpMatchArray): ClaimFigure {
  const start = match.index as number;
  const dollars = Number(match[2]) / 100;
  const prefix = match[1];
  const country = match[3];
  const dollar = prefix ? DOLLAR_PREFIXES.get(prefix) : country ? DOLLAR_COUNTRIES.get(country.toLowerCase()) : undefined;
  const figure: ClaimFigure = {
    measure: DOLLARS,
    low: dollars,
    high: dollars,
    token: `${canonicalNumber(dollars)}dollar`,
    start,
    end: start + match[0].length,
  };
  return dollar ? { ...figure, dollar } : figure;
}

function penceFigure(match: RegExpMatchArray): ClaimFigure | null {
  const start = match.index as number;
  const pence = match[1] !== undefined ? Number(match[1]) : cardinalValue((match[2] as string).toLowerCase());
  if (pence === undefined) return null; // "ten-twenty pence": no one number
  const pounds = pence / 100;
  return { measure: 'money:GBP', low: pounds, high: pounds, token: `${canonicalNumber(pounds)}GBP`, start, end: start + match[0].length };
}

/** The figure of an AND_A_HALF match (a half, a quarter or three quarters): a span of time, a measure, money or a count; null when the whole is no number. */
function andAHalfFigure(match: RegExpMatchArray): ClaimFigure | null {
  const [, wholeBefore, unitBefore, fractionBefore, wholeAfter, fractionAfter, scale, unitAfter] = match;
  const whole = (wholeBefore ?? wholeAfter ?? '').toLowerCase();
  const wholeValue = /^\d+$/.test(whole) ? Number(whole) : whole === 'a' || whole === 'an' ? 1 : cardinalValue(whole);
  if (wholeValue === undefined) return null;
  // "eighteen and a half million pounds" is money (version 19), as "2.4 million pounds" is to the quantities module.
  const poundsOfMoney = scale !== undefined && /^pounds?$/i.test(unitAfter ?? '');
  const unit = poundsOfMoney ? { kind: 'money' as const, unit: 'GBP' } : UNIT_WORDS.get((unitBefore ?? unitAfter ?? '').toLowerCase());
  const start = match.index as number;
  // "nearly two and a half million", "about two and a half hours": the hedge before it, which the match leaves out.
  const hedge = HEDGE_BEFORE.exec((match.input ?? '').slice(Math.max(0, start - HEDGE_BEFORE_CHARS), start))?.[1];
  return quantityFigure({
    text: hedge ? `${hedge} ${match[0]}` : match[0],
    start,
    end: start + match[0].length,
    kind: unit?.kind ?? 'count',
    value:
      (wholeValue + andAFractionValue(fractionBefore ?? fractionAfter ?? '')) * (scale ? (SCALES.get(scale.toLowerCase()) as number) : 1),
    unit: unit?.unit ?? null,
    counted: null,
    approximate: hedge !== undefined,
    bound: null,
  });
}

/** A hedge right before an amount the quantities module did not read ("nearly two and a half million"). */
const HEDGE_BEFORE = /\b(nearly|almost|about|around|roughly|approximately|some)\s+$/i;
/** How far back HEDGE_BEFORE looks: the longest hedge and a space. */
const HEDGE_BEFORE_CHARS = 16;

/**
 * "a pair of hauliers", "a couple of tenders": a count of two ("a couple" as often means two or three) of the noun after it,
 * which another outlet writes "two hauliers" (branch matching33). Not before a unit ("a couple of weeks"), nor where the
 * quantities module read an amount ("a couple of hundred").
 */
const PAIR_OF = /\b((?:a|one)\s+(pair|couple)\s+of)\s+(?:(?:the|its|their)\s+)?([a-z][a-z-]*)\b/gi;

function pairsOf(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  let out = figures;
  for (const match of text.matchAll(PAIR_OF)) {
    const noun = (match[3] as string).toLowerCase();
    if (UNIT_WORDS.has(noun) || MAGNITUDE_VALUES.has(noun) || noun === 'dozen') continue;
    const start = match.index;
    if (out.some((figure) => start < figure.end && start + match[0].length > figure.start)) continue;
    const couple = (match[2] as string).toLowerCase() === 'couple';
    const end = start + (match[1] as string).length;
    out = [...out, { measure: 'count', low: 2, high: couple ? 3 : 2, token: '2', start, end, counted: noun }];
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "two of its four supports" as the share it is (50%), so that it meets "half of its supports". */
function partsOfWholes(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return joinNeighbours(figures, (part, whole) =>
    part.measure === 'count' &&
    whole.measure === 'count' &&
    part.low === part.high &&
    whole.low === whole.high &&
    part.low > 0 &&
    part.low < whole.low &&
    PART_OF_WHOLE.test(text.slice(part.end, whole.start))
      ? { ...shareFigure((100 * part.low) / whole.low, part.start, whole.end), ofWhole: { part, whole } }
      : null,
  );
}

/** `figures` with each figure and the next replaced by what `join` makes of them, when it makes one. */
function joinNeighbours(figures: ClaimFigure[], join: (first: ClaimFigure, second: ClaimFigure) => ClaimFigure | null): ClaimFigure[] {
  const out: ClaimFigure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i] as ClaimFigure;
    const second = figures[i + 1];
    const joined = second ? join(first, second) : null;
    out.push(joined ?? first);
    if (joined) i++;
  }
  return out;
}

/** What a rate's population is counted in: a thousand, ten thousand, a hundred thousand, a million. */
const POPULATION_BASES: ReadonlySet<number> = new Set([1_000, 10_000, 100_000, 1_000_000]);
/** Between a rate and its population: "per", "in every", "for every", "out of every", a noun or two of what it counts first ("41 cases per"). */
const PER_POPULATION = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:per|in\s+every|for\s+every|out\s+of\s+every|in\s+each)\s+$/iu;

/**
 * "12.4 per 100,000", "41 cases in every 100,000 people", "3.5 per 1,000 births": a rate of a population as the share it is
 * (0.0124%, 0.041%, 0.35%), to the written value's rounding, so that it meets the same rate written with another base or as
 * a percentage ("2,000 per 100,000" / "2% of people"), and two rates for one measure that differ conflict (version 22); not
 * the counts 12.4 and 100,000.
 */
function ratesPerPopulation(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  return joinNeighbours(figures, (rate, base) => {
    if (
      rate.measure !== 'count' ||
      base.measure !== 'count' ||
      base.low !== base.high ||
      !POPULATION_BASES.has(base.low) ||
      rate.high >= base.low ||
      !PER_POPULATION.test(text.slice(rate.end, base.start))
    ) {
      return null;
    }
    const value = Number.parseFloat(rate.token);
    const rounding = Number.isFinite(value) ? roundingOf(value) : 0;
    const percent = (v: number): number => (100 * v) / base.low;
    const token = `${canonicalNumber(percent(Number.isFinite(value) ? value : rate.low))}%`;
    return {
      measure: 'share',
      low: percent(rate.low - rounding),
      high: percent(rate.high + rounding),
      token,
      start: rate.start,
      end: base.end,
    };
  });
}

/** The time elapsed an ORDINAL_TIME_UNIT match states: N − 1 to N units, its token that of N units ("62minute"). */
function ordinalTimeFigure(match: RegExpMatchArray): ClaimFigure | null {
  const n = match[1] ? Number(match[1]) : ORDINAL_WORDS.indexOf((match[2] as string).toLowerCase()) + 1;
  const unit = UNIT_WORDS.get((match[3] as string).toLowerCase());
  if (!(n >= 1) || unit?.kind !== 'duration') return null;
  const start = match.index as number;
  const whole = timeFigure(n, unit.unit, 0, start, start + match[0].length);
  const previous = n > 1 ? timeFigure(n - 1, unit.unit, 0, start, start) : null;
  return { ...whole, low: previous ? previous.low : 0 };
}

/** The fall a HALVED match states, as a share of what it fell from ("50%"), from the verb on (changeDirection reads it there). */
function halvedFigure(match: RegExpMatchArray): ClaimFigure {
  const hedge = match[1]?.toLowerCase().replace(/\s+/g, ' ');
  const start = (match.index as number) + (match[1] ? match[0].length - match[0].replace(/^\S+(?:\s+than)?\s+/i, '').length : 0);
  const figure = shareFigure(50, start, (match.index as number) + match[0].length);
  if (hedge === 'more than' || hedge === 'over') return { ...figure, low: 50, high: 100 };
  if (hedge === 'nearly' || hedge === 'almost') return { ...figure, low: 50 * NEARLY_MULTIPLE, high: 50 };
  return figure;
}

/** The rise a MULTIPLIED match states, as a share of what it rose from, its token the multiple's ("100%"). */
function multipleFigure(match: RegExpMatchArray): ClaimFigure {
  const rise = MULTIPLE_RISE.get((match[2] as string).toLowerCase()) as number;
  const hedge = match[1]?.toLowerCase().replace(/\s+/g, ' ');
  const start = (match.index as number) + (match[1] ? match[0].length - match[0].replace(/^\S+(?:\s+than)?\s+/i, '').length : 0);
  const end = (match.index as number) + match[0].length;
  const [low, high] =
    hedge === 'more than' || hedge === 'over'
      ? [rise, Infinity]
      : hedge === 'nearly' || hedge === 'almost'
        ? [rise * NEARLY_MULTIPLE, rise]
        : [rise * (1 - MULTIPLE_SLACK), rise * (1 + MULTIPLE_SLACK)];
  return { measure: 'share', low, high, token: `${rise}%`, start, end };
}

/** "between 5% and 7%": the two ends of one range of shares, as "5 to 7 per cent" is read; not "from 5% to 7%", a change. */
function betweenShares(text: string, figures: ClaimFigure[]): ClaimFigure[] {
  const out: ClaimFigure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const low = figures[i] as ClaimFigure;
    const high = figures[i + 1];
    const between = /\bbetween\s+$/i.exec(text.slice(Math.max(0, low.start - 10), low.start));
    if (
      high &&
      between &&
      low.measure === 'share' &&
      high.measure === 'share' &&
      low.low < high.low &&
      /^\s+and\s+$/i.test(text.slice(low.end, high.start))
    ) {
      // The span holds "between", so that a word of change before it gives the range its direction ("growth of between …").
      const start = low.start - between[0].length;
      const token = `${low.token.replace(/%$/, '')}-${high.token}`;
      // Its ends as written, each the middle of the values its share allows ("5%" is 4.5–5.5): as "5 to 7 per cent" reads.
      const [from, to] = [(low.low + low.high) / 2, (high.low + high.high) / 2];
      out.push({ measure: 'share', low: from, high: to, token, start, end: high.end, range: true });
      i++;
    } else {
      out.push(low);
    }
  }
  return out;
}

/** Hedges that put the value just below the amount: "nearly half", "almost a third", "almost 50%". */
const BELOW_HEDGE = /^(?:nearly|almost)\b/i;

/** A share from a fraction (a part of a whole, "by a quarter"): whole percent, a point either way. */
function shareFigure(percent: number, start: number, end: number): ClaimFigure {
  return {
    measure: 'share',
    low: percent - FRACTION_POINTS,
    high: percent + FRACTION_POINTS,
    token: `${Math.round(percent)}%`,
    start,
    end,
  };
}

/**
 * Dollars of every country are one measure ("money:dollar"): a bare "$" names none, and an Australian paper's
 * "$412 million" is a wire's "A$412 million", a New Zealand site's "$740m" its "NZ$740 million". A dollar the text
 * names ("A$", "NZ$", "US$", "USD", "Australian dollars") is also packed as DOLLAR_COUNTRY_HASH (packFigures), so that
 * two claims naming two dollars conflict ("A$85 million" / "US$85 million") and a bare one agrees with either.
 */
const DOLLAR_CODES: ReadonlySet<string> = new Set([...DOLLAR_PREFIXES.values(), ...DOLLAR_COUNTRIES.values()]);
export const DOLLARS = 'money:dollar';
const DOLLAR_COUNTRY_HASH = hashString('money:dollar-country');
/** A bare "$" or "dollars" reads as US dollars (the quantities module): "US$", "USD 5m", "US dollars" name them. */
const NAMES_US_DOLLAR = /US\$|\bUSD\b|\b(?:US|American) dollars?\b/i;

function dollarFigure(q: Quantity, figure: ClaimFigure): ClaimFigure {
  const unit = q.unit as string;
  const named = unit !== 'USD' || NAMES_US_DOLLAR.test(q.text);
  return { ...figure, measure: DOLLARS, token: `${figure.token.slice(0, -unit.length)}dollar`, ...(named ? { dollar: unit } : {}) };
}

/** A counted noun that is one lower-case word before a time unit ("flight hours", "working days"). */
const QUALIFIED_TIME_UNIT = /^(?!light )[a-z]+ (minute|hour|day|week|month|year)s?$/;

/** How far below a single unit "nearly"/"almost" reaches ("almost a minute" allows 54 seconds): a unit is a coarse round figure. */
const NEARLY_BELOW = 0.15;

/** A bound of a single unit that keeps below it: "in under a week", "less than a month", "within a day". */
const UNDER_ONE_UNIT_BEFORE = /\b(?:under|less\s+than|within|inside)\s+$/i;
/** One that reaches above it: "more than a year", "longer than a month", "at least a week" (not "over a week", as often its time). */
const OVER_ONE_UNIT_BEFORE = /\b(?:more|longer)\s+than\s+$|\bat\s+least\s+$/i;

function reachingBelow(figure: ClaimFigure): ClaimFigure {
  return { ...figure, low: Math.min(figure.low, ((figure.low + figure.high) / 2) * (1 - NEARLY_BELOW)) };
}

/** "nearly" or "almost" just before a single unit: "almost a minute", "nearly an hour". */
const BELOW_HEDGE_BEFORE = /\b(?:nearly|almost)\s+$/i;

function quantityFigure(q: Quantity): ClaimFigure | null {
  if (q.kind === 'date' || q.kind === 'ordinal') return null;
  const end = q.counted && q.text.endsWith(q.counted) ? q.end - q.counted.length : q.end;
  const value = q.value;
  const low = q.low ?? value;
  const high = q.high ?? value;
  if (low === null || high === null) return null;
  const hedge = q.approximate ? HEDGE : 0;
  const span = { start: q.start, end: Math.max(q.start + 1, end) };
  // Widened away from zero either side, so a negative value ("-3C") stays an interval.
  const bounded = (v: number, measure: string, token: string, slack: number, rounding = 0): ClaimFigure => ({
    measure,
    low: q.bound === 'at-most' ? 0 : Math.min(low, v) - Math.abs(Math.min(low, v)) * slack - rounding,
    high: q.bound === 'at-least' ? Infinity : Math.max(high, v) + Math.abs(Math.max(high, v)) * slack + rounding,
    token,
    ...span,
  });

  // "5 to 7 per cent", "5-7%": a range of shares, as "between 5% and 7%" is (betweenShares).
  const percentRange = q.kind === 'range' && q.unit === 'percent';
  if (q.kind === 'fraction' || (q.kind === 'percent' && q.unit !== 'percentage-point') || percentRange) {
    const toPercent = q.kind === 'fraction' ? 100 : 1;
    // A range's ends are as written ("between 3% and 4%" is 3–4, not up to 4.5, which "5 per cent" reaches from 4.5).
    const rounding = q.kind === 'fraction' ? FRACTION_POINTS : percentRange ? 0 : roundingOf(value ?? low);
    const points = rounding + (q.approximate ? 1 : 0);
    const v = (value ?? (low + high) / 2) * toPercent;
    return {
      measure: 'share',
      low: q.bound === 'at-most' ? 0 : low * toPercent - points,
      // "Nearly half", "almost 50%": up to the value, not past it ("nearly half" is not 52%).
      high: q.bound === 'at-least' ? Infinity : high * toPercent + (BELOW_HEDGE.test(q.text) ? rounding : points),
      // A fraction word as whole percent ("a third" → 33%), a percentage as written ("4.1%").
      token:
        value === null || percentRange
          ? `${canonicalNumber(low * toPercent)}-${canonicalNumber(high * toPercent)}%`
          : `${q.kind === 'fraction' ? Math.round(v) : canonicalNumber(v)}%`,
      ...span,
    };
  }
  // "the 58-year-old", "58 years old": the count a bare age states ("Name, 58,"), not a span of time.
  // An age in months or weeks ("under six months old") says its unit, as "younger than six months" does: a span of time.
  if (q.kind === 'age' && q.unit && q.unit !== 'year' && baseUnitOf(q.unit)?.dimension === 'time') {
    const figure = timeFigure(value ?? low, q.unit, hedge, span.start, span.end);
    return { ...figure, low: q.bound === 'at-most' ? 0 : figure.low, high: q.bound === 'at-least' ? Infinity : figure.high };
  }
  if (q.kind === 'age') return bounded(value ?? low, 'count', numberToken(q), hedge);
  // "92 flight hours", "40 working hours", "12 school days": a span of time its noun qualifies, as "92 hours" is.
  // Not a number word before the unit ("8,400 three years ago": a count, then a time back), which counts no span.
  const qualifiedSpan =
    q.kind === 'count' && q.counted && !NUMBER_WORD_VALUES.has(q.counted.split(' ')[0] as string)
      ? QUALIFIED_TIME_UNIT.exec(q.counted)
      : null;
  if (qualifiedSpan && value !== null) return timeFigure(value, qualifiedSpan[1] as string, hedge, span.start, span.end);
  if (q.kind === 'percent') return bounded(value ?? low, 'points', `${canonicalNumber(value ?? low)}pp`, hedge);
  if (q.kind === 'money' && q.unit) {
    const money = bounded(value ?? low, `money:${q.unit}`, `${numberToken(q)}${q.unit}`, hedge, scaleRounding(q));
    return DOLLAR_CODES.has(q.unit) ? dollarFigure(q, money) : money;
  }
  const base = q.unit ? baseUnitOf(q.unit) : undefined;
  if (base?.dimension === 'time') {
    const figure = timeFigure(value ?? low, q.unit as string, hedge, span.start, span.end);
    const read =
      value === null ? { ...figure, low: low * base.factor * (1 - CONVERSION), high: high * base.factor * (1 + CONVERSION) } : figure;
    // "more than 80 days", "less than six hours": a span open on one side, as a count so bounded is.
    return { ...read, low: q.bound === 'at-most' ? 0 : read.low, high: q.bound === 'at-least' ? Infinity : read.high };
  }
  if (base) {
    // A few whole units ("3km", "a 2-mile stretch") are as often another outlet's conversion, rounded to the unit: up to a hedge's slack.
    const whole = value ?? low;
    const rounded = whole > 0 ? Math.min(roundingOf(whole) / whole, HEDGE) : 0;
    const slack = hedge + Math.max(base.approximate ? HEDGE : CONVERSION, rounded);
    const inBase = (value ?? low) * base.factor;
    // A unit of several sizes ("tons": short, metric or long) allows each, with a conversion's rounding beyond.
    const [lowFactor, highFactor, edge] = base.factorRange ? [...base.factorRange, hedge + CONVERSION] : [base.factor, base.factor, slack];
    return {
      ...bounded(inBase, base.dimension, `${twoSignificant(inBase)}${base.dimension}`, slack),
      low: q.bound === 'at-most' ? 0 : low * lowFactor * (1 - edge),
      high: q.bound === 'at-least' ? Infinity : high * highFactor * (1 + edge),
    };
  }
  if (q.unit === 'fahrenheit') return fahrenheitFigure(q, value, low, high, hedge, span);
  // Degrees Celsius as the degrees news means when it names no scale ("minus seven degrees" / "minus 7 degrees Celsius", "44C").
  const unit = q.unit === 'celsius' ? 'degree' : q.unit;
  if (unit) {
    const figure = bounded(value ?? low, `unit:${unit}`, `${numberToken(q)}${unit}`, hedge); // degrees, ages in years…
    // "below 5C" reaches below zero.
    return unit === 'degree' && q.bound === 'at-most' ? { ...figure, low: ABSOLUTE_ZERO } : figure;
  }
  const count = bounded(value ?? low, 'count', numberToken(q), hedge, scaleRounding(q));
  return q.counted ? { ...count, counted: q.counted } : count;
}

/** The lowest temperature there is, in degrees Celsius: the low end of "below 5F". */
const ABSOLUTE_ZERO = -273.15;

const celsiusOf = (fahrenheit: number): number => ((fahrenheit - 32) * 5) / 9;

/**
 * A temperature in Fahrenheit as the Celsius figure it states (`unit:degree`, the measure of "44C"), widened by the
 * rounding of the Fahrenheit value ("103F" is 102.5–103.5F, 39.2–39.7C, so it states what "39.4C" does: a paper
 * converting a Celsius reading writes whole Fahrenheit degrees). Token to a tenth of a degree, as Celsius is written.
 */
function fahrenheitFigure(
  q: Quantity,
  value: number | null,
  low: number,
  high: number,
  hedge: number,
  span: { start: number; end: number },
): ClaimFigure {
  const rounding = (roundingOf(value ?? low) * 5) / 9;
  const lowC = celsiusOf(low);
  const highC = celsiusOf(high);
  return {
    measure: 'unit:degree',
    low: q.bound === 'at-most' ? ABSOLUTE_ZERO : lowC - Math.abs(lowC) * hedge - rounding,
    high: q.bound === 'at-least' ? Infinity : highC + Math.abs(highC) * hedge + rounding,
    token: `${canonicalNumber(Math.round(celsiusOf(value ?? low) * 10) / 10)}degree`,
    ...span,
  };
}

/** "41 of its staff", "two of the crew": a count of the noun after "of" and a determiner, which the quantities module leaves out. */
const PARTITIVE_NOUN = /^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+([a-z][a-z-]*)\b/i;

function withPartitiveNoun(text: string, figure: ClaimFigure): ClaimFigure {
  const noun = PARTITIVE_NOUN.exec(text.slice(figure.end))?.[1];
  return noun ? { ...figure, counted: noun } : figure;
}

/** Digits before a scale word or suffix (SUFFIX_POWERS): "1.2bn", "1,200 million", "€38m", "2.1 million", "240k". */
const SCALED_AMOUNT = new RegExp(String.raw`(\d[\d,]*(?:\.(\d+))?)\s*-?\s*(${[...SUFFIX_POWERS.keys()].join('|')})\b`, 'i');

/**
 * An amount written with a scale word is rounded to its last digit: "£1.2bn" is £1.15–1.25bn, so it
 * states what "£1,214 million" does, and "2.1 million" what "2,104,000" does. Digits alone ("1,860")
 * and number words ("two million", which "more than" or "about" hedge when they round) stay exact.
 */
function scaleRounding(q: Quantity): number {
  if (q.value === null || q.low != null || q.high != null) return 0;
  const match = SCALED_AMOUNT.exec(q.text);
  if (!match) return 0;
  const power = SUFFIX_POWERS.get((match[3] as string).toLowerCase()) as number;
  return 0.5 * 10 ** (power - (match[2]?.length ?? 0));
}

/** After "by", how much larger the second of "N to M" may be for the two to be a range's ends. */
const RANGE_AFTER_BY_RATIO = 10;

/**
 * "revised up by nine to 1,816", "cut by 40 to 1,200": the quantities module reads a range, but
 * after "by" a second count more than RANGE_AFTER_BY_RATIO times the first is the level a change
 * reached: two counts ("rose by 20 to 30" stays a range). Null for anything else.
 */
function changeAndLevel(text: string, q: Quantity): ClaimFigure[] | null {
  const { low, high } = q;
  if (q.kind !== 'range' || q.unit || low == null || high == null || !(high > RANGE_AFTER_BY_RATIO * low)) return null;
  if (!/\bby\s+$/i.test(text.slice(Math.max(0, q.start - 4), q.start))) return null;
  const to = /\s+to\s+/i.exec(q.text);
  if (!to) return null;
  const count = (value: number, start: number, end: number): ClaimFigure => ({
    measure: 'count',
    low: value,
    high: value,
    token: canonicalNumber(value),
    start,
    end,
  });
  return [count(low, q.start, q.start + to.index), count(high, q.start + to.index + to[0].length, q.end)];
}

/** Whether "a day" / "every day" at [start, end) says how often rather than how long (see BEFORE_A_SPAN). */
function isRate(text: string, phrase: string, start: number, end: number): boolean {
  if (!/^(?:a|an|one)\s/i.test(phrase)) return true; // per, every, each
  return !BEFORE_A_SPAN.test(text.slice(Math.max(0, start - 12), start)) && !AFTER_A_SPAN.test(text.slice(end, end + 10));
}

/**
 * Once per span of time: its own measure, as how often is not how long ("9,000 visitors a
 * year" does not contradict "shut for a week"). Its token is the span's ("1day"), so "a day"
 * still meets "every 24 hours" and "daily" restatements keep their shared word.
 */
function rateFigure(span: ClaimFigure): ClaimFigure {
  return { ...span, measure: 'rate' };
}

/** A span of time in days, written as a whole number of the largest unit that fits: 30 days → "1month", 35 days → "5week". */
function timeFigure(amount: number, unit: string, hedge: number, start: number, end: number): ClaimFigure {
  const days = amount * (baseUnitOf(unit)?.factor ?? 1);
  let token = `${canonicalNumber(days)}day`;
  for (const [name, length] of TIME_UNITS_DESCENDING) {
    const count = Math.round(days / length);
    if (count >= 1 && Math.abs(days / length - count) <= count * CONVERSION) {
      token = `${count}${name}`;
      break;
    }
  }
  const slack = hedge + CONVERSION;
  return { measure: 'time', low: days * (1 - slack), high: days * (1 + slack), token, start, end };
}

function numberToken(q: Quantity): string {
  return q.value !== null ? canonicalNumber(q.value) : `${canonicalNumber(q.low ?? 0)}-${canonicalNumber(q.high ?? 0)}`;
}

/** Converted amounts rounded to two significant digits, so that 10 km and 6.2 miles give one token. */
function twoSignificant(value: number): string {
  return value === 0 ? '0' : canonicalNumber(Number(value.toPrecision(2)));
}

/** "2017-2023", "between 2017 and 2023": a count whose ends are both years. */
function isYearRange(figure: ClaimFigure): boolean {
  return (
    figure.measure === 'count' &&
    figure.low !== figure.high &&
    Number.isInteger(figure.low) &&
    Number.isInteger(figure.high) &&
    figure.low >= 1900 &&
    figure.high <= 2100 &&
    figure.token === `${figure.low}-${figure.high}`
  );
}

/** A bare number that no quantity took ("Su-24", a year): it must be the same number on both sides; a year, a year. */
export function bareNumberFigure(text: string): ClaimFigure {
  const value = Number(text);
  const measure = /^\d{4}$/.test(text) && value >= 1900 && value <= 2100 ? 'year' : 'number';
  return { measure, low: value, high: value, token: text, start: -1, end: -1 };
}

const RELATIVE_YEAR =
  /\b(?:(?:last|this|next|previous|preceding|prior|past)\s+year|year\s+(?:before|earlier|ago)|(?:[a-z]+|\d+)\s+years\s+(?:ago|earlier|before))\b/i;

/**
 * "last year", "the year before", "two years ago": a year the article's date would name. Against a year the other
 * claim names ("31 percent last year, up from 22 percent in 2024" / "31% in 2025, against 22% the year before") it is
 * no other year, so a claim that says one is given a year figure any year agrees with, which no year counts as shared.
 */
export function relativeYearFigure(text: string): ClaimFigure | null {
  return RELATIVE_YEAR.test(text) ? { measure: 'year', low: ANY_YEAR_LOW, high: ANY_YEAR_HIGH, token: '', start: -1, end: -1 } : null;
}

/**
 * Figures as the signature keeps them: (measure hash, low, high) triples, in a Float64Array;
 * then each change's signed size (changeDirection; measure "change:share" or "change:points");
 * then the claim's time frames (when.ts), each as (WHEN_MEASURE_HASH, key hash, kind: timeFrameKind).
 */
export function packFigures(figures: readonly ClaimFigure[], timeFrames: readonly string[] = [], subject?: string): Float64Array {
  const changes = figures.filter((figure) => figure.direction !== undefined);
  const things = [...countedThingTriples(figures), ...subjectTriples(subject), ...dollarTriples(figures), ...rangeCoreTriples(figures)];
  const packed = new Float64Array((figures.length + changes.length + timeFrames.length) * 3 + things.length);
  figures.forEach((figure, i) => {
    packed[i * 3] = hashString(figure.measure);
    packed[i * 3 + 1] = figure.low;
    packed[i * 3 + 2] = figure.high;
  });
  // A change also as its signed size ("change:share", up positive): a rise and a fall of one size conflict.
  changes.forEach((figure, k) => {
    const i = figures.length + k;
    const up = figure.direction === 1;
    packed[i * 3] = hashString(changeMeasure(figure.measure));
    packed[i * 3 + 1] = up ? figure.low : -figure.high;
    packed[i * 3 + 2] = up ? figure.high : -figure.low;
  });
  timeFrames.forEach((frame, k) => {
    const i = figures.length + changes.length + k;
    packed[i * 3] = WHEN_MEASURE_HASH;
    packed[i * 3 + 1] = timeFrameHash(frame);
    packed[i * 3 + 2] = timeFrameKind(frame);
  });
  packed.set(things, (figures.length + changes.length + timeFrames.length) * 3);
  return packed;
}

/** The packed measure of a range's core (rangeCoreTriples): only another range states it. */
const rangeCoreMeasure = (measure: string): string => `range:${measure}`;
const RANGE_CORE_MEASURES = ['share', 'count', 'points'];
const RANGE_CORE_HASHES: ReadonlySet<number> = new Set(RANGE_CORE_MEASURES.map((measure) => hashString(rangeCoreMeasure(measure))));
/** How much of a range's width either side of its middle its core spans. */
const RANGE_CORE_SPREAD = 0.25;

/**
 * Each range of shares or counts also as its core (`range:share`, `range:count`): the middle half of the values it allows.
 * A range agrees with any value inside it ("between 70 and 90 porters" / "around 80"), but two ranges restate each other
 * only when they are one range written two ways ("20 to 30 percent" / "20-30%"), not when they merely touch at an end
 * ("20 to 30 percent" of plaice / "30-40%" of sole: two estimates, each side's figure outside the other's middle).
 * A single value states no core, so it is compared with the range as before.
 */
function rangeCoreTriples(figures: readonly ClaimFigure[]): number[] {
  const triples: number[] = [];
  for (const figure of figures) {
    if (!figure.range || !RANGE_CORE_MEASURES.includes(figure.measure) || !Number.isFinite(figure.high)) continue;
    const middle = (figure.low + figure.high) / 2;
    const reach = (figure.high - figure.low) * RANGE_CORE_SPREAD;
    triples.push(hashString(rangeCoreMeasure(figure.measure)), middle - reach, middle + reach);
  }
  return triples;
}

/** The dollars the claim names (ClaimFigure.dollar) as triples (DOLLAR_COUNTRY_HASH, code hash, code hash), each once. */
function dollarTriples(figures: readonly ClaimFigure[]): number[] {
  const named = new Set(figures.flatMap((figure) => (figure.dollar ? [hashString(figure.dollar)] : [])));
  return [...named].flatMap((code) => [DOLLAR_COUNTRY_HASH, code, code]);
}

/** The measure of a counted noun's own keys (counted-things.ts), and of the nouns it is a kind of. */
const COUNTED_OWN_HASH = hashString('counted:own');
const COUNTED_BROADER_HASH = hashString('counted:broader');
const COUNT_HASH = hashString('count');
const COUNTED_HASHES: ReadonlySet<number> = new Set([COUNTED_OWN_HASH, COUNTED_BROADER_HASH]);
/** The measure of a subject noun's own keys, and of the nouns it is a kind of (subjectTriples). */
const SUBJECT_OWN_HASH = hashString('subject:own');
const SUBJECT_BROADER_HASH = hashString('subject:broader');
/** Packed triples that are no figure: what a count counts, what a claim is about. */
const THING_HASHES: ReadonlySet<number> = new Set([...COUNTED_HASHES, SUBJECT_OWN_HASH, SUBJECT_BROADER_HASH]);

/** A claim's subject noun (normalise.ts) as triples (SUBJECT_OWN_HASH or SUBJECT_BROADER_HASH, 0, key hash): see subjectsDiffer. */
function subjectTriples(subject: string | undefined): number[] {
  const keys = subject === undefined ? null : thingKeys(subject);
  if (!keys) return [];
  return [
    ...keys.own.flatMap((key) => [SUBJECT_OWN_HASH, 0, hashString(key)]),
    ...keys.broader.flatMap((key) => [SUBJECT_BROADER_HASH, 0, hashString(key)]),
  ];
}

function subjectKeysOf(packed: Float64Array): ThingKeys | null {
  const keys: ThingKeys = { own: [], broader: [] };
  for (let i = 0; i < packed.length; i += 3) {
    if (packed[i] === SUBJECT_OWN_HASH) keys.own.push(String(packed[i + 2]));
    else if (packed[i] === SUBJECT_BROADER_HASH) keys.broader.push(String(packed[i + 2]));
  }
  return keys.own.length === 0 ? null : keys;
}

/**
 * Both claims open with a subject noun ("the boiler had passed …" / "the depot had passed …") and the two
 * are neither one thing nor a kind of one another (thingsCompatible): claims about two things.
 */
export function subjectsDiffer(a: Float64Array, b: Float64Array): boolean {
  const x = subjectKeysOf(a);
  if (!x) return false;
  const y = subjectKeysOf(b);
  return y !== null && !thingsCompatible(x, y);
}

/**
 * What each count with a counted noun counts, as triples (COUNTED_OWN_HASH or COUNTED_BROADER_HASH, the
 * figure's index × 2 + 1 when its number is distinctive, key hash): see unrelatedCounts.
 */
function countedThingTriples(figures: readonly ClaimFigure[]): number[] {
  const triples: number[] = [];
  figures.forEach((figure, k) => {
    const keys = figure.measure === 'count' && figure.counted ? thingKeys(figure.counted) : null;
    if (!keys) return;
    const at = k * 2 + (isCommonNumber(figure.token) ? 0 : 1);
    for (const key of keys.own) triples.push(COUNTED_OWN_HASH, at, hashString(key));
    for (const key of keys.broader) triples.push(COUNTED_BROADER_HASH, at, hashString(key));
  });
  return triples;
}

/** The counted-noun keys of the counts of packed figures, by the count's offset in `packed`. */
function countedKeysOf(packed: Float64Array): Map<number, { keys: ThingKeys; distinctive: boolean }> {
  const byFigure = new Map<number, { keys: ThingKeys; distinctive: boolean }>();
  for (let i = 0; i < packed.length; i += 3) {
    if (!COUNTED_HASHES.has(packed[i] as number)) continue;
    const at = packed[i + 1] as number;
    const offset = Math.floor(at / 2) * 3;
    let entry = byFigure.get(offset);
    if (!entry) byFigure.set(offset, (entry = { keys: { own: [], broader: [] }, distinctive: at % 2 === 1 }));
    (packed[i] === COUNTED_OWN_HASH ? entry.keys.own : entry.keys.broader).push(String(packed[i + 2]));
  }
  return byFigure;
}

/**
 * Counts of `a` whose value `b` also states, but only as a count of another thing ("41 pupils" / "41 of
 * its staff"; thingsCompatible): the shared number is chance, no evidence of one claim. A count whose
 * noun either side does not read, or that one of b's agreeing counts may count, is no such count.
 * How many, and of those how many distinctive numbers.
 */
export function unrelatedCounts(a: Float64Array, b: Float64Array): { numbers: number; distinctive: number } {
  // The same whichever side is asked first: a count of `a` may agree with a count of `b` and an unread figure of it.
  const fromA = unrelatedCountsOf(a, b);
  if (fromA.numbers === 0) return fromA;
  const fromB = unrelatedCountsOf(b, a);
  return { numbers: Math.min(fromA.numbers, fromB.numbers), distinctive: Math.min(fromA.distinctive, fromB.distinctive) };
}

function unrelatedCountsOf(a: Float64Array, b: Float64Array): { numbers: number; distinctive: number } {
  const result = { numbers: 0, distinctive: 0 };
  const ofA = countedKeysOf(a);
  if (ofA.size === 0) return result;
  const ofB = countedKeysOf(b);
  if (ofB.size === 0) return result;
  for (const [i, x] of ofA) {
    let agreeing = 0;
    let compatible = false;
    for (let j = 0; j < b.length && !compatible; j += 3) {
      if (b[j] !== COUNT_HASH || !((a[i + 1] as number) <= (b[j + 2] as number) && (b[j + 1] as number) <= (a[i + 2] as number))) continue;
      agreeing++;
      const y = ofB.get(j);
      compatible = y === undefined || thingsCompatible(x.keys, y.keys);
    }
    if (agreeing === 0 || compatible) continue;
    result.numbers++;
    if (x.distinctive) result.distinctive++;
  }
  return result;
}

/**
 * Whether two claims state different figures for the same measure: for some
 * measure, each states a value that none of the other's values for it allows
 * (12 vs 20 trucks; a third vs 40 percent). Leaving a figure out, or adding one,
 * is not a conflict ("2,480 people, including 960 children" / "2,480 people").
 */
export function figuresConflict(a: Float64Array, b: Float64Array): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const fromA = measuresWithUnmatched(a, b);
  if (fromA.length === 0) return false;
  const fromB = measuresWithUnmatched(b, a);
  return fromA.some((measure) => fromB.includes(measure));
}

/**
 * Whether figuresConflict compares packed triples of this measure: a figure, not when (similarity.ts weighs that:
 * timeRelation) nor what a count counts or what a claim is about. Storage filters candidates by the same triples.
 */
export function isComparedMeasure(measure: number): boolean {
  return measure !== WHEN_MEASURE_HASH && !THING_HASHES.has(measure);
}

/** Measures of `a` that `b` also states, where one of `a`'s values is allowed by none of `b`'s. */
function measuresWithUnmatched(a: Float64Array, b: Float64Array): number[] {
  const measures: number[] = [];
  for (let i = 0; i < a.length; i += 3) {
    if (!isComparedMeasure(a[i] as number)) continue;
    let statedByB = false;
    let matched = false;
    for (let j = 0; j < b.length && !matched; j += 3) {
      if (b[j] !== a[i]) continue;
      statedByB = true;
      matched = (a[i + 1] as number) <= (b[j + 2] as number) && (b[j + 1] as number) <= (a[i + 2] as number);
    }
    if (statedByB && !matched) measures.push(a[i] as number);
  }
  return measures;
}

/** Physical measures converted to a base unit (a length, a mass, …): their tokens are rounded, so agreeing ones may differ. */
export const CONVERTED_MEASURES: ReadonlySet<string> = new Set(['length', 'area', 'mass', 'volume', 'speed', 'power', 'energy']);
export const CONVERTED_MEASURE_HASHES: ReadonlySet<number> = new Set([...CONVERTED_MEASURES].map(hashString));
/** Shares, for agreeingFigures: what a percentage is of lies in the words beside it. */
export const SHARE_MEASURE_HASHES: ReadonlySet<number> = new Set([hashString('share')]);

/** Measures whose values say nothing alone about another measure's: when, how long, how often, bare numbers. */
const NOT_COMPARED_ACROSS_MEASURES = new Set([
  WHEN_MEASURE_HASH,
  hashString('time'),
  hashString('rate'),
  hashString('number'),
  hashString('date'),
  YEAR_HASH,
  // A change's signed size restates its share or points figure.
  ...CHANGE_MEASURE_HASHES,
  // Which dollar is named is no value.
  DOLLAR_COUNTRY_HASH,
  // A range's core restates the range.
  ...RANGE_CORE_HASHES,
  // What a count counts is no figure.
  hashString('counted:own'),
  hashString('counted:broader'),
  hashString('subject:own'),
  hashString('subject:broader'),
]);

/**
 * Whether `a` states a value that `b` states for another measure and neither states for the
 * other's: "£50,000" spent against "£50,000 a week" lost, "40 boats" against "40 percent of boats".
 * The same number read as two quantities is no evidence of one fact.
 */
export function sameValueOtherMeasure(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i += 3) {
    if (NOT_COMPARED_ACROSS_MEASURES.has(a[i] as number)) continue;
    for (let j = 0; j < b.length; j += 3) {
      if (b[j] === a[i] || NOT_COMPARED_ACROSS_MEASURES.has(b[j] as number)) continue;
      if ((a[i + 1] as number) <= (b[j + 2] as number) && (b[j + 1] as number) <= (a[i + 2] as number)) return true;
    }
  }
  return false;
}

/**
 * How many figures of `a` and `b` agree, paired one to one for the same measure (their values
 * overlap): "14 miles" and "a 22-kilometre detour", whose rounded tokens differ, or "about
 * 9,000" and "9,000". One figure answers one figure only: "40 civilians" against "about 40 ships
 * … more than 25 years old" is one agreement, not two (the open "more than 25" also allows 40),
 * and the count is the same whichever side comes first. Time frames are not counted
 * (timeRelation weighs them). Ranking counts them as shared numbers (similarity.ts: withAgreeingFigures). `only`: the
 * measures counted (CONVERTED_MEASURE_HASHES, SHARE_MEASURE_HASHES), all when absent.
 */
export function agreeingFigures(a: Float64Array, b: Float64Array, only?: ReadonlySet<number>): number {
  return Math.min(pairFigures(a, b, only), pairFigures(b, a, only));
}

/**
 * Measures whose agreeing values are no amount of their own (agreeingAmounts): a share or points figure (what it is of lies in
 * the words beside it), a span or a rate of time, a time of day, a day, a year, a bare number.
 */
const NOT_AMOUNT_HASHES: ReadonlySet<number> = new Set(
  ['share', 'points', 'time', 'rate', 'clock', 'date', 'number'].map(hashString).concat([YEAR_HASH]),
);
/**
 * How many amounts (money, a count, a weight: no share, span or date) above a common number agree, paired as agreeingFigures
 * pairs them: "EUR 1,184 million" / "€1.18bn", "2,947 homes" / "nearly 3,000 households", whose tokens differ by the
 * scale or the rounding each outlet wrote, though each is as distinctive a number as the other.
 */
export function agreeingAmounts(a: Float64Array, b: Float64Array): number {
  return Math.min(pairFigures(a, b, undefined, true), pairFigures(b, a, undefined, true));
}

/** Amounts from this value up are rarely two claims' by chance (sharesAmount): "60 jobs" is said of many things, "2,947 homes" not. */
const UNCOMMON_AMOUNT = 100;

/**
 * Whether `a` and `b` state one amount of UNCOMMON_AMOUNT or more, paired as agreeingAmounts pairs them: when.ts
 * timeRelation's `sameAmount`.
 */
export function sharesAmount(a: Float64Array, b: Float64Array): boolean {
  return pairFigures(a, b, undefined, true, UNCOMMON_AMOUNT) > 0 || sharesShareAndAnother(a, b);
}

/**
 * Whether `a` and `b` state one share and one more figure alike: a share with its earlier level or its change in points
 * ("44%, up from 36%" / "climbed eight points to 44 per cent"), which two claims rarely state by chance, as one small count
 * alone ("9 complaints") is.
 */
function sharesShareAndAnother(a: Float64Array, b: Float64Array): boolean {
  return agreeingFigures(a, b, SHARE_MEASURE_HASHES) > 0 && agreeingFigures(a, b) >= 2;
}

/** The value a packed figure was written as: the middle of the values it allows ("about 18,000" is 17,100–18,900). */
function middle(packed: Float64Array, i: number): number {
  return ((packed[i + 1] as number) + (packed[i + 2] as number)) / 2;
}

/** How far apart the values a written amount allows may be, as a ratio: a hedge's 5 % either way ("about 600", "nearly 3,000"). */
const WRITTEN_VALUE_SPREAD = 1.12;

/** A written value stated to its last digit allows no more than this ratio ("2,947"; "EUR 1,184 million" is 1,183.5–1,184.5). */
const EXACT_VALUE_SPREAD = 1.02;

function spread(packed: Float64Array, i: number): number {
  return (packed[i + 2] as number) / (packed[i + 1] as number);
}

/**
 * Two packed figures are one amount, one side exact ("2,947", "1,200 million") and the other that value rounded, hedged at
 * most ("nearly 3,000", "£1.2bn"): not a range or an open bound ("hundreds", "more than 50"), and not two hedged values a
 * hedge happens to let meet ("around 640" / "about 600").
 */
function roundedFrom(a: Float64Array, i: number, b: Float64Array, j: number): boolean {
  const x = spread(a, i);
  const y = spread(b, j);
  if (!(x <= WRITTEN_VALUE_SPREAD && y <= WRITTEN_VALUE_SPREAD) || Math.min(x, y) > EXACT_VALUE_SPREAD) return false;
  return roundsAlike(middle(a, i), middle(b, j));
}

/** How many significant digits a value is written with: 3 for 1,180,000,000 ("€1.18bn"), 4 for 2,947, 1 for 3,000. */
function significantDigits(value: number): number {
  const digits = Number(Math.abs(value).toPrecision(12))
    .toString()
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/**
 * Whether the value written with fewer significant digits is the other rounded to them ("nearly 3,000" / 2,947, "€1.18bn" /
 * "EUR 1,184 million", "£1.2bn" / "1,200 million pounds"): one amount told to another precision, not two amounts that a
 * hedge happens to let meet ("about 18,000" / 17,400; "hundreds" / "about 600").
 */
function roundsAlike(x: number, y: number): boolean {
  const [precise, rounded] = significantDigits(x) >= significantDigits(y) ? [x, y] : [y, x];
  const digits = significantDigits(rounded);
  return Math.abs(Number(precise.toPrecision(digits)) - rounded) <= 1e-9 * Math.abs(rounded);
}

const TIME_HASH = hashString('time');
/** How far past its bound a span open on one side restates another: "more than 80 days" / "83 days", not "a year". */
const OPEN_SPAN_REACH = 1.5;

/**
 * Whether the span `x` states at `i`, where it is open on one side ("at least 12 days", "in under a week"), is near the
 * value `y` states at `j`: such a bound allows the other span (no conflict) but restates it only near its bound ("at least
 * 12 days" is no evidence of "the past year"). True for any other figure.
 */
function nearOpenSpan(x: Float64Array, i: number, y: Float64Array, j: number): boolean {
  if (x[i] !== TIME_HASH) return true;
  if (x[i + 2] === Infinity) return (y[j + 1] as number) <= (x[i + 1] as number) * OPEN_SPAN_REACH;
  if (x[i + 1] === 0) return (y[j + 2] as number) * OPEN_SPAN_REACH >= (x[i + 2] as number);
  return true;
}

/** Greedy one-to-one pairing: each figure of `a` takes the first unpaired figure of `b` it agrees with. */
function pairFigures(
  a: Float64Array,
  b: Float64Array,
  only: ReadonlySet<number> | undefined,
  amounts = false,
  amountFrom = MAX_COMMON_NUMBER + 1,
): number {
  let agreeing = 0;
  // Bit j/3 set: b's figure at j is taken. A claim with more than 31 figures lets the rest be taken again.
  let taken = 0;
  for (let i = 0; i < a.length; i += 3) {
    if (
      a[i] === WHEN_MEASURE_HASH ||
      a[i] === DOLLAR_COUNTRY_HASH ||
      CHANGE_MEASURE_HASHES.has(a[i] as number) ||
      RANGE_CORE_HASHES.has(a[i] as number) ||
      THING_HASHES.has(a[i] as number)
    )
      continue; // counted by their share, points or range; a counted noun, a dollar's country, is no figure
    if (isAnyYear(a, i)) continue;
    if (only && !only.has(a[i] as number)) continue;
    if (amounts && (NOT_AMOUNT_HASHES.has(a[i] as number) || (a[i + 1] as number) < amountFrom)) continue;
    for (let j = 0; j < b.length; j += 3) {
      const bit = j < 93 ? 1 << (j / 3) : 0;
      if ((taken & bit) !== 0 || isAnyYear(b, j)) continue;
      if (
        b[j] === a[i] &&
        (a[i + 1] as number) <= (b[j + 2] as number) &&
        (b[j + 1] as number) <= (a[i + 2] as number) &&
        nearOpenSpan(a, i, b, j) &&
        nearOpenSpan(b, j, a, i) &&
        (!amounts || roundedFrom(a, i, b, j))
      ) {
        agreeing++;
        taken |= bit;
        break;
      }
    }
  }
  return agreeing;
}
