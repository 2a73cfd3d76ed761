import { NUMBER_WORDS, WORD_CLASSES, WordClass } from '../lexicon';
import { withoutPossessiveS } from '../text-chars';
import type { ConflictWord } from './claim-words';

/**
 * Where and over which period a claim counts, when it says so by common words: "in the town", "across the province",
 * "the borough's parks"; "over the long weekend", "in its fourth quarter", "over the last eight years", "since
 * April".
 * Two figures of one measure counted over two such scopes are two figures, not a disagreement (`scopesApart`).
 */
export interface Scope {
  /** The territories the content places its figures in by a common noun: "town" of "in the town", "province" of "the province's". */
  territories: string[];
  /** The kind of period the content counts over (`PeriodKind`), or null when it names none of them. */
  period: PeriodKind | null;
}

/**
 * A day of the week, a weekend, a month, a period since a month, a quarter, a half year, the running year or one
 * written out, and a span of several years (or one since a year written out).
 */
export type PeriodKind = 'day' | 'weekend' | 'month' | 'sinceMonth' | 'quarter' | 'half' | 'year' | 'years';

/** Nouns of a territory of one level: "the town" and "the province" are two, one inside the other. */
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

/** Prepositions placing a figure in a territory: "in the town", "across the province", "within the borough". */
const TERRITORY_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'within', 'around']);

/** Ordinals and the like before "quarter" that make it a period: "in its fourth quarter", "the latest quarter". */
const QUARTER_OPENERS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'latest', 'previous', 'same']);

/** Words before a count of years that make it the span a figure is counted over: "over the last eight years". */
const SPAN_OPENERS = new Set(['past', 'last', 'previous']);

function isMonth(lower: string): boolean {
  return ((WORD_CLASSES.get(lower) ?? 0) & WordClass.month) !== 0;
}

function isWeekday(lower: string): boolean {
  return ((WORD_CLASSES.get(lower) ?? 0) & WordClass.weekday) !== 0;
}

/** How many words after "since" may stand before its month: "since the toll bridge reopened in April". */
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
    // "in the town council's depot" names a body, not the territory.
    if (own === noun.lower && (content[i + 3]?.lower === 'council' || content[i + 3]?.lower === 'hall')) continue;
    if (TERRITORY_NOUNS.has(own) && !found.includes(own)) found.push(own);
  }
  return found;
}

/**
 * The kind of period `content` counts over, by its words ("on Sunday" when the caller has found a day of the week of the
 * content; a month dated by the quantities stage and the running year are told by the caller: `monthOnly`, `currentYear`).
 */
export function periodOf(content: readonly ConflictWord[], weekday: boolean, monthOnly: boolean, currentYear: boolean): PeriodKind | null {
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    const before = content[i - 1]?.lower ?? '';
    if (lower === 'weekend' && (before === 'the' || before === 'this' || before === 'last')) return 'weekend';
    // "in its fourth quarter", "during the quarter"; "a quarter of the ponies" is a fraction.
    if (
      lower === 'quarter' &&
      (QUARTER_OPENERS.has(before) || (before === 'the' && /^(?:over|in|during)$/.test(content[i - 2]?.lower ?? ''))) &&
      content[i + 1]?.lower !== 'of'
    )
      return 'quarter';
    if ((lower === 'years' || lower === 'decades') && isCount(before) && SPAN_OPENERS.has(content[i - 2]?.lower ?? '')) return 'years';
    if (lower === 'since' && content.slice(i + 1, i + 1 + SINCE_REACH).some((word) => isMonth(word.lower))) return 'sinceMonth';
    // "since 2013": a span of years up to now.
    if (lower === 'since' && /^(?:19|20)\d\d$/.test(content[i + 1]?.lower ?? '')) return 'years';
    // "in the first half of the year", "the second half of 2027".
    if (lower === 'half' && (before === 'first' || before === 'second') && content[i + 1]?.lower === 'of') return 'half';
  }
  // "on Sunday": the day a figure is of ("switched to Thursday" dates no count).
  if (weekday && content.some((word, i) => word.lower === 'on' && isWeekday(content[i + 1]?.lower ?? ''))) return 'day';
  if (monthOnly) return 'month';
  if (currentYear) return 'year';
  return null;
}

/**
 * Two kinds of period that may still be one: the running year and a period since one of its months ("this year" /
 * "since February"); a day and the month or year it falls in. Every other pair of two kinds is two periods.
 */
function mayBeOne(x: PeriodKind, y: PeriodKind): boolean {
  const pair = (p: PeriodKind, q: PeriodKind) => (x === p && y === q) || (x === q && y === p);
  return pair('year', 'sinceMonth') || pair('day', 'month') || pair('day', 'year');
}

/**
 * "140 mumps cases in the town in June" / "520 cases across the province since February": two territories of which none is
 * shared, or two kinds of period that cannot be one ("on Sunday" / "over the long weekend", "in its fourth quarter" /
 * "over the last eight years"), make two figures of two scopes.
 */
export function scopesApart(a: Scope, b: Scope, placesDisputed: boolean, datesDisputed: boolean): boolean {
  if (!placesDisputed && a.territories.length > 0 && b.territories.length > 0 && !a.territories.some((t) => b.territories.includes(t)))
    return true;
  return !datesDisputed && a.period !== null && b.period !== null && a.period !== b.period && !mayBeOne(a.period, b.period);
}

/** The noun phrase a clause opens on: its head, the words before it and the owner named by a possessive. */
export interface ClauseSubject {
  head: string;
  modifiers: string[];
  owner: string | null;
}

/** Words ending a clause's subject: the auxiliary or modal of its verb. */
const SUBJECT_ENDS = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'did',
  'does',
  'do',
  'could',
  'would',
  'will',
  'can',
  'may',
  'might',
  'should',
  'must',
]);
const SUBJECT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Words that stand for a subject named elsewhere: no subject of common nouns. */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'that', 'which', 'who', 'none', 'all', 'each']);
/** The most words a subject of common nouns may hold before its verb: "the depot's staff fitness suite". */
const SUBJECT_WORDS = 4;

/**
 * The subject of the clause from `from` when it is common nouns only before an auxiliary ("the depot's canteen would
 * shut", "night porters were sent home"): null for a name, a pronoun or a clause that does not open on its subject.
 */
export function clauseSubject(content: readonly ConflictWord[], from: number): ClauseSubject | null {
  let i = from;
  while (SUBJECT_DETERMINERS.has(content[i]?.lower ?? '')) i++;
  let owner: string | null = null;
  const nouns: string[] = [];
  for (; i < content.length && nouns.length <= SUBJECT_WORDS; i++) {
    const word = content[i]!;
    if (SUBJECT_ENDS.has(word.lower)) break;
    if (word.capitalised || /\d/.test(word.lower) || PRONOUNS.has(word.lower)) return null;
    const own = withoutPossessiveS(word.lower);
    if (own !== word.lower) {
      if (owner !== null || nouns.length > 0) return null;
      owner = own;
      continue;
    }
    nouns.push(word.lower);
  }
  if (nouns.length === 0 || nouns.length > SUBJECT_WORDS || !SUBJECT_ENDS.has(content[i]?.lower ?? '')) return null;
  return { head: nouns[nouns.length - 1]!, modifiers: nouns.slice(0, -1), owner };
}

/**
 * "the depot's staff gym would shut" / "denied that the depot's canteen would shut", "night porters were
 * sent home" / "denied that kitchen porters had walked out": two subjects named as two parts of one owner
 * (one owner, two heads, neither said by the other claim) or one noun set apart by two modifiers are two things.
 * `keyOf` reads a word as a topic key; `saidBy*` tells whether a claim says a key anywhere.
 */
export function subjectsApart(
  x: ClauseSubject,
  y: ClauseSubject,
  keyOf: (lower: string) => string,
  saidByX: (key: string) => boolean,
  saidByY: (key: string) => boolean,
): boolean {
  const hx = keyOf(x.head);
  const hy = keyOf(y.head);
  if (hx !== hy) return x.owner !== null && x.owner === y.owner && !saidByY(hx) && !saidByX(hy);
  return (
    x.modifiers.length > 0 &&
    y.modifiers.length > 0 &&
    !x.modifiers.some((m) => saidByY(keyOf(m))) &&
    !y.modifiers.some((m) => saidByX(keyOf(m)))
  );
}
