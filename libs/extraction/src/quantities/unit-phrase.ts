import { isSpace } from '../text-chars';
import type { TokenStream } from './token-stream';
import { DOLLAR_COUNTRIES, MASS_SYMBOLS, TEMPERATURE_SCALES, UNIT_WORDS, type UnitInfo } from './units';

/** A unit written after a number, and where it ends. */
export interface UnitPhrase {
  unit: UnitInfo;
  /** Last token used (the number's own token for a "%" sign). */
  last: number;
  /** Character offset after the unit. */
  end: number;
}

const PERCENT: UnitInfo = { unit: 'percent', kind: 'percent' };
const PERCENTAGE_POINT: UnitInfo = { unit: 'percentage-point', kind: 'percent' };
/** The unit after "square" or "sq" ("square kilometres", "sq ft"). */
export const SQUARE_UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ['km', { unit: 'km2', kind: 'measure' }],
  ['kilometres', { unit: 'km2', kind: 'measure' }],
  ['kilometers', { unit: 'km2', kind: 'measure' }],
  ['miles', { unit: 'mile2', kind: 'measure' }],
  ['metres', { unit: 'm2', kind: 'measure' }],
  ['meters', { unit: 'm2', kind: 'measure' }],
  // Singular in a compound adjective: "a 42,000-square-metre site", "a 3-square-mile area".
  ['kilometre', { unit: 'km2', kind: 'measure' }],
  ['kilometer', { unit: 'km2', kind: 'measure' }],
  ['mile', { unit: 'mile2', kind: 'measure' }],
  ['metre', { unit: 'm2', kind: 'measure' }],
  ['meter', { unit: 'm2', kind: 'measure' }],
  ['m', { unit: 'm2', kind: 'measure' }],
  ['mi', { unit: 'mile2', kind: 'measure' }],
  ['ft', { unit: 'foot2', kind: 'measure' }],
  ['foot', { unit: 'foot2', kind: 'measure' }],
  ['feet', { unit: 'foot2', kind: 'measure' }],
]);

/** The unit after "cubic" or "cu" ("cubic metres", "cu ft", "a 500-cubic-metre tank"): volumes, not lengths. */
export const CUBIC_UNITS: ReadonlyMap<string, UnitInfo> = new Map(
  [
    ['metres', 'm3'],
    ['meters', 'm3'],
    ['metre', 'm3'],
    ['meter', 'm3'],
    ['m', 'm3'],
    ['kilometres', 'km3'],
    ['kilometers', 'km3'],
    ['kilometre', 'km3'],
    ['kilometer', 'km3'],
    ['km', 'km3'],
    ['feet', 'foot3'],
    ['foot', 'foot3'],
    ['ft', 'foot3'],
  ].map(([word, unit]) => [word as string, { unit: unit as string, kind: 'measure' as const }]),
);

/** The speed a length unit makes before "an hour" or "per hour". */
const SPEED_OF_LENGTH: ReadonlyMap<string, UnitInfo> = new Map([
  ['km', { unit: 'km/h', kind: 'measure' }],
  ['mile', { unit: 'mph', kind: 'measure' }],
]);
const PER = new Set(['an', 'a', 'per']);

const DEGREE: UnitInfo = { unit: 'degree', kind: 'measure' };
const GBP: UnitInfo = { unit: 'GBP', kind: 'money' };
const LB: UnitInfo = { unit: 'lb', kind: 'measure' };
const TWO_WORD_UNITS: ReadonlyMap<string, UnitInfo> = new Map(
  [
    ['metric tons', 'tonne'],
    ['metric ton', 'tonne'],
    ['metric tonnes', 'tonne'],
    ['short tons', 'short-ton'],
    ['short ton', 'short-ton'],
    ['long tons', 'long-ton'],
    ['long ton', 'long-ton'],
    ['nautical miles', 'nmi'],
    ['nautical mile', 'nmi'],
    ['imperial gallons', 'imperial-gallon'],
    ['imperial gallon', 'imperial-gallon'],
    ['us gallons', 'gallon'],
    ['us gallon', 'gallon'],
  ].map(([words, unit]) => [words as string, { unit: unit as string, kind: 'measure' as const }]),
);

/**
 * The unit after the number that ends at token `last` / character `end`:
 * "%", "percent", "per cent", "percentage points", "hours", "km", "km/h",
 * "square kilometres", "cubic metres", "euros", "US dollars", "pounds sterling".
 */
export function unitAfter(s: TokenStream, last: number, end: number): UnitPhrase | null {
  // "12%" or "12 %": the sign is not a token.
  let p = end;
  if (isSpace(s.text.charCodeAt(p)) && [0x25, 0xb0, 0xba].includes(s.text.charCodeAt(p + 1))) p++;
  if (s.text.charCodeAt(p) === 0x25) return { unit: PERCENT, last, end: p + 1 };
  const k = last + 1;
  const until = (to: number, unit: UnitInfo): UnitPhrase => ({ unit, last: to, end: (s.at(to) as { end: number }).end });
  // "44°C", "44 °C", "44° F": a degree sign (or the ordinal sign often typed for it) and the scale glued after it.
  const sign = s.text.charCodeAt(p);
  if (sign === 0xb0 || sign === 0xba) {
    const next = s.at(k);
    const glued = next !== undefined && next.start <= p + 2 && /^\s?$/.test(s.text.slice(p + 1, next.start));
    const scale = glued ? TEMPERATURE_SCALES.get(s.lower(k)) : undefined;
    return scale ? until(k, scale) : { unit: DEGREE, last, end: p + 1 };
  }
  if (!s.joined(last)) return null;

  const word = s.lower(k);
  const two = (second: string): boolean => s.lower(k + 1) === second && s.joined(k);
  // "44 degrees Celsius", "44 degrees C", "-3 degrees Fahrenheit".
  const scale = (word === 'degrees' || word === 'degree') && s.joined(k) ? TEMPERATURE_SCALES.get(s.lower(k + 1)) : undefined;
  if (scale) return until(k + 1, scale);

  if (word === 'per' && two('cent')) return until(k + 1, PERCENT);
  if (word === 'percentage' && (two('points') || two('point'))) return until(k + 1, PERCENTAGE_POINT);
  if ((word === 'square' || word === 'sq') && s.joined(k)) {
    const square = SQUARE_UNITS.get(s.lower(k + 1));
    if (square) return until(k + 1, square);
  }
  if ((word === 'cubic' || word === 'cu') && s.joined(k)) {
    const cubic = CUBIC_UNITS.get(s.lower(k + 1));
    if (cubic) return until(k + 1, cubic);
  }
  // "US dollars", "Australian dollars", "New Zealand dollars": the country names the dollar.
  const dollar = (at: number): boolean => s.joined(at) && (s.lower(at + 1) === 'dollars' || s.lower(at + 1) === 'dollar');
  const country = DOLLAR_COUNTRIES.get(word);
  if (country && dollar(k)) return until(k + 1, { unit: country, kind: 'money' });
  const twoWordCountry = s.joined(k) ? DOLLAR_COUNTRIES.get(`${word} ${s.lower(k + 1)}`) : undefined;
  if (twoWordCountry && dollar(k + 1)) return until(k + 2, { unit: twoWordCountry, kind: 'money' });
  if ((word === 'pounds' || word === 'pound') && two('sterling')) return until(k + 1, { unit: 'GBP', kind: 'money' });
  // "2.4 million pounds" is money; "200 pounds of sugar" a weight; "42 million pounds of taxpayers' money" money again.
  if (word === 'pounds' || word === 'pound') return until(k, two('of') && !moneyAfterOf(s, k + 2) ? LB : GBP);
  // Two-word units: "metric tons" (tonnes, not the looser "tons"), "nautical miles", "imperial gallons", "US gallons".
  const twoWordUnit = TWO_WORD_UNITS.get(`${word} ${s.lower(k + 1)}`);
  if (twoWordUnit && s.joined(k)) return until(k + 1, twoWordUnit);
  if (word === 'km' && s.gap(k) === '/' && s.lower(k + 1) === 'h') return until(k + 1, { unit: 'km/h', kind: 'measure' });
  // "km²", "m²", "m³": the superscript is not part of the token.
  const power = s.charAfter(k) === 0xb2 ? '2' : s.charAfter(k) === 0xb3 ? '3' : '';
  if ((word === 'km' || word === 'm') && power !== '') {
    return { unit: { unit: `${word}${power}`, kind: 'measure' }, last: k, end: (s.at(k) as { end: number }).end + 1 };
  }
  const unit = UNIT_WORDS.get(word) ?? massSymbol(s, k);
  // "45 kilometres an hour", "30 miles per hour": a speed, not a length.
  const speed = unit ? SPEED_OF_LENGTH.get(unit.unit) : undefined;
  if (speed && s.joined(k) && PER.has(s.lower(k + 1)) && s.joined(k + 1) && s.lower(k + 2) === 'hour') return until(k + 2, speed);
  // An ISO code must be written in capitals ("5 USD"), so the word "rub" is not roubles.
  if (!unit || (unit.kind === 'money' && word.length === 3 && !isAllCaps((s.at(k) as { text: string }).text) && word !== 'yen')) {
    return null;
  }
  return until(k, unit);
}

/** Nouns of money that "pounds of" may be followed by: "pounds of public money", "pounds of funding", "pounds of damage". */
const MONEY_NOUNS =
  /^(?:money|cash|funds?|funding|investments?|revenues?|debts?|savings|subsid(?:y|ies)|grants?|spending|income|profits?|losses|damages?|aid|bonus(?:es)?|dividends?|fees|fines|payments?|contracts?|assets|sales|bills?|costs?|taxes|budget|deficit|cuts)$/;
/** How many words after "of" may come before the money noun: "of taxpayers' money", "of new public funding". */
const MAX_WORDS_BEFORE_MONEY_NOUN = 2;

/** Whether a money noun follows "pounds of" within a few words (token `from` is the first word after "of"). */
function moneyAfterOf(s: TokenStream, from: number): boolean {
  for (let i = from; i <= from + MAX_WORDS_BEFORE_MONEY_NOUN && s.at(i) !== undefined; i++) {
    if (MONEY_NOUNS.test(s.lower(i))) return true;
    if (!s.joined(i) && !/^['’]\s$/.test(s.gap(i))) return false; // "taxpayers' money"
  }
  return false;
}

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase();
}

/** A mass written as its SI symbol, a word of its own ("3.4 Mt of wheat"); not "Mt" opening a mountain's name ("2 Mt Kenya routes"). */
function massSymbol(s: TokenStream, k: number): UnitInfo | undefined {
  const unit = MASS_SYMBOLS.get((s.at(k) as { text: string }).text);
  const next = s.at(k + 1) as { text: string } | undefined;
  return unit && !(s.joined(k) && next !== undefined && /^[A-Z]/.test(next.text)) ? unit : undefined;
}
