import { NUMBER_WORDS, WORD_CLASSES, WordClass } from '../lexicon';
import { withoutPossessiveS } from '../text-chars';
import type { ConflictWord } from './claim-words';

/**
 * Where and over which period a claim counts, when it says so by common words: "in the city", "across the region",
 * "the county's streams"; "over the weekend", "in the third quarter", "over the past five years", "since January".
 * Two figures of one measure counted over two such scopes are two figures, not a disagreement (`scopesApart`).
 */
export interface Scope {
  /** The territories the content places its figures in by a common noun: "city" of "in the city", "region" of "the region's". */
  territories: string[];
  /** The kind of period the content counts over (`PeriodKind`), or null when it names none of them. */
  period: PeriodKind | null;
}

/**
 * A day of the week, a weekend, a month, a period since a month, a quarter, the running year or one written out, and a
 * span of several years.
 */
export type PeriodKind = 'day' | 'weekend' | 'month' | 'sinceMonth' | 'quarter' | 'year' | 'years';

/** Nouns of a territory of one level: "the city" and "the region" are two, one inside the other. */
const TERRITORY_NOUNS = new Set([
  'country',
  'nation',
  'region',
  'province',
  'county',
  'city',
  'capital',
  'town',
  'borough',
  'district',
  'village',
]);

/** Prepositions placing a figure in a territory: "in the city", "across the region", "throughout the county". */
const TERRITORY_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'within', 'around']);

/** Ordinals and the like before "quarter" that make it a period: "in the third quarter", "last quarter". */
const QUARTER_OPENERS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'latest', 'previous', 'same']);

/** Words before a count of years that make it the span a figure is counted over: "over the past five years". */
const SPAN_OPENERS = new Set(['past', 'last', 'previous']);

function isMonth(lower: string): boolean {
  return ((WORD_CLASSES.get(lower) ?? 0) & WordClass.month) !== 0;
}

function isWeekday(lower: string): boolean {
  return ((WORD_CLASSES.get(lower) ?? 0) & WordClass.weekday) !== 0;
}

/** How many words after "since" may stand before its month: "since the new rules took effect in July". */
const SINCE_REACH = 8;

function isCount(lower: string): boolean {
  return /^\d+$/.test(lower) || NUMBER_WORDS.has(lower);
}

/** The territories of `content` (see `Scope.territories`). */
export function territoriesOf(content: readonly ConflictWord[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + 2 < content.length; i++) {
    if (!TERRITORY_PREPOSITIONS.has(content[i]!.lower) || content[i + 1]!.lower !== 'the') continue;
    const noun = content[i + 2]!;
    const own = withoutPossessiveS(noun.lower);
    // "in the city council's offices" names a body, not the territory.
    if (own === noun.lower && (content[i + 3]?.lower === 'council' || content[i + 3]?.lower === 'hall')) continue;
    if (TERRITORY_NOUNS.has(own) && !found.includes(own)) found.push(own);
  }
  return found;
}

/**
 * The kind of period `content` counts over, by its words ("on Saturday" when the caller has found a day of the week of the
 * content; a month dated by the quantities stage and the running year are told by the caller: `monthOnly`, `currentYear`).
 */
export function periodOf(content: readonly ConflictWord[], weekday: boolean, monthOnly: boolean, currentYear: boolean): PeriodKind | null {
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    const before = content[i - 1]?.lower ?? '';
    if (lower === 'weekend' && (before === 'the' || before === 'this' || before === 'last')) return 'weekend';
    // "in the third quarter", "over the quarter"; "a quarter of the homes" is a fraction.
    if (
      lower === 'quarter' &&
      (QUARTER_OPENERS.has(before) || (before === 'the' && /^(?:over|in|during)$/.test(content[i - 2]?.lower ?? ''))) &&
      content[i + 1]?.lower !== 'of'
    )
      return 'quarter';
    if ((lower === 'years' || lower === 'decades') && isCount(before) && SPAN_OPENERS.has(content[i - 2]?.lower ?? '')) return 'years';
    if (lower === 'since' && content.slice(i + 1, i + 1 + SINCE_REACH).some((word) => isMonth(word.lower))) return 'sinceMonth';
  }
  // "on Saturday": the day a figure is of ("moved to Wednesday" dates no count).
  if (weekday && content.some((word, i) => word.lower === 'on' && isWeekday(content[i + 1]?.lower ?? ''))) return 'day';
  if (monthOnly) return 'month';
  if (currentYear) return 'year';
  return null;
}

/**
 * Two kinds of period that may still be one: the running year and a period since one of its months ("this year" /
 * "since January"); a day and the month or year it falls in. Every other pair of two kinds is two periods.
 */
function mayBeOne(x: PeriodKind, y: PeriodKind): boolean {
  const pair = (p: PeriodKind, q: PeriodKind) => (x === p && y === q) || (x === q && y === p);
  return pair('year', 'sinceMonth') || pair('day', 'month') || pair('day', 'year');
}

/**
 * "212 cases in the city in March" / "640 cases across the region since January": two territories of which none is
 * shared, or two kinds of period that cannot be one ("on Saturday" / "over the weekend", "in the third quarter" / "over
 * the past five years"), make two figures of two scopes.
 */
export function scopesApart(a: Scope, b: Scope, placesDisputed: boolean, datesDisputed: boolean): boolean {
  if (!placesDisputed && a.territories.length > 0 && b.territories.length > 0 && !a.territories.some((t) => b.territories.includes(t)))
    return true;
  return !datesDisputed && a.period !== null && b.period !== null && a.period !== b.period && !mayBeOne(a.period, b.period);
}
