import { hashString } from './hashing';
import { NUMBER_WORD_VALUES } from './matching-lexicon';

/**
 * When a claim places what it reports, if it says so by a past or named time frame: "in
 * March", "in 2019", "in May 2024", "last year", "last winter", "two years ago", "the
 * previous year". A report of this story's event rarely dates it so (it happened "on
 * Sunday", "yesterday", or with no date at all); a claim that does is most often about
 * another event told for comparison: last year's drought, a storm in March, a sentence
 * handed down in 2021. Two claims of one story that state the same figure are the same
 * fact only if they place it at the same time (similarity.ts: timeRelation).
 *
 * Spans ("between March 2024 and January 2026", "since 2019", "from 2017 to 2023") say how
 * long, not when, and are not time frames; nor are weekdays and "yesterday", "today".
 */

/** The figures' measure for a time frame (figures.ts packs it like a figure, value = hash of the frame's key). */
export const WHEN_MEASURE = 'when';
export const WHEN_MEASURE_HASH = hashString(WHEN_MEASURE);

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const SEASONS = 'winter|summer|spring|autumn|fall';
/**
 * Units of a time frame before "ago" or after "last": a year or more back is another event
 * ("two years ago", "last year"); "three weeks ago", "last week" is as often this story's own
 * recent past ("the bakeries shut three weeks ago" / "have been closed for three weeks").
 */
const UNITS = 'year|decade';
/** How many units ago: a spelled-out number, or "a"/"an" (one); "a few"/"several" say no number (0). */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORD_VALUES, ['a', 1], ['an', 1], ['a few', 0], ['several', 0]]);

/**
 * "in March", "in early 2019", "back in May 2024", "during the summer of 2021": a month
 * and/or a year after a preposition of a point in time. "May" is a month only when a year
 * follows or a preposition of time precedes it ("in May"; "it may rise" is no date).
 */
const IN_MONTH_OR_YEAR = new RegExp(
  String.raw`\b(?:in|during|back\s+in|earlier\s+in|later\s+in)\s+(?:(?:early|late|mid)[\s-]+)?(?:(${MONTH_NAMES})(?:\s+((?:19|20)\d\d))?|((?:19|20)\d\d))\b(?!\s*(?:-|–|to|and)\s*(?:${MONTH_NAMES}|(?:19|20)\d\d))`,
  'gi',
);
/** A thing dated by "of" and a month with its year ("the inspection report of March 2023", "the floods of June 2021"). */
const OF_MONTH_YEAR = new RegExp(String.raw`\bof\s+(${MONTH_NAMES})\s+((?:19|20)\d\d)\b`, 'gi');
/** "in the summer of 2003", "during summer 2003", "in spring 2021": a season of a year. */
const SEASON_OF_YEAR = new RegExp(String.raw`\b(?:in|during)\s+(?:the\s+)?(${SEASONS})(?:\s+of)?\s+((?:19|20)\d\d)\b`, 'gi');
/**
 * "in the summer", "during the winter", "over the spring": a season named without its year (`season:summer`, kind
 * vague), this one or the last, which a month ("in June") or no time at all cannot be told apart from (timeRelation).
 */
const BARE_SEASON = new RegExp(String.raw`\b(?:in|during|over)\s+the\s+(${SEASONS})\b(?!\s+(?:of\s+)?(?:19|20)\d\d)`, 'gi');
/** The season a month falls in (northern, as the corpus's news is), but winter, which spans two years. */
const SEASON_OF_MONTH = ['', '', '', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', ''];
/** A counted noun after a bare "in 1912" makes it a count ("took in 1912 people", "in 1912 refugees"), not a year. */
const COUNTED_AFTER = /^\s+(?:people|(?!(?:was|has|is|as|this|its|his|thus|plus|across|unless|versus|always|perhaps|whereas)\b)[a-z]+s)\b/;
/** "last year", "last year's", "last winter", "the previous month", "the year before". */
const LAST_UNIT = new RegExp(String.raw`\b(?:last|(?:the\s+)?(?:previous|preceding|prior))\s+(${UNITS}|${SEASONS})\b`, 'gi');
const LAST_MONTH_NAME = new RegExp(String.raw`\blast\s+(${MONTH_NAMES})\b`, 'gi');
/** "two years ago", "a decade earlier", "several years before". */
const UNITS_AGO = new RegExp(
  String.raw`\b(\d+|${[...COUNT_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(' ', String.raw`\s+`))
    .join('|')})\s+(${UNITS})s?\s+(ago|earlier|before)\b`,
  'gi',
);

/**
 * "next year", "the following year", "the coming spring": a time told forward from the article's own (`next:year`, kind
 * vague), which a date ("in 2027", "March 2027") restates and a claim without a time does not contradict (a plan or a
 * forecast is told with and without it). Not "next week" or "next month", as often the story's own near future.
 */
const NEXT_UNIT = new RegExp(String.raw`\b(?:next|(?:the\s+)?(?:following|coming))\s+(year|${SEASONS})\b`, 'gi');
/**
 * "by 2030", "by the 2029-30 fiscal year", "by March 2027", "by the end of June": a deadline or a target, which the other
 * side may state as the time itself ("in 2029-30") or leave out ("would raise £11.4bn a year"): the date's key, vague.
 */
const BY_MONTH_OR_YEAR = new RegExp(
  String.raw`\bby\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+(?:the\s+)?)?(?:(${MONTH_NAMES})(?:\s+((?:19|20)\d\d))?|((?:19|20)\d\d)(?:[-–/]\d\d)?(?:\s+(?:fiscal|financial|tax|budget))?(?:\s+year)?)\b`,
  'gi',
);

/**
 * "during the 2018 drought", "during the 2021 floods": a period named by its year, most often another
 * event told for comparison. Not "in the 2016 election", which as often names the story's own event.
 */
const DURING_YEAR_EVENT = /\bduring\s+the\s+((?:19|20)\d\d)\s+(?=[a-z])/gi;
/**
 * A fronted adverbial that sets a wider or other population than the story's own: "Nationally,
 * leakage fell by 9%", "Across the country, …", "Elsewhere, …", or a part or neighbour of it: "In
 * the capital, Name, …", "In neighbouring Name, …". The same figure told of the whole
 * country, the world or another place is another fact, as one told of another time is: its key
 * is weighed like a time frame (timeRelation).
 */
const FRONTED_SCOPE =
  /(?:^|[.;:!?]\s+|\n\s*)(?:nationally|nationwide|worldwide|globally|internationally|elsewhere|across\s+the\s+(?:country|nation|world|region)|around\s+the\s+(?:country|world)|in\s+the\s+rest\s+of\s+the\s+(?:country|world)|in\s+the\s+capital(?:\s*,\s*\p{Lu}[\p{L}-]+)?|in\s+(?:neighbouring|neighboring)\s+\p{Lu}[\p{L}-]+)\s*,/giu;

/**
 * The time frames a claim states, as keys: "month:3", "year:2019", "month:5/year:2024",
 * "last:year", "ago:2year"; a fronted scope ("Nationally, …") as "scope:nationally". Spans between two points ("from March 2024 to January
 * 2026", "between 2017 and 2023") and what follows "since" are left out.
 */
export function findTimeFrames(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const keys = new Set<string>();
  for (const match of text.matchAll(IN_MONTH_OR_YEAR)) {
    if (isComparison(text, match.index, match[0].length)) continue;
    const [, month, monthYear, year] = match;
    // "took in 1912 people": a count after a particle, not a year.
    if (year && COUNTED_AFTER.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const vague = RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index)) ? VAGUE_MARK : '';
    if (month) keys.add(`month:${monthNumber(month)}${monthYear ? `/year:${monthYear}` : ''}${vague}`);
    else if (year) keys.add(`year:${year}${vague}`);
    // "in August 2003" is a time "in the summer of 2003" restates.
    const season = month && monthYear ? SEASON_OF_MONTH[monthNumber(month)] : '';
    if (season) keys.add(`season:${season}/year:${monthYear as string}${vague}`);
  }
  for (const match of text.matchAll(SEASON_OF_YEAR)) {
    if (isComparison(text, match.index, match[0].length)) continue;
    const season = (match[1] as string).toLowerCase();
    keys.add(`season:${season === 'fall' ? 'autumn' : season}/year:${match[2] as string}`);
  }
  for (const match of text.matchAll(BARE_SEASON)) {
    const season = (match[1] as string).toLowerCase();
    if (!isComparison(text, match.index, match[0].length)) keys.add(`season:${season === 'fall' ? 'autumn' : season}`);
  }
  for (const match of text.matchAll(OF_MONTH_YEAR)) {
    if (!isComparison(text, match.index, match[0].length)) keys.add(`month:${monthNumber(match[1] as string)}/year:${match[2] as string}`);
  }
  for (const match of text.matchAll(BY_MONTH_OR_YEAR)) {
    if (isComparison(text, match.index, match[0].length)) continue;
    const [, month, monthYear, year] = match;
    // "cut by 1950 jobs": a count after a particle, not a year.
    if (year && COUNTED_AFTER.test(text.slice(match.index + match[0].length))) continue;
    // "by the end of June 2027" is also "of June 2027" (OF_MONTH_YEAR), a date told plainly: the vague key adds nothing.
    const key = month ? `month:${monthNumber(month)}${monthYear ? `/year:${monthYear}` : ''}` : `year:${year as string}`;
    if (!keys.has(key)) keys.add(`${key}${VAGUE_MARK}`);
    // "by December 2027" is also "by the end of 2027".
    if (monthYear && !keys.has(`year:${monthYear}`)) keys.add(`year:${monthYear}${VAGUE_MARK}`);
  }
  for (const match of text.matchAll(NEXT_UNIT)) {
    const unit = (match[1] as string).toLowerCase();
    if (!isComparison(text, match.index, match[0].length)) keys.add(`next:${unit === 'fall' ? 'autumn' : unit}`);
  }
  for (const match of text.matchAll(DURING_YEAR_EVENT)) {
    if (!isComparison(text, match.index, match[0].length)) keys.add(`year:${match[1] as string}`);
  }
  for (const match of text.matchAll(FRONTED_SCOPE)) {
    const scope = match[0]
      .toLowerCase()
      .replace(/^[^a-z]+|\s*,$/g, '')
      .replace(/\s+/g, ' ');
    keys.add(`scope:${scope}`);
  }
  for (const match of text.matchAll(LAST_UNIT)) {
    if (!isComparison(text, match.index, match[0].length)) keys.add(`last:${(match[1] as string).toLowerCase()}`);
  }
  for (const match of text.matchAll(LAST_MONTH_NAME)) {
    if (!isComparison(text, match.index, match[0].length)) keys.add(`month:${monthNumber(match[1] as string)}`);
  }
  for (const match of text.matchAll(UNITS_AGO)) {
    if (isComparison(text, match.index, match[0].length)) continue;
    const count = (match[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d+$/.test(count) ? Number(count) : (COUNT_WORDS.get(count) ?? 0);
    keys.add(`ago:${n}${(match[2] as string).toLowerCase()}`);
  }
  return [...keys];
}

/**
 * The time of a span's start or of a figure compared with, not of what the claim reports: after
 * "between", "from", "since", "than", "compared with" (or "in comparison with", "as against"), "the same … as", "as many … as" in the same clause, or a figure's "on" ("since the siege began
 * in August", "down from 3,000 in 2019", "up from 900 a year earlier"), or a possessive naming
 * a measure ("twice last year's figure", "the previous year's total").
 */
function isComparison(text: string, start: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/(\d)[,.](?=\d)/g, '$1'); // "3,000" is no clause break
  // "in comparison with the last year", "as against 2024": a translated or formal "compared with".
  if (/\b(?:between|since|than|(?:compared|in\s+comparison)\s+(?:with|to)|as\s+against)\b[^,;:.]*$/i.test(before)) return true;
  // "the same number as in the previous year", "as many as in 2019": the time of what it equals.
  if (/\b(?:same|as\s+(?:many|much|high|low))\b[^,;:.]*\bas\s+(?:in\s+|during\s+)?$/i.test(before)) return true;
  // A change "on" a time ("up 19.0% on a year earlier", "a rise of 3% on the previous year"): what it is measured against.
  if (/\d\S*\s+on\s+(?:the\s+)?$/i.test(before)) return true;
  // "from" a figure ("down from 3000 in 2019", "up from 700 people a year earlier"), not "from Chile in 1996".
  if (/\bfrom\s+\S*\d\S*(?:\s+[a-z]+){0,2}\s*$/i.test(before)) return true;
  return COMPARED_MEASURE.test(text.slice(start + length, start + length + 20));
}
/**
 * "that partly collapsed … ", "which opened …", "who was jailed …": a subject relative clause with its past verb, unbroken
 * up to the time. A time there dates the thing the clause describes ("a viaduct that collapsed in floods in February", "the
 * car park, which was opened only in 2019"), which the other claim may tell as its own fact or leave out: a vague frame.
 */
const RELATIVE_CLAUSE_BEFORE = /\b(?:that|which|who)\s+(?:(?:was|were|had|has|have)\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b[^,;:.]*$/i;
const COMPARED_MEASURE =
  /^['’]s\s+(?:figures?|totals?|levels?|average|rates?|record|high|low|numbers?|tally|count|amount|budget|result)\b/i;

function monthNumber(name: string): number {
  return MONTH_NAMES.split('|').indexOf(name.toLowerCase()) + 1;
}

/** How two claims' time frames relate. */
export const TimeRelation = {
  /** Neither states one, or both state one in common. */
  same: 0,
  /** One states a time frame the other does not share (one-sided, or both but none in common). */
  differs: 1,
} as const;
export type TimeRelation = (typeof TimeRelation)[keyof typeof TimeRelation];

/**
 * What a time frame key names: a date ("year:2019", "month:3"), a time back from the article's own ("last:year",
 * "ago:2year"), a population ("scope:…"), or a season without its year ("season:summer": BARE_SEASON).
 */
export const TimeFrameKind = { date: 0, relative: 1, scope: 2, vague: 3 } as const;
export type TimeFrameKind = (typeof TimeFrameKind)[keyof typeof TimeFrameKind];

/** Ends the key of a date in a relative clause (RELATIVE_CLAUSE_BEFORE): kind vague, hashed as the date's own key. */
const VAGUE_MARK = '~';

/** The hash a time frame key is packed under: a vague date's as the date's, so that it meets the same date told plainly. */
export function timeFrameHash(key: string): number {
  return hashString(key.endsWith(VAGUE_MARK) ? key.slice(0, -VAGUE_MARK.length) : key);
}

export function timeFrameKind(key: string): TimeFrameKind {
  if (key.startsWith('last:') || key.startsWith('ago:')) return TimeFrameKind.relative;
  if ((key.startsWith('season:') && !key.includes('/')) || key.startsWith('next:') || key.endsWith(VAGUE_MARK)) return TimeFrameKind.vague;
  return key.startsWith('scope:') ? TimeFrameKind.scope : TimeFrameKind.date;
}

/** The years a year told back from the article's own date may be ("last year", "the year before"): any (figures.ts relativeYearFigure). */
export const ANY_YEAR_LOW = 1900;
export const ANY_YEAR_HIGH = 2100;
export const YEAR_HASH = hashString('year');

/** Packed at `i`: a relative year's figure (relativeYearFigure), which agrees with every year and restates none. */
export function isAnyYear(packed: Float64Array, i: number): boolean {
  return packed[i] === YEAR_HASH && packed[i + 1] === ANY_YEAR_LOW && packed[i + 2] === ANY_YEAR_HIGH;
}

/** Bits of the kinds of a claim's time frames (1 << kind). */
function frameKinds(packed: Float64Array): number {
  let kinds = 0;
  for (let i = 0; i < packed.length; i += 3) if (packed[i] === WHEN_MEASURE_HASH) kinds |= 1 << (packed[i + 2] as number);
  return kinds;
}

const ONLY_DATES = 1 << TimeFrameKind.date;
const ONLY_RELATIVE = 1 << TimeFrameKind.relative;
const VAGUE = 1 << TimeFrameKind.vague;

/**
 * The time relation of two claims' packed figures (measure hash, low, high triples; a time frame has
 * its key's hash as low, its TimeFrameKind as high). A date on one side and only a time back from
 * the article's own on the other ("in 2025" / "last year") cannot be told apart without the
 * articles' dates: the same, as far as the claims say; nor can a season without its year and any other time.
 */
export function timeRelation(a: Float64Array, b: Float64Array): TimeRelation {
  for (let i = 0; i < a.length; i += 3) {
    if (a[i] !== WHEN_MEASURE_HASH) continue;
    for (let j = 0; j < b.length; j += 3) if (b[j] === WHEN_MEASURE_HASH && b[j + 1] === a[i + 1]) return TimeRelation.same;
  }
  const aAll = frameKinds(a);
  const bAll = frameKinds(b);
  // A vague frame ("in the summer", a date in a relative clause) says too little to tell another time from a month, a
  // date or none ("in June" / "in the summer"); a side with only vague frames differs only from another such side.
  const aKinds = aAll & ~VAGUE;
  const bKinds = bAll & ~VAGUE;
  if (aKinds === 0 && bKinds === 0) return aAll !== 0 && bAll !== 0 ? TimeRelation.differs : TimeRelation.same;
  if (aAll === VAGUE || bAll === VAGUE) return TimeRelation.same;
  const incomparable = (aKinds === ONLY_DATES && bKinds === ONLY_RELATIVE) || (aKinds === ONLY_RELATIVE && bKinds === ONLY_DATES);
  return incomparable ? TimeRelation.same : TimeRelation.differs;
}
