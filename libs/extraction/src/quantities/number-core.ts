import {
  CARDINALS,
  FRACTION_WORDS,
  ORDINAL_SUFFIXES,
  PLURAL_MAGNITUDES,
  PLURAL_RANGE,
  SCALE_POWERS,
  STANDALONE_PLURAL_MAGNITUDES,
  SUFFIX_POWERS,
  VAGUE_MULTIPLIERS,
  cardinalValue,
  ordinalValue,
  scaleByPowerOfTen,
} from './number-words';
import { isYearLike, parseNumericToken } from './numeric-token';
import type { TokenStream } from './token-stream';
import { ATTACHED_UNITS, GLUED_TEMPERATURES, MASS_SYMBOLS, UNIT_WORDS, type UnitInfo } from './units';
import { CUBIC_UNITS, SQUARE_UNITS } from './unit-phrase';

/**
 * The number at the heart of a quantity, before units, ranges and counted
 * nouns are looked at: "2,480", "2.5 million", "twenty-one", "tens of
 * thousands", "several hundred", "two-thirds", "one in five", "21st".
 */
export interface NumberCore {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Character span. */
  start: number;
  end: number;
  value: number | null;
  low?: number;
  high?: number;
  /** An order of magnitude without a number: "tens of thousands", "several hundred". */
  vague: boolean;
  /** Power of ten applied by a scale word or suffix ("million", "bn"); 0 if none. */
  scalePower: number;
  /** A unit glued to the number: "1.5km", "24-hour", "12-year-old". */
  unit: UnitInfo | null;
  /** The core already knows its kind: an ordinal, a fraction, an age ("12-year-old"). */
  kind: 'ordinal' | 'fraction' | 'age' | null;
  /** Just the word "one": a quantity only with a unit ("one percent"), not in "one of them". */
  bareOne: boolean;
  /** A plain four-digit number from 1500 to 2099: a year unless the context says it is an amount. */
  yearLike: boolean;
  /** Digits or a spelled cardinal, optionally scaled: can be either end of a range. */
  plain: boolean;
  /** A fraction whose counted thing follows "of" ("a third of the city"). */
  countedAfterOf: boolean;
  /**
   * Digits with a lower-case "m" glued ("50m", "0.9m"): million as read, or metres, which only the words
   * around it tell (matchAmount's `readsAsMetres`); the digits' own value.
   */
  metresOrMillion?: number;
}

/** Reads the number starting at token i, or returns null. */
export function parseNumberCore(s: TokenStream, i: number): NumberCore | null {
  if (!s.at(i)) return null;
  return (
    parseFraction(s, i) ??
    parseDigits(s, i) ??
    parseSpelled(s, i) ??
    parsePluralMagnitude(s, i) ??
    parseVagueMultiplier(s, i) ??
    parseHandful(s, i) ??
    parseSpelledOrdinal(s, i)
  );
}

function core(s: TokenStream, first: number, last: number, fields: Partial<NumberCore>): NumberCore {
  return {
    first,
    last,
    start: (s.at(first) as { start: number }).start,
    end: (s.at(last) as { end: number }).end,
    value: null,
    vague: false,
    scalePower: 0,
    unit: null,
    kind: null,
    bareOne: false,
    yearLike: false,
    plain: false,
    countedAfterOf: false,
    ...fields,
  };
}

const KM_PER_HOUR: UnitInfo = { unit: 'km/h', kind: 'measure' };

/** "2,480", "2.5 million", "$1.2bn" (the digits part), "24-hour", "1.5km", "21st", "200-300". */
function parseDigits(s: TokenStream, i: number): NumberCore | null {
  const token = s.at(i);
  if (!token?.numeric) return null;
  const number = parseNumericToken(token.text);
  if (!number) return null;
  const { value, suffix } = number;
  if (suffix === '') {
    const scaled = absorbScaleWords(s, i, value);
    return core(s, i, scaled.last, {
      value: scaled.value,
      scalePower: scaled.power,
      yearLike: scaled.power === 0 && scaled.multiplier === 1 && isYearLike(number),
      plain: true,
    });
  }
  const power = SUFFIX_POWERS.get(suffix);
  if (power !== undefined)
    return core(s, i, i, {
      value: scaleByPowerOfTen(value, power),
      scalePower: power,
      plain: true,
      ...(suffix === 'm' ? { metresOrMillion: value } : {}),
    });
  const temperature = suffix.length === 1 ? GLUED_TEMPERATURES.get(token.text.slice(-1)) : undefined;
  if (temperature) return core(s, i, i, { value, unit: temperature });
  const unit = MASS_SYMBOLS.get(token.text.slice(token.text.length - suffix.length)) ?? ATTACHED_UNITS.get(suffix);
  // "80km/h": the slash and the hour glued to the unit make a speed.
  if (unit?.unit === 'km' && s.gap(i) === '/' && s.lower(i + 1) === 'h') return core(s, i, i + 1, { value, unit: KM_PER_HOUR });
  if (unit) return core(s, i, i, { value, unit });
  if (ORDINAL_SUFFIXES.has(suffix) && !number.decimal && !number.grouped) return core(s, i, i, { value, kind: 'ordinal' });
  if (suffix.charCodeAt(0) !== 0x2d) return null; // "5G", "3D", "10am", "1990s": not an amount
  const rest = suffix.slice(1);
  const second = parseNumericToken(rest);
  if (second) {
    // "200-300": a range when the second number is larger; "3-1" (a score) is nothing.
    if (second.suffix !== '' || second.value <= value) return null;
    return core(s, i, i, { low: value, high: second.value });
  }
  const hyphenated = hyphenUnit(rest.split('-'));
  return core(s, i, i, { value, unit: hyphenated?.unit ?? null, kind: hyphenated?.age ? 'age' : null });
}

/** A minus sign right before token i, itself after a space, a bracket or the start: "-3C", "(−12C)"; not "Su-24" or "3-1". */
export function isNegative(s: TokenStream, i: number): boolean {
  const sign = s.charBefore(i);
  if (sign !== 0x2d && sign !== 0x2212) return false;
  const start = (s.at(i) as { start: number }).start;
  const before = start >= 2 ? s.text.charCodeAt(start - 2) : NaN;
  return Number.isNaN(before) || before === 0x20 || before === 0x28 || before === 0x0a || before === 0xa0;
}

/** "24-hour", "12-year-old", "1.5-km", "42,000-square-metre", "500-cubic-metre": the words after the number's hyphen. */
function hyphenUnit(parts: readonly string[]): { unit: UnitInfo; age: boolean } | null {
  const square = parts[0] === 'square' || parts[0] === 'sq' ? SQUARE_UNITS.get(parts[1] ?? '') : undefined;
  if (square) return { unit: square, age: false };
  const cubic = parts[0] === 'cubic' || parts[0] === 'cu' ? CUBIC_UNITS.get(parts[1] ?? '') : undefined;
  if (cubic) return { unit: cubic, age: false };
  const unit = UNIT_WORDS.get(parts[0] ?? '');
  if (!unit || (unit.kind !== 'duration' && unit.kind !== 'measure' && unit.kind !== 'percent')) return null;
  return { unit, age: unit.kind === 'duration' && parts[parts.length - 1] === 'old' };
}

interface Scaled {
  value: number;
  last: number;
  power: number;
  multiplier: number;
}

/** "2.5 million", "300 thousand", "two dozen": scale words after a number. */
function absorbScaleWords(s: TokenStream, last: number, value: number): Scaled {
  const scaled: Scaled = { value, last, power: 0, multiplier: 1 };
  while (s.joined(scaled.last)) {
    const word = s.lower(scaled.last + 1);
    const power = SCALE_POWERS.get(word);
    if (power !== undefined) {
      scaled.value = scaleByPowerOfTen(scaled.value, power);
      scaled.power += power;
    } else if (word === 'dozen') {
      scaled.value *= 12;
      scaled.multiplier *= 12;
    } else {
      break;
    }
    scaled.last++;
  }
  return scaled;
}

/**
 * Spelled cardinals: "three", "twenty-one", "twenty one", "two hundred and
 * fifty", "a dozen", "a million", "half a million", "five-year" (with its unit).
 */
function parseSpelled(s: TokenStream, i: number): NumberCore | null {
  const first = s.lower(i);
  if (first === 'half' && (s.lower(i + 1) === 'a' || s.lower(i + 1) === 'an') && s.joined(i) && s.joined(i + 1)) {
    const magnitude = s.lower(i + 2);
    const power = SCALE_POWERS.get(magnitude);
    if (power !== undefined) return core(s, i, i + 2, { value: scaleByPowerOfTen(0.5, power), scalePower: power, plain: true });
    if (magnitude === 'dozen') return core(s, i, i + 2, { value: 6, plain: true });
    // "half a mile", "half an hour": half of the one unit that follows, read by the unit phrase as after a number.
    const kind = UNIT_WORDS.get(magnitude)?.kind;
    if (kind === 'duration' || kind === 'measure') return core(s, i, i + 1, { value: 0.5, plain: true });
  }
  const glued = spelledWithUnit(first);
  if (glued) return core(s, i, i, { value: glued.value, unit: glued.unit, kind: glued.age ? 'age' : null });

  let total = 0;
  let current = 0;
  let words = 0;
  let power = 0;
  let previous: 'start' | 'article' | 'cardinal' | 'tens' | 'scale' | 'and' = 'start';
  let j = i;
  for (; s.at(j); j++) {
    if (j > i && !s.joined(j - 1)) break;
    const word = s.lower(j);
    const cardinal = cardinalValue(word);
    const scale = SCALE_POWERS.get(word);
    if ((word === 'a' || word === 'an') && previous === 'start') {
      const next = s.lower(j + 1);
      if (next !== 'dozen' && !SCALE_POWERS.has(next)) return null;
      current = 1;
      previous = 'article';
    } else if (cardinal !== undefined) {
      const joinsTens = previous === 'tens' && cardinal > 0 && cardinal < 10; // "twenty one"
      if (previous === 'cardinal' || previous === 'article' || (previous === 'tens' && !joinsTens)) break;
      current += cardinal;
      previous = cardinal >= 20 && cardinal % 10 === 0 ? 'tens' : 'cardinal';
    } else if (word === 'hundred' && previous !== 'start' && previous !== 'and') {
      current = (current || 1) * 100;
      power = Math.max(power, 2);
      previous = 'scale';
    } else if (scale !== undefined && scale > 2 && previous !== 'start' && previous !== 'and') {
      total += scaleByPowerOfTen(current || 1, scale);
      current = 0;
      power = Math.max(power, scale);
      previous = 'scale';
    } else if (word === 'dozen' && previous !== 'start' && previous !== 'and') {
      current = (current || 1) * 12;
      previous = 'scale';
    } else if (word === 'and' && previous === 'scale' && cardinalValue(s.lower(j + 1)) !== undefined && s.joined(j)) {
      previous = 'and';
    } else if (word === 'point' && (previous === 'cardinal' || previous === 'tens') && total === 0 && power === 0) {
      // "two point four million", "one point eight": a decimal spoken as it is read aloud, one digit word after another.
      const digits = spokenDecimals(s, j);
      if (digits === '') break;
      current = Number(`${current}.${digits}`);
      words += digits.length;
      j += digits.length;
      previous = 'cardinal';
    } else {
      break;
    }
    words++;
  }
  if (words === 0 || previous === 'article' || previous === 'and') return null;
  const last = j - 1;
  return core(s, i, last, {
    value: total + current,
    scalePower: power,
    bareOne: words === 1 && first === 'one',
    plain: true,
  });
}

/**
 * The digits spoken after "point" at token `at` ("point four", "point two five"): each a spelled cardinal from zero to
 * nine, joined to the word before it, and then a scale or a unit ("two point four million", "one point five per cent",
 * "three point two metres"); "" otherwise: "at one point four people…" counts no 1.4 people, and "at one point, four…"
 * breaks at the comma.
 */
function spokenDecimals(s: TokenStream, at: number): string {
  let digits = '';
  let k = at + 1;
  for (; s.at(k) && s.joined(k - 1); k++) {
    const digit = CARDINALS.get(s.lower(k));
    if (digit === undefined || digit > 9) break;
    digits += String(digit);
  }
  if (digits === '' || !s.at(k) || !s.joined(k - 1)) return '';
  const next = s.lower(k);
  return SCALE_POWERS.has(next) || next === 'per' || UNIT_WORDS.has(next) ? digits : '';
}

/** "five-year", "three-day", "twenty-one-year-old": a spelled cardinal glued to a unit. */
function spelledWithUnit(word: string): { value: number; unit: UnitInfo; age: boolean } | null {
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  if (parts.length < 2) return null;
  for (const take of [2, 1]) {
    if (parts.length <= take) continue;
    const value = cardinalValue(parts.slice(0, take).join('-'));
    const unit = value === undefined ? null : hyphenUnit(parts.slice(take));
    if (value !== undefined && unit) return { value, ...unit };
  }
  return null;
}

/** "tens of thousands", "hundreds", "dozens of", "many thousands": 2–9 × the magnitude. */
function parsePluralMagnitude(s: TokenStream, i: number): NumberCore | null {
  let first = i;
  if (s.lower(i) === 'many' && s.joined(i) && PLURAL_MAGNITUDES.has(s.lower(i + 1))) first = i + 1;
  let magnitude = PLURAL_MAGNITUDES.get(s.lower(first));
  if (magnitude === undefined) return null;
  let last = first;
  let previousMagnitude = magnitude;
  for (;;) {
    const next = PLURAL_MAGNITUDES.get(s.lower(last + 2));
    if (s.lower(last + 1) !== 'of' || !s.joined(last) || !s.joined(last + 1) || next === undefined || next <= previousMagnitude) break;
    magnitude *= next;
    previousMagnitude = next;
    last += 2;
  }
  // "tens" and "scores" alone are not amounts ("test scores"); they need "of" after them.
  if (last === first && !STANDALONE_PLURAL_MAGNITUDES.has(s.lower(first)) && s.lower(first + 1) !== 'of') return null;
  return core(s, i, last, { low: PLURAL_RANGE[0] * magnitude, high: PLURAL_RANGE[1] * magnitude, vague: true });
}

/** "several thousand", "a few hundred", "a couple of hundred". */
function parseVagueMultiplier(s: TokenStream, i: number): NumberCore | null {
  let j = i;
  if (s.lower(j) === 'a' && s.joined(j)) j++;
  const range = VAGUE_MULTIPLIERS.get(s.lower(j));
  if (!range || (s.lower(j) !== 'several' && j === i)) return null;
  if (s.lower(j) === 'couple' && s.lower(j + 1) === 'of' && s.joined(j)) j++;
  if (!s.joined(j)) return null;
  const scaled = absorbScaleWords(s, j, 1);
  if (scaled.last === j) return null;
  const [low, high] = range;
  return core(s, i, scaled.last, { low: low * scaled.value, high: high * scaled.value, vague: true });
}

/** "a handful of": a few, read as "dozens" is, 2–9 (of one). */
function parseHandful(s: TokenStream, i: number): NumberCore | null {
  if (s.lower(i) !== 'a' || s.lower(i + 1) !== 'handful' || s.lower(i + 2) !== 'of' || !s.joined(i) || !s.joined(i + 1)) return null;
  return core(s, i, i + 1, { low: PLURAL_RANGE[0], high: PLURAL_RANGE[1], vague: true });
}

/** "half of", "two-thirds", "a third of", "one in five", "one in every 12". */
function parseFraction(s: TokenStream, i: number): NumberCore | null {
  const word = s.lower(i);
  if (word === 'half') return isHalfAnAmount(s, i) ? core(s, i, i, { value: 0.5, kind: 'fraction', countedAfterOf: true }) : null;

  // "an additional quarter of a million": the fraction's article is another word's.
  const bare = FRACTION_WORDS.get(word);
  const bareScale = bare !== undefined && s.lower(i + 1) === 'of' && s.joined(i) && s.joined(i + 1) ? articleScale(s, i + 2) : undefined;
  if (bare !== undefined && bare > 1 && bareScale !== undefined) {
    return core(s, i, i + 3, { value: scaleByPowerOfTen(1 / bare, bareScale), scalePower: bareScale, plain: true });
  }

  const dash = word.indexOf('-');
  if (dash > 0) {
    // "two-thirds", "one-quarter"
    const numerator = cardinalValue(word.slice(0, dash));
    const denominator = FRACTION_WORDS.get(word.slice(dash + 1));
    if (numerator === undefined || denominator === undefined || numerator >= denominator) return null;
    // "two-thirds of a million": a number.
    const power = s.lower(i + 1) === 'of' && s.joined(i) && s.joined(i + 1) ? articleScale(s, i + 2) : undefined;
    if (power !== undefined) {
      return core(s, i, i + 3, { value: scaleByPowerOfTen(numerator / denominator, power), scalePower: power, plain: true });
    }
    return core(s, i, i, { value: numerator / denominator, kind: 'fraction', countedAfterOf: true });
  }

  const numerator = word === 'a' || word === 'an' ? 1 : smallInteger(s, i);
  if (numerator === undefined || !s.joined(i)) return null;
  // "a third of", "two thirds of"
  const denominator = FRACTION_WORDS.get(s.lower(i + 1));
  if (denominator !== undefined && numerator < denominator && s.lower(i + 2) === 'of' && s.joined(i + 1)) {
    // "a quarter of a million": a number, not a share of one.
    const power = s.joined(i + 2) ? articleScale(s, i + 3) : undefined;
    if (power !== undefined) {
      return core(s, i, i + 4, { value: scaleByPowerOfTen(numerator / denominator, power), scalePower: power, plain: true });
    }
    return core(s, i, i + 1, { value: numerator / denominator, kind: 'fraction', countedAfterOf: true });
  }
  // "fell by a third", "about a quarter", "… rose a fifth.": a share without "of", after "by" or an
  // approximator, or closing its clause; "a third time", "a fifth ferry" stay ordinals ("a half" is isHalfAnAmount's).
  if (
    denominator !== undefined &&
    denominator > 2 &&
    (word === 'a' || word === 'an') &&
    (FRACTION_LEADS.has(s.joined(i - 1) ? s.lower(i - 1) : '') || !s.joined(i + 1))
  ) {
    return core(s, i, i + 1, { value: 1 / denominator, kind: 'fraction' });
  }
  // "one in five", "1 in 10", "one out of three", "one in every 12"
  let k = i + 1;
  if (s.matches(k, ['out', 'of'])) k += 2;
  else if (s.lower(k) === 'in') k += s.joined(k) && s.lower(k + 1) === 'every' ? 2 : 1;
  else return null;
  if (!s.joined(k - 1) || word === 'a' || word === 'an') return null;
  const of = smallInteger(s, k);
  if (of === undefined || of <= numerator || of > 1000) return null;
  return core(s, i, k, { value: numerator / of, kind: 'fraction' });
}

/** The power of ten of "a million", "a billion", "a thousand" at `i` (the article, joined to its scale word), or undefined. */
function articleScale(s: TokenStream, i: number): number | undefined {
  if ((s.lower(i) !== 'a' && s.lower(i) !== 'an') || !s.joined(i)) return undefined;
  const power = SCALE_POWERS.get(s.lower(i + 1));
  return power !== undefined && power > 2 ? power : undefined;
}

/** "half" is an amount in "half of", "half the", "by half", "more than half"; not in "the second half", "an hour and a half". */
function isHalfAnAmount(s: TokenStream, i: number): boolean {
  const before = s.joined(i - 1) ? s.lower(i - 1) : '';
  if (NOT_BEFORE_HALF.has(before)) return false;
  // "about half a million" is a number (parseSpelled's), not a share.
  if (s.joined(i) && articleScale(s, i + 1) !== undefined) return false;
  const after = s.joined(i) ? s.lower(i + 1) : '';
  return AFTER_HALF.has(after) || BEFORE_HALF.has(before);
}

const NOT_BEFORE_HALF = new Set([
  'a',
  'an',
  'and',
  'first',
  'second',
  'other',
  'latter',
  'former',
  'top',
  'bottom',
  'upper',
  'lower',
  'back',
]);
const AFTER_HALF = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'them', 'that', 'those', 'these', 'this']);
const BEFORE_HALF = new Set([
  'by',
  'in',
  'than',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'over',
  'under',
  'only',
  'just',
  'some',
]);

/** Words before "a third" that make it a share rather than an ordinal ("by a third", "about a quarter"): those before "half", but "in". */
const FRACTION_LEADS: ReadonlySet<string> = new Set([...BEFORE_HALF, 'barely'].filter((word) => word !== 'in'));

/** A whole number from 1 to 1000 written in digits or as one word, with nothing glued to it. */
function smallInteger(s: TokenStream, i: number): number | undefined {
  const word = s.lower(i);
  if (s.numeric(i)) {
    const number = parseNumericToken(word);
    if (!number || number.suffix !== '' || number.decimal || number.grouped) return undefined;
    return number.value >= 1 && number.value <= 1000 ? number.value : undefined;
  }
  const value = cardinalValue(word);
  return value !== undefined && value >= 1 ? value : undefined;
}

/** Spelled ordinals other than "first"/"second": "third", "twenty-first". */
function parseSpelledOrdinal(s: TokenStream, i: number): NumberCore | null {
  const value = ordinalValue(s.lower(i));
  return value === undefined ? null : core(s, i, i, { value, kind: 'ordinal' });
}
