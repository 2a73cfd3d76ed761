import { isLineBreak, isSpace } from '../text-chars';
import { ABBREVIATED_BOUNDS, BOUND_PHRASES_BY_FIRST_WORD } from './bounds';
import { countedNounAt, isPluralNoun, nounAfterOf, type CountedNoun } from './counted-noun';
import { isNegative, parseNumberCore, type NumberCore } from './number-core';
import { scaleByPowerOfTen } from './number-words';
import type { QuantityBound, QuantityKind } from './quantity';
import type { QuantityMatch } from './quantity-match';
import type { TokenStream } from './token-stream';
import { unitAfter } from './unit-phrase';
import { CELSIUS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, FAHRENHEIT, type UnitInfo } from './units';

/** Words after a number that make it a clock time: "10 a.m.", "14 GMT". */
const CLOCK_WORDS = new Set(['a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'msk', "o'clock"]);
/** Capitalised words before a number that make it a name or an identifier: "Resolution 2254", "Flight 17". */
const IDENTIFIER_WORDS = new Set(
  `resolution article flight route no number chapter section paragraph page room highway road gate platform level
   phase stage model version vol volume issue item clause amendment decree bill protocol brigade division battalion
   regiment squadron unit district block building`.split(/\s+/),
);
/** Words that follow a distance, not a count of millions: "50m from the edge", "30m into the riverbed", "a 48m long span". */
const AFTER_A_DISTANCE = new Set(
  `from into off onto long high deep wide tall thick away below above beneath underground underwater offshore inland
   across along`.split(/\s+/),
);
/** Determiners before a number qualifying a singular noun: "the 48m section", "a 50m stretch". */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that', 'each', 'every']);
/** Singular nouns that an amount of millions qualifies: "a 5m increase", "the 2m shortfall". */
const NOUNS_OF_AN_AMOUNT = new Set(
  `increase rise fall drop decrease decline jump gain loss cut boost shortfall deficit surplus profit budget deal contract
   fund grant bid package investment bill debt order sale payout settlement fine`.split(/\s+/),
);
const METRES: UnitInfo = { unit: 'm', kind: 'measure' };

/**
 * A bare "50m" (no currency) is a distance when the words around it say so: a word that follows a distance ("under 50m
 * from the cliff edge", "bored 30m into the riverbed"), or a singular noun after a determiner ("the 48m section"), which
 * a count of millions never qualifies. A plural noun ("0.9m passengers") or nothing tells millions, as read.
 */
function readsAsMetres(s: TokenStream, number: NumberCore): boolean {
  if (number.metresOrMillion === undefined || !s.joined(number.last)) return false;
  const next = s.at(number.last + 1);
  if (!next || next.numeric || next.capitalised) return false;
  if (AFTER_A_DISTANCE.has(next.lower)) return true;
  const before = number.first - 1;
  return (
    SINGULAR_DETERMINERS.has(s.lower(before)) &&
    s.joined(before) &&
    /^[a-z]+$/.test(next.lower) &&
    !isPluralNoun(next.lower) &&
    !NOUNS_OF_AN_AMOUNT.has(next.lower) &&
    !unitAfter(s, number.last, number.end)
  );
}

/** Longest gap that can hold a range dash: "200 – 300". */
const MAX_DASH_GAP = 3;

interface Bound {
  bound: QuantityBound;
  /** Character offset where the bound phrase starts. */
  start: number;
}

/**
 * An amount with a bound or hedge before it: "over 65,000 Chileans", "at
 * least 200,000 people", "as little as one percent", "about $5m".
 */
export function matchBoundedAmount(s: TokenStream, i: number): QuantityMatch | null {
  const word = s.lower(i);
  if (word === 'between') return s.joined(i) ? matchAmount(s, i + 1, null, tokenStart(s, i)) : null;
  const phrases = BOUND_PHRASES_BY_FIRST_WORD.get(word);
  if (!phrases) return null;
  for (const phrase of phrases) {
    if (!s.matches(i, phrase.words)) continue;
    const lastWord = i + phrase.words.length - 1;
    if (!s.at(lastWord + 1)) continue;
    // Only spaces may stand between the bound and the amount, or its currency sign ("over $5m"); after an abbreviated
    // bound its full stop first ("ca. 40", "c.9,000"), which "c" must have.
    const amountStart = CURRENCY_SYMBOLS.has(s.charBefore(lastWord + 1)) ? tokenStart(s, lastWord + 1) - 1 : tokenStart(s, lastWord + 1);
    const wordEnd = tokenEnd(s, lastWord);
    const stop = phrase.words.length === 1 && ABBREVIATED_BOUNDS.has(word) && s.text.charCodeAt(wordEnd) === 0x2e;
    if (word === 'c' && (!stop || s.at(i)?.text !== 'c')) continue;
    if (stop ? !(wordEnd + 1 === amountStart || onlySpaces(s.text, wordEnd + 1, amountStart)) : !onlySpaces(s.text, wordEnd, amountStart))
      continue;
    const match = matchAmount(s, lastWord + 1, { bound: phrase.bound, start: tokenStart(s, i) }, null);
    if (match) return match;
  }
  return null;
}

/**
 * An amount starting at token i: "2,480 people", "$1.2bn", "12%", "24 hours",
 * "tens of thousands of voters", "200-300", "5 to 7 million", "one in five".
 * `betweenStart` is set when the caller saw "between" before it: then only a
 * range ("between 200 and 300 people") is a match.
 */
export function matchAmount(s: TokenStream, i: number, bound: Bound | null, betweenStart: number | null = null): QuantityMatch | null {
  const currency = currencyAt(s, i);
  const numberToken = currency ? currency.numberToken : i;
  const parsed = parseNumberCore(s, numberToken);
  if (!parsed || isNotAnAmount(s, parsed)) return null;
  const number =
    !currency && readsAsMetres(s, parsed) ? { ...parsed, value: parsed.metresOrMillion ?? null, scalePower: 0, unit: METRES } : parsed;
  if (number.kind === 'ordinal') return bound || betweenStart !== null ? null : ordinalMatch(s, number);

  let last = number.last;
  let end = number.end;
  let unit: UnitInfo | null = currency?.unit ?? number.unit;
  if (!unit) {
    const after = unitAfter(s, last, end);
    if (after) ({ unit, last, end } = after);
  }
  // "one" alone is rarely an amount ("one of them", "one day"); "one percent", "one million" are.
  if (number.bareOne && (!unit || unit.unit === 'day')) return null;

  let kind: QuantityKind = number.kind ?? unit?.kind ?? 'count';
  if (unit?.kind === 'duration' && s.lower(last + 1) === 'old' && s.joined(last)) {
    kind = 'age';
    last++;
    end = tokenEnd(s, last);
  }
  // A temperature below zero: "-3C", "−12 degrees Celsius", "minus seven degrees" (a minus sign elsewhere is a hyphen or a dash).
  const belowZero = isNegative(s, numberToken) || (s.lower(numberToken - 1) === 'minus' && s.joined(numberToken - 1));
  let value = isTemperature(unit) && number.value !== null && belowZero ? -number.value : number.value;
  let low = number.low;
  let high = number.high;
  if (low !== undefined && !number.vague) kind = 'range'; // "200-300"

  const range = canStartRange(s, number, numberToken, kind) ? rangeAfter(s, number, unit, last, end, betweenStart !== null) : null;
  if (range) {
    ({ low, high, last, end } = range);
    unit = range.unit;
    value = null;
    kind = 'range';
  } else if (betweenStart !== null) {
    return null;
  }

  let hedge: QuantityBound | null = bound?.bound ?? null;
  let plusSign = false;
  if (s.text.charCodeAt(end) === 0x2b && !hedge) {
    hedge = 'at-least'; // "500+"
    plusSign = true;
    end++;
  } else if (s.matches(last + 1, ['or', 'so']) && s.joined(last) && !hedge) {
    hedge = 'about'; // "500 or so"
    last += 2;
    end = tokenEnd(s, last);
  }

  let counted: CountedNoun | null = null;
  let countedInSpan = true;
  if ((kind === 'count' || kind === 'range') && !unit) {
    if (number.vague && s.lower(last + 1) === 'of' && s.joined(last)) {
      // "tens of thousands of voters", "millions of dollars"
      const ofUnit = unitAfter(s, last + 1, tokenEnd(s, last + 1));
      if (ofUnit && ofUnit.unit.kind !== 'percent') {
        ({ unit, last, end } = ofUnit);
        kind = unit.kind;
      } else if (s.joined(last + 1)) {
        counted = countedNounAt(s, last + 2);
      }
    } else if (end === tokenEnd(s, last) + (plusSign ? 1 : 0) && (s.joined(last) || (plusSign && s.gap(last).startsWith('+ ')))) {
      counted = countedNounAt(s, last + 1);
    }
  } else if (kind === 'fraction' && !number.countedAfterOf && s.joined(last)) {
    counted = countedNounAt(s, last + 1); // "one in five children"
  } else if (kind === 'percent' || kind === 'fraction') {
    counted = nounAfterOf(s, last + 1); // "12% of voters": what the share is of, outside the span
    countedInSpan = false;
  }
  if (counted && countedInSpan) {
    last = counted.last;
    end = tokenEnd(s, last);
  }

  // A bare year-like number is a date ("in 2016", "around 2010"); the date matcher takes it.
  if (number.yearLike && !unit && !counted && !range) return null;

  const start = Math.min(betweenStart ?? Infinity, bound?.start ?? Infinity, currency?.start ?? Infinity, number.start);
  if (hedge === 'at-least' && value !== null) low = value;
  if (hedge === 'at-most' && value !== null) high = value;
  const quantity = {
    text: s.text.slice(start, end),
    start,
    end,
    kind,
    value,
    ...(low !== undefined ? { low } : {}),
    ...(high !== undefined ? { high } : {}),
    unit: unit?.unit ?? null,
    counted: counted ? s.text.slice(tokenStart(s, counted.first), tokenEnd(s, counted.last)) : null,
    approximate: hedge !== null || number.vague,
    bound: hedge,
  };
  return { quantity, next: Math.max(last, number.last) + 1 };
}

interface Currency {
  unit: UnitInfo;
  start: number;
  numberToken: number;
}

/** "$1.2bn", "€5m", "US$5", "USD 5 million": the currency written before the number. */
function currencyAt(s: TokenStream, i: number): Currency | null {
  const token = s.at(i);
  if (!token) return null;
  if (token.numeric) {
    const code = CURRENCY_SYMBOLS.get(s.charBefore(i));
    return code ? { unit: { unit: code, kind: 'money' }, start: token.start - 1, numberToken: i } : null;
  }
  if (!s.numeric(i + 1)) return null;
  if (CURRENCY_CODES.has(token.text) && s.joined(i))
    return { unit: { unit: token.text, kind: 'money' }, start: token.start, numberToken: i + 1 };
  const dollar = DOLLAR_PREFIXES.get(token.text);
  if (dollar && s.gap(i) === '$') return { unit: { unit: dollar, kind: 'money' }, start: token.start, numberToken: i + 1 };
  return null;
}

/** Clock times, "24/7", "9/11", identifiers ("Resolution 2254", "#3", "No. 5"). */
function isNotAnAmount(s: TokenStream, number: NumberCore): boolean {
  const first = number.first;
  if (!s.numeric(first)) return false;
  const after = s.charAfter(number.last);
  const before = s.charBefore(first);
  if ((after === 0x3a || after === 0x2f) && s.numeric(number.last + 1) && s.gap(number.last).length === 1) return true; // 10:30, 24/7
  if ((before === 0x3a || before === 0x2f) && s.numeric(first - 1) && s.gap(first - 1).length === 1) return true;
  if (s.joined(number.last) && CLOCK_WORDS.has(s.lower(number.last + 1))) return true;
  if (before === 0x23) return true; // #3
  const previous = s.at(first - 1);
  if (!previous) return false;
  const gap = s.gap(first - 1);
  return previous.capitalised && IDENTIFIER_WORDS.has(previous.lower) && (s.joined(first - 1) || gap === '. ');
}

function canStartRange(s: TokenStream, number: NumberCore, numberToken: number, kind: QuantityKind): boolean {
  if (!number.plain || number.vague || number.value === null || kind === 'range' || kind === 'age') return false;
  // "from 20% to 30%" is a change, not a range.
  return !(s.lower(numberToken - 1) === 'from' && s.joined(numberToken - 1));
}

interface RangeEnd {
  low: number;
  high: number;
  last: number;
  end: number;
  unit: UnitInfo | null;
}

/** "200 to 300", "200 – 300", "5 to 7 million", "5% to 7%", and after "between": "200 and 300". */
function rangeAfter(
  s: TokenStream,
  from: NumberCore,
  fromUnit: UnitInfo | null,
  last: number,
  end: number,
  between: boolean,
): RangeEnd | null {
  const next = s.at(last + 1);
  if (!next) return null;
  let second: number;
  if (between) {
    if (s.lower(last + 1) !== 'and' || !s.joined(last) || !s.joined(last + 1)) return null;
    second = last + 2;
  } else if (isDashGap(s.text, end, next.start)) {
    second = last + 1;
  } else if (s.lower(last + 1) === 'to' && s.joined(last) && s.joined(last + 1)) {
    second = last + 2;
  } else {
    return null;
  }
  const to = parseNumberCore(s, second);
  if (!to || !to.plain || to.vague || to.kind !== null || to.value === null || isNotAnAmount(s, to)) return null;
  const toUnit = to.unit ?? unitAfter(s, to.last, to.end)?.unit ?? null;
  if (fromUnit && toUnit && fromUnit.unit !== toUnit.unit) return null;
  // "up 9 per cent to 1.31 million": a unit written in words after the first number and none after the second is a
  // change and the level it reached, no range ("5 to 7 per cent", "5 per cent to 7 per cent" are ranges).
  if (fromUnit && !toUnit && last > from.last && s.at(from.last + 1)?.numeric === false) return null;
  const after = to.unit ? null : unitAfter(s, to.last, to.end);
  let low = from.value as number;
  // "5 to 7 million": the scale written once applies to both ends.
  if (from.scalePower === 0 && to.scalePower > 0) {
    const scaled = scaleByPowerOfTen(low, to.scalePower);
    if (scaled < to.value) low = scaled;
  }
  if (!(low < to.value)) return null;
  return {
    low,
    high: to.value,
    last: after ? after.last : to.last,
    end: after ? after.end : to.end,
    unit: fromUnit ?? toUnit,
  };
}

/** text[from, to) is a single dash, maybe with a space on either side, on one line. */
function isDashGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_DASH_GAP) return false;
  let dashes = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) dashes++;
    else if (!isSpace(c) || isLineBreak(c)) return false;
  }
  return dashes === 1;
}

function ordinalMatch(s: TokenStream, number: NumberCore): QuantityMatch {
  return {
    quantity: {
      text: s.text.slice(number.start, number.end),
      start: number.start,
      end: number.end,
      kind: 'ordinal',
      value: number.value,
      unit: null,
      counted: null,
      approximate: false,
      bound: null,
    },
    next: number.last + 1,
  };
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!isSpace(c) || isLineBreak(c)) return false;
  }
  return true;
}

function tokenStart(s: TokenStream, i: number): number {
  return (s.at(i) as { start: number }).start;
}

function tokenEnd(s: TokenStream, i: number): number {
  return (s.at(i) as { end: number }).end;
}

/** Degrees as well: "minus seven degrees" is a temperature; an angle below zero is rare in news. */
function isTemperature(unit: UnitInfo | null): boolean {
  return unit?.unit === CELSIUS.unit || unit?.unit === FAHRENHEIT.unit || unit?.unit === 'degree';
}
