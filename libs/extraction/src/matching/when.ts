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
/**
 * "born in 1958", "born in Perth in 1958", "was born on 3 May 1958": a person's year of birth, no time of the claim's own
 * (findTimeFrames leaves it out; article-date.ts reads it as an age at the article's date).
 */
export const BORN_IN_YEAR = /\bborn\b(?:(?!\d{4}|\band\b)[^.;:!?]){0,40}?\b((?:19|20)\d\d)\b/gi;
/**
 * A birth's "born" within a few words before a year ("born in 1958", "born in Perth, Ontario, in 1958"), with no other
 * year nor an "and" between ("born in 1958 and moved to Lyon in 1980": the move's year is a time of the claim).
 */
const BORN_BEFORE = /\bborn\b(?:(?!\d{4}|\band\b)[^.;:!?]){0,40}$/i;
const IN_MONTH_OR_YEAR = new RegExp(
  String.raw`\b(?:in|during|back\s+in|earlier\s+in|later\s+in)\s+(?:(?:early|late|mid)[\s-]+)?(?:(${MONTH_NAMES})(?:\s+((?:19|20)\d\d))?|((?:19|20)\d\d))\b(?!\s*(?:-|–|to|and)\s*(?:${MONTH_NAMES}|(?:19|20)\d\d))`,
  'gi',
);
/**
 * "in the 2025-26 season", "the 2025/26 campaign", "during the 2024/25 financial year": a period named by the two years it spans, dated by its
 * first as "in 2027-28" is.
 */
const IN_SPLIT_YEAR_PERIOD =
  /\b(?:in|during|over)\s+the\s+((?:19|20)\d\d)[-–/]\d\d\s+(?:season|campaign|term|session|winter|(?:fiscal|financial|tax|academic|school|budget)\s+year)\b/gi;
/**
 * "the year to August 2031", "the 12 months to September 2030", "the financial year ended 31 October 2030", "the year ending August
 * 2031": a year named by the month it ends in, which another outlet names by the two years it spans ("2030-31") and which
 * is dated, as such a period is (IN_SPLIT_YEAR_PERIOD), by its first year; one to December is its own calendar year. The
 * year's number is the last group (yearEndingPeriods).
 */
const YEAR_TO_MONTH = new RegExp(
  String.raw`\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(${MONTH_NAMES})(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+((?:19|20)\d\d)\b`,
  'gi',
);

/** A year-long period named by the month it ends in (YEAR_TO_MONTH): where its year's number starts, the first year it spans, and where the period's name starts. */
export interface YearEndingPeriod {
  yearStart: number;
  firstYear: number;
  start: number;
}

/** The periods of a year named by the month they end in ("the year to August 2031": 2030, as "2030-31" is dated). */
export function yearEndingPeriods(text: string): YearEndingPeriod[] {
  if (typeof text !== 'string' || !/\b(?:year|months)\s+(?:to|end|up)/i.test(text)) return [];
  const periods: YearEndingPeriod[] = [];
  for (const match of text.matchAll(YEAR_TO_MONTH)) {
    const year = Number(match[2]);
    periods.push({
      yearStart: match.index + match[0].length - 4,
      firstYear: monthNumber(match[1] as string) === 12 ? year : year - 1,
      start: match.index,
    });
  }
  return periods;
}

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
 * "a week earlier", "three days before", "a month earlier": a shorter span back from another event the text tells, so that
 * event's own time (a semi-final the week before the one reported), not the story's; not "a week before the final" nor
 * "two days before sentencing her" (the story's event named after it), nor "three weeks earlier than usual" (a comparison);
 * "ago" with such a unit is often the story's own event told from the day of writing ("the
 * fire two weeks ago"), so it stays no time frame.
 */
const SHORT_UNITS_EARLIER = new RegExp(
  String.raw`\b(\d+|${[...COUNT_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(' ', String.raw`\s+`))
    .join('|')})\s+(day|week|month)s?\s+(?:earlier\b(?!\s+than\b)|before(?=\s*[,.;:]))`,
  'gi',
);

/**
 * "next year", "the following year", "the coming spring": a time told forward from the article's own (`next:year`, kind
 * forward), which a date the other claim states as future ("will rise in 2027", "is forecast at 2% in 2027": kind future)
 * restates and a claim without a time does not contradict (a plan or a forecast is told with and without it); a date told
 * as past ("rose 3% in 2025") is another time. Not "next week" or "next month", as often the story's own near future.
 */
const NEXT_UNIT = new RegExp(String.raw`\b(?:next|(?:the\s+)?(?:following|coming))\s+(year|${SEASONS})\b`, 'gi');
/** "by", "by the end of", "by the start of" right before a time told forward: "by next year", "by the end of next year". */
const BY_BEFORE_NEXT = /\bby\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+)?$/i;
/**
 * "this year", "so far this year": the year of the article's own date (`this:year`, kind current), which a date cannot be
 * told apart from without it ("in 2026" / "this year", as "in 2025" / "last year"), and "last year" or "next year" can.
 */
const THIS_YEAR = /\bthis\s+year\b(?!['’]s)/gi;
/** "since January", "since the start of the year": this year so far, as "so far this year" tells it (version 22); not "since January 2024". */
const SINCE_START_OF_YEAR =
  /\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year|(?:1(?:st)?\s+)?january(?:\s+1(?:st)?)?)\b(?!,?\s+(?:19|20)\d\d)/i;
/**
 * "by 2030", "by the 2029-30 fiscal year", "by March 2027", "by the end of June": a deadline or a target, which the other
 * side may state as the time itself ("in 2029-30") or leave out ("would raise £11.4bn a year"): the date's key, kind
 * deadline. It ends at its date: another date, before or after it, is another time.
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
 * "in the drought of 2022", "during the floods of 2019", "in the first half of 2025": a period named by an event or a part
 * and its year, as "during the 2018 drought" is (version 22); a season's ("in the summer of 2003") is SEASON_OF_YEAR's.
 */
const EVENT_OF_YEAR = new RegExp(
  String.raw`\b(?:in|during)\s+the\s+(?!(?:${SEASONS})\b)(?:[a-z]+\s+)?[a-z]+\s+of\s+((?:19|20)\d\d)\b`,
  'gi',
);
/**
 * A fronted adverbial that sets a wider or other population than the story's own: "Nationally,
 * leakage fell by 9%", "Across the country, …", "Elsewhere, …", or a part or neighbour of it: "In
 * the capital, Name, …", "In neighbouring Name, …" (a name of up to three words: "In neighbouring Vellby Marsh, …"). The same figure told of the whole
 * country, the world or another place is another fact, as one told of another time is: its key
 * is weighed like a time frame (timeRelation).
 */
const FRONTED_SCOPE =
  /(?:^|[.;:!?]\s+|\n\s*)(?:nationally|nationwide|worldwide|globally|internationally|elsewhere|across\s+the\s+(?:country|nation|world|region)|around\s+the\s+(?:country|world)|in\s+the\s+rest\s+of\s+the\s+(?:country|world)|in\s+the\s+capital(?:\s*,\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})?|in\s+(?:neighbouring|neighboring)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s*,/giu;

/**
 * A neighbour or rival named as the claim's subject ("Neighbours Tarn City reported …", "Rivals Orford United also …",
 * "Neighbouring Kell Council said …") or set before it ("At the rival Quorvale plant, …", "On the rival ferry line, …"): another body told for comparison, as "In neighbouring Name, …" is (FRONTED_SCOPE).
 */
const NEIGHBOUR_SUBJECT =
  /(?:^|[.;:!?]\s+|\n\s*)(?:(?:[Nn]eighbo(?:u)?r(?:s|ing)|[Rr]ivals)\s+(?:the\s+)?\p{Lu}|(?:On|At|For|In|Across)\s+(?:the|a)\s+rival\s+[^,;.]{1,60},)/u;

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
    if (BORN_BEFORE.test(text.slice(Math.max(0, match.index - 45), match.index))) continue;
    const [, month, monthYear, year] = match;
    // "took in 1912 people": a count after a particle, not a year.
    if (year && COUNTED_AFTER.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const vague = RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index)) ? VAGUE_MARK : '';
    if (month) keys.add(`month:${monthNumber(month)}${monthYear ? `/year:${monthYear}` : ''}${vague}`);
    else if (year) keys.add(`year:${year}${vague}`);
    // "in May 2026" is also the "in May" another outlet writes without its year (MONTH_OF_DATE_MARK).
    if (month && monthYear && !vague) keys.add(`month:${monthNumber(month)}${MONTH_OF_DATE_MARK}`);
    // "in August 2003" is a time "in the summer of 2003" restates.
    const season = month && monthYear ? SEASON_OF_MONTH[monthNumber(month)] : '';
    if (season) keys.add(`season:${season}/year:${monthYear as string}${vague || SEASON_OF_MONTH_MARK}`);
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
  for (const match of text.matchAll(IN_SPLIT_YEAR_PERIOD)) {
    if (!isComparison(text, match.index, match[0].length)) keys.add(`year:${match[1] as string}`);
  }
  for (const period of yearEndingPeriods(text)) {
    if (!isComparison(text, period.start, period.yearStart + 4 - period.start)) keys.add(`year:${period.firstYear}`);
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
    if (!keys.has(key)) keys.add(`${key}${DEADLINE_MARK}`);
    // "by December 2027" is also "by the end of 2027".
    if (monthYear && !keys.has(`year:${monthYear}`)) keys.add(`year:${monthYear}${DEADLINE_MARK}`);
  }
  for (const match of text.matchAll(THIS_YEAR)) if (!isComparison(text, match.index, match[0].length)) keys.add('this:year');
  if (SINCE_START_OF_YEAR.test(text)) keys.add('this:year');
  for (const match of text.matchAll(NEXT_UNIT)) {
    const unit = (match[1] as string).toLowerCase();
    if (isComparison(text, match.index, match[0].length)) continue;
    // "by the end of next year": a deadline told forward (kind forwardDeadline).
    const deadline = BY_BEFORE_NEXT.test(text.slice(Math.max(0, match.index - 30), match.index)) ? DEADLINE_MARK : '';
    keys.add(`next:${unit === 'fall' ? 'autumn' : unit}${deadline}`);
  }
  for (const pattern of [DURING_YEAR_EVENT, EVENT_OF_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      if (!isComparison(text, match.index, match[0].length)) keys.add(`year:${match[1] as string}`);
    }
  }
  for (const match of text.matchAll(FRONTED_SCOPE)) {
    const scope = match[0]
      .toLowerCase()
      .replace(/^[^a-z]+|\s*,$/g, '')
      .replace(/\s+/g, ' ');
    keys.add(`scope:${scope}`);
  }
  if (NEIGHBOUR_SUBJECT.test(text)) keys.add('scope:neighbour');
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
  for (const match of text.matchAll(SHORT_UNITS_EARLIER)) {
    if (isComparison(text, match.index, match[0].length)) continue;
    const count = (match[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d+$/.test(count) ? Number(count) : (COUNT_WORDS.get(count) ?? 0);
    keys.add(`earlier:${n}${(match[2] as string).toLowerCase()}`);
  }
  // "will rise by 4.5% in 2027", "is expected to open in June": dates the claim tells as future.
  const future = FUTURE_TENSE.test(text);
  const spoken = future ? speechDatedMonths(text) : NO_MONTHS;
  return [...keys].map((key) => (future && isDateKind(key) && !isSpokenDate(key, spoken) ? `${key}${FUTURE_MARK}` : key));
}

const NO_MONTHS: ReadonlySet<number> = new Set();
const MONTH_NAME = '(january|february|march|april|may|june|july|august|september|october|november|december)';
/** A speech verb in the past: the act of telling, which a date beside it dates ("told the regulator in May"). */
const SPEECH_PAST = '(?:said|told|wrote|warned|announced|stated|estimated|informed|advised|confirmed|reported)';
/** "In June 2026 the ministry told …": a fronted month that dates the speech verb after it, with no future verb between. */
const FRONTED_SPEECH_DATE = new RegExp(
  String.raw`^\W*(?:in|on|during)\s+${MONTH_NAME}(?:\s+\d{4})?\s*,?\s+(?:(?!\b(?:will|would|shall)\b)[^.;:]){0,80}?\b${SPEECH_PAST}\b`,
  'i',
);
/** "…, the department told the regulator in May": a month right after the speech verb and its object. */
const TRAILING_SPEECH_DATE = new RegExp(String.raw`\b${SPEECH_PAST}\b(?:\s+[a-z]+){0,3}\s+(?:in|during)\s+${MONTH_NAME}\b`, 'gi');

/**
 * The months that date when the claim was told rather than what it tells: a future claim reported in the past ("In May
 * 2026 the department told the regulator that £9m would be needed", "£9m will be needed, the department told the regulator in May")
 * tells of the future, but its month is the telling's, told plainly, as another outlet writes it without the future.
 */
export function speechDatedMonths(text: string): ReadonlySet<number> {
  const months = new Set<number>();
  const fronted = FRONTED_SPEECH_DATE.exec(text);
  if (fronted) months.add(monthNumber(fronted[1] as string));
  for (const match of text.matchAll(TRAILING_SPEECH_DATE)) months.add(monthNumber(match[1] as string));
  return months;
}

/** A month key (with its year or none) or its season's key of a month the telling is dated by (speechDatedMonths). */
function isSpokenDate(key: string, spoken: ReadonlySet<number>): boolean {
  if (spoken.size === 0) return false;
  const month = /^month:(\d+)/.exec(key);
  if (month) return spoken.has(Number(month[1]));
  const season = /^season:([a-z]+)\/year:/.exec(key);
  return season !== null && [...spoken].some((m) => SEASON_OF_MONTH[m] === season[1]);
}

/**
 * A claim that tells what will be: "will", "shall", "would" (not "would have"), "is expected / forecast / due / set /
 * planned / scheduled to", "plans / aims / intends / expects to", "is to", "is planned for". Its dates are future ones.
 */
const FUTURE_TENSE =
  /\b(?:will|shall|would(?!\s+(?:not\s+)?have\b)|(?:is|are|was|were)\s+(?:(?:now|still|also)\s+)?(?:(?:expected|forecast|projected|due|set|planned|scheduled|likely|going)\s+to|to\s+(?:be\s+)?[a-z]+|planned\s+for)|(?:plans?|planned|aims?|intends?|expects?)\s+to)\b/i;
/**
 * A past verb ("rose", "was completed", "opened"): a claim that tells what was. A word in -ed after a determiner is an
 * adjective ("a disused depot"), a few words end so without being verbs ("hundred", "speed"), and a speech verb tells
 * when it was said, not what ("starts in 2027, it added").
 */
const PAST_TENSE =
  /\b(?:was|were|had|did|rose|fell|grew|went|came|began|saw|made|took|gave|paid|spent|built|sold|shut|lost|won)\b|(?<!\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+)\b(?!(?:hundred|need|speed|feed|seed|shed|breed|proceed|exceed|succeed|indeed|added|stated|noted|reported|announced|confirmed|claimed|warned|insisted|estimated|tweeted|posted)\b)[a-z]{2,}ed\b/i;
/** The later of two years, either NaN for none. */
function laterYear(a: number, b: number): number {
  return Number.isNaN(a) || b > a ? b : a;
}
/** The year a date key names ("year:2025", "month:5/year:2024", "season:summer/year:2021"), or NaN. */
function keyYear(key: string): number {
  const year = /year:(\d{4})/.exec(key);
  return year ? Number(year[1]) : Number.NaN;
}

/**
 * The claims' time frames (findTimeFrames of each, in the article's order), with each plain date later than every year
 * the article's other claims tell as past ("completed 212 homes in 2025" … "Work on the first 400 homes starts in 2027")
 * told as future (kind future), as "will start in 2027" is, where the claim itself tells no past. `texts`: the claims'
 * texts, for their tense.
 */
export function withFutureDates(frames: readonly (readonly string[])[], texts: readonly string[]): string[][] {
  const toldAsPast = texts.map((text) => typeof text === 'string' && PAST_TENSE.test(text));
  // The latest year a claim tells as past, of any claim: one that is itself past keeps its dates below.
  let past = Number.NaN;
  frames.forEach((keys, i) => {
    if (!toldAsPast[i] || FUTURE_TENSE.test(texts[i] as string)) return;
    for (const key of keys) if (isDateKind(key)) past = laterYear(past, keyYear(key));
  });
  return frames.map((keys, i) => {
    // A claim that tells what was keeps its dates ("Fares rose by 6% in 2026" after "rose by 3% in 2025").
    if (toldAsPast[i] || typeof texts[i] !== 'string' || Number.isNaN(past)) return [...keys];
    const spoken = speechDatedMonths(texts[i] as string);
    return keys.map((key) => (isDateKind(key) && keyYear(key) > past && !isSpokenDate(key, spoken) ? `${key}${FUTURE_MARK}` : key));
  });
}

/**
 * The time of a span's start or of a figure compared with, not of what the claim reports: after
 * "between", "from", "since", "than", "compared with" (or "in comparison with", "as against"), "the same … as", "as many … as" in the same clause, or a figure's "on" ("since the siege began
 * in August", "down from 3,000 in 2019", "up from 900 a year earlier"), or a possessive naming
 * a measure ("twice last year's figure", "the previous year's total").
 */
/**
 * How far back "compared with" may stand from the time it dates: "compared with 72.6 per cent at this point last year"
 * puts 42 characters between the two. Other openers reach 40 ("more than one million refugees … crossed into Europe in
 * 2015" is no comparison of 2015).
 */
const COMPARED_WITH_REACH = 60;
/** A figure set beside the claim's after a comma and "against", and up to four words of what it was ("…, against 36% at the last census"). */
const AGAINST_FIGURE = /,\s*against\s+\S*\d\S*(?:\s+[a-z]+){0,4}\s*$/i;
const COMPARED_WITH = /\b(?:compared|in\s+comparison)\s+(?:with|to)\b[^,;:.]*$/i;

export function isComparison(text: string, start: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/(\d)[,.](?=\d)/g, '$1'); // "3,000" is no clause break
  if (COMPARED_WITH.test(text.slice(Math.max(0, start - COMPARED_WITH_REACH), start).replace(/(\d)[,.](?=\d)/g, '$1'))) return true;
  // "in comparison with the last year", "as against 2024": a translated or formal "compared with".
  if (/\b(?:between|since|than|(?:compared|in\s+comparison)\s+(?:with|to)|as\s+against)\b[^,;:.]*$/i.test(before)) return true;
  // "the same number as in the previous year", "as many as in 2019": the time of what it equals.
  if (/\b(?:same|as\s+(?:many|much|high|low))\b[^,;:.]*\bas\s+(?:in\s+|during\s+)?$/i.test(before)) return true;
  // A change "on" a time ("up 19.0% on a year earlier", "a rise of 3% on the previous year"): what it is measured against.
  // "7.4 percent on a year earlier": the unit may stand between; "a 26% rise on 2024-25": a noun of change too.
  if (
    /\d\S*(?:\s+(?:per\s+cent|percent|percentage\s+points?|points?))?(?:\s+(?:rise|increase|fall|drop|decline|jump|gain|growth|cut|reduction))?\s+on\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return true;
  // "from" a figure ("down from 3000 in 2019", "up from 700 people a year earlier"), not "from Chile in 1996".
  if (/\bfrom\s+\S*\d\S*(?:\s+[a-z]+){0,2}\s*$/i.test(before)) return true;
  // ", against" a figure, what it is set beside ("41%, against 33.5% at the previous census two years ago").
  if (AGAINST_FIGURE.test(text.slice(Math.max(0, start - COMPARED_WITH_REACH), start).replace(/(\d)[,.](?=\d)/g, '$1'))) return true;
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
 * "ago:2year"), a population ("scope:…"), a season without its year ("season:summer": BARE_SEASON) or a date in a
 * relative clause (vague), a time forward from the article's own ("next:year"; "next:year>" for "by the end of next year", kind forwardDeadline), a deadline ("by 2030": its date's key
 * ending DEADLINE_MARK), a date told as future ("will open in 2027": ending FUTURE_MARK), or a month, of a year or none
 * ("month:9/year:2026": a date, which onlyMonthAgainstNone weighs apart).
 */
export const TimeFrameKind = {
  date: 0,
  relative: 1,
  scope: 2,
  vague: 3,
  forward: 4,
  deadline: 5,
  future: 6,
  current: 7,
  month: 8,
  monthOfDate: 9,
  seasonOfMonth: 10,
  forwardDeadline: 11,
} as const;
export type TimeFrameKind = (typeof TimeFrameKind)[keyof typeof TimeFrameKind];

/** Ends the key of a date in a relative clause (RELATIVE_CLAUSE_BEFORE): kind vague, hashed as the date's own key. */
const VAGUE_MARK = '~';

/** Ends the key of a deadline (BY_MONTH_OR_YEAR): kind deadline, hashed as the date's own key. */
const DEADLINE_MARK = '>';
/** Ends the key of a date told as future (FUTURE_TENSE, withFutureDates): kind future, hashed as the date's own key. */
const FUTURE_MARK = '^';

/**
 * Ends the key of the month of a month told with its year ("in May 2026" is also `month:5=`): kind monthOfDate, hashed
 * as the bare month's key, so that it meets "in May" told without a year, and only that (timeRelation): two months
 * told with their years meet by their own keys or not at all ("May 2025" is not "May 2026").
 */
const MONTH_OF_DATE_MARK = '=';

/**
 * Ends the key of the season a month told with its year falls in ("in August 2011" is also `season:summer/year:2011+`):
 * kind seasonOfMonth, hashed as the season's key, and weighed as the month it is read from (onlyMonthAgainstNone).
 */
const SEASON_OF_MONTH_MARK = '+';

/** The hash a time frame key is packed under: a marked date's as the date's, so that it meets the same date told plainly. */
export function timeFrameHash(key: string): number {
  return hashString(key.replace(/[~>^=+]+$/, ''));
}

export function timeFrameKind(key: string): TimeFrameKind {
  if (key.endsWith(MONTH_OF_DATE_MARK)) return TimeFrameKind.monthOfDate;
  if (key.endsWith(SEASON_OF_MONTH_MARK)) return TimeFrameKind.seasonOfMonth;
  if (key.startsWith('last:') || key.startsWith('ago:')) return TimeFrameKind.relative;
  if (key.startsWith('next:')) return key.endsWith(DEADLINE_MARK) ? TimeFrameKind.forwardDeadline : TimeFrameKind.forward;
  if (key.startsWith('this:')) return TimeFrameKind.current;
  if (key.endsWith(DEADLINE_MARK)) return TimeFrameKind.deadline;
  if (key.endsWith(FUTURE_MARK)) return TimeFrameKind.future;
  if ((key.startsWith('season:') && !key.includes('/')) || key.endsWith(VAGUE_MARK)) return TimeFrameKind.vague;
  if (key.startsWith('month:')) return TimeFrameKind.month;
  return key.startsWith('scope:') ? TimeFrameKind.scope : TimeFrameKind.date;
}

/** A date's kind: a plain date, a month or a month's season (timeFrameKind). */
function isDateKind(key: string): boolean {
  const kind = timeFrameKind(key);
  return kind === TimeFrameKind.date || kind === TimeFrameKind.month || kind === TimeFrameKind.seasonOfMonth;
}

/** The years a year told back from the article's own date may be ("last year", "the year before"): any (figures.ts relativeYearFigure). */
export const ANY_YEAR_LOW = 1900;
export const ANY_YEAR_HIGH = 2100;
export const YEAR_HASH = hashString('year');

/** Packed at `i`: a relative year's figure (relativeYearFigure), which agrees with every year and restates none. */
export function isAnyYear(packed: Float64Array, i: number): boolean {
  return packed[i] === YEAR_HASH && packed[i + 1] === ANY_YEAR_LOW && packed[i + 2] === ANY_YEAR_HIGH;
}

/**
 * Bits of the kinds of a claim's time frames (1 << kind); the month of a dated month is its date's, already counted, and the
 * season of a month is that month's (kind month).
 */
function frameKinds(packed: Float64Array): number {
  let kinds = 0;
  for (let i = 0; i < packed.length; i += 3) {
    if (packed[i] !== WHEN_MEASURE_HASH) continue;
    const kind = packed[i + 2] as number;
    if (kind === TimeFrameKind.monthOfDate) continue;
    kinds |= 1 << (kind === TimeFrameKind.seasonOfMonth ? TimeFrameKind.month : kind);
  }
  return kinds;
}

const ONLY_DATES = 1 << TimeFrameKind.date;
const ONLY_RELATIVE = 1 << TimeFrameKind.relative;
const VAGUE = 1 << TimeFrameKind.vague;
const DEADLINE = 1 << TimeFrameKind.deadline;
/** A deadline told forward from the article's own: "by the end of next year". */
const FORWARD_DEADLINE = 1 << TimeFrameKind.forwardDeadline;
/** A time told forward: "next year", "by 2030", "by the end of next year". */
const FORWARD = (1 << TimeFrameKind.forward) | DEADLINE | FORWARD_DEADLINE;
const FUTURE = 1 << TimeFrameKind.future;
const CURRENT = 1 << TimeFrameKind.current;
const MONTH = 1 << TimeFrameKind.month;

/**
 * Where `a` tells only a time forward ("next year", "by 2030", besides vague frames) and `b` dates its claim: "next year"
 * is a date `b` tells as future, never one told as past or a time back ("rose 3% in 2025", "last year"); a deadline ends
 * at its date, so another date (they share none) is another time. Undefined where the rule does not apply.
 */
function forwardRelation(a: number, b: number): TimeRelation | undefined {
  if ((a & FORWARD) === 0 || (a & ~(FORWARD | VAGUE)) !== 0) return undefined;
  // "by the end of next year" / "by the end of 2031": two deadlines the articles' dates alone could tell apart.
  if ((a & ~VAGUE) === FORWARD_DEADLINE && (b & ~VAGUE) === DEADLINE) return TimeRelation.same;
  const dated = b & ~(FORWARD | VAGUE);
  if (dated === 0) return undefined;
  return (a & DEADLINE) === 0 && dated === FUTURE ? TimeRelation.same : TimeRelation.differs;
}

/**
 * Kinds as the rules before forward times weigh them: a time forward as vague, a date told as future as a date, this year
 * as a time back from the article's own (which a date cannot be told apart from).
 */
function plainKinds(kinds: number): number {
  return (
    (kinds & ~(FORWARD | FUTURE | CURRENT | MONTH)) |
    ((kinds & FORWARD) !== 0 ? VAGUE : 0) |
    ((kinds & MONTH) !== 0 ? ONLY_DATES : 0) |
    ((kinds & FUTURE) !== 0 ? ONLY_DATES : 0) |
    ((kinds & CURRENT) !== 0 ? ONLY_RELATIVE : 0)
  );
}

/**
 * The time relation of two claims' packed figures (measure hash, low, high triples; a time frame has
 * its key's hash as low, its TimeFrameKind as high). A date on one side and only a time back from
 * the article's own on the other ("in 2025" / "last year") cannot be told apart without the
 * articles' dates: the same, as far as the claims say; nor can a season without its year and any other time.
 */
export function timeRelation(a: Float64Array, b: Float64Array, sameAmount?: (a: Float64Array, b: Float64Array) => boolean): TimeRelation {
  const aFrames = frameKinds(a);
  const bFrames = frameKinds(b);
  // Another population ("Nationally, …", "At the rival X, …") on one side is another fact whatever time both tell.
  if (unsharedScope(a, b) || unsharedScope(b, a)) return TimeRelation.differs;
  for (let i = 0; i < a.length; i += 3) {
    if (a[i] !== WHEN_MEASURE_HASH) continue;
    for (let j = 0; j < b.length; j += 3) {
      if (b[j] !== WHEN_MEASURE_HASH || b[j + 1] !== a[i + 1]) continue;
      if (a[i + 2] === TimeFrameKind.monthOfDate || b[j + 2] === TimeFrameKind.monthOfDate) {
        if (monthOfDateMeets(a[i + 2] as number, aFrames, b[j + 2] as number, bFrames)) return TimeRelation.same;
        continue;
      }
      return TimeRelation.same;
    }
  }
  if (yearsStatedBeside(a, aFrames, b) || yearsStatedBeside(b, bFrames, a)) return TimeRelation.same;
  const monthLeftOut = onlyMonthAgainstNone(aFrames, bFrames) || onlyMonthAgainstNone(bFrames, aFrames);
  if (monthLeftOut && sameAmount?.(a, b) === true) return TimeRelation.same;
  const forward = forwardRelation(aFrames, bFrames) ?? forwardRelation(bFrames, aFrames);
  if (forward !== undefined) return forward;
  // A date told as future is no time back from the article's own ("will rise in 2027" / "rose last year").
  if (onlyFutureAgainstPast(aFrames, bFrames) || onlyFutureAgainstPast(bFrames, aFrames)) return TimeRelation.differs;
  const aAll = plainKinds(aFrames);
  const bAll = plainKinds(bFrames);
  // A vague frame ("in the summer", a date in a relative clause) says too little to tell another time from a month, a
  // date or none ("in June" / "in the summer"); a side with only vague frames differs only from another such side.
  const aKinds = aAll & ~VAGUE;
  const bKinds = bAll & ~VAGUE;
  if (aKinds === 0 && bKinds === 0) return aAll !== 0 && bAll !== 0 ? TimeRelation.differs : TimeRelation.same;
  if (aAll === VAGUE || bAll === VAGUE) return TimeRelation.same;
  const incomparable = (aKinds === ONLY_DATES && bKinds === ONLY_RELATIVE) || (aKinds === ONLY_RELATIVE && bKinds === ONLY_DATES);
  return incomparable ? TimeRelation.same : TimeRelation.differs;
}

/** `a` states a scope (TimeFrameKind.scope: a wider or other population) that `b` does not. */
function unsharedScope(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i += 3) {
    if (a[i] !== WHEN_MEASURE_HASH || a[i + 2] !== TimeFrameKind.scope) continue;
    let shared = false;
    for (let j = 0; j < b.length && !shared; j += 3) shared = b[j] === WHEN_MEASURE_HASH && b[j + 1] === a[i + 1];
    if (!shared) return true;
  }
  return false;
}

/**
 * Whether a month of a dated month (kind monthOfDate: "in May 2026") meets the same month told without a year ("in
 * May"): only that, told plainly on both sides (neither side's dates told as future: "will reopen in May 2031" is not
 * "shut in May"); two dated months meet by their dates alone ("May 2025" is not "May 2026").
 */
function monthOfDateMeets(aKind: number, aFrames: number, bKind: number, bFrames: number): boolean {
  if ((aFrames | bFrames) & FUTURE) return false;
  return (
    (aKind === TimeFrameKind.monthOfDate && bKind === TimeFrameKind.month) ||
    (bKind === TimeFrameKind.monthOfDate && aKind === TimeFrameKind.month)
  );
}

/**
 * `a` dates its claim by a month ("By the end of May 2026, 1,862 homes were still waiting", "Rainfall in March had
 * been 40% above average"), with no other date or time back, and `b` tells no time at all ("Nearly 1,900 homes are still
 * waiting"): the month is the article's own present, which a restatement leaves out, not another time, as a year ("in
 * 2018") or a time back ("last year") on one side is; where `sameAmount` finds one amount on both sides (figures.ts
 * sharesAmount), since "17 complaints about its toasters in May" or "-30C in January 2024" is another event.
 */
function onlyMonthAgainstNone(a: number, b: number): boolean {
  return b === 0 && (a & MONTH) !== 0 && (a & ~(MONTH | VAGUE | DEADLINE)) === 0;
}

/**
 * `a` tells no time frame but states as a year every year `b` dates its claim by ("Applications for 2027 entry were down
 * 18 per cent" / "applications to start in 2027 had fallen by nearly a fifth"; "the 2027 intake" / "in 2027"): the year
 * modifies a noun on one side and dates the clause on the other, one time both say. Only years: a month or a time back
 * on `b`'s side is more than `a` says.
 */
function yearsStatedBeside(a: Float64Array, aFrames: number, b: Float64Array): boolean {
  if (aFrames !== 0) return false;
  const years = new Set<number>();
  for (let i = 0; i < a.length; i += 3) {
    if (a[i] === YEAR_HASH && a[i + 1] === a[i + 2]) years.add(timeFrameHash(`year:${a[i + 1] as number}`));
  }
  if (years.size === 0) return false;
  let dated = false;
  for (let j = 0; j < b.length; j += 3) {
    if (b[j] !== WHEN_MEASURE_HASH) continue;
    if (!years.has(b[j + 1] as number)) return false;
    dated = true;
  }
  return dated;
}

/** `a`'s dates are all told as future and `b` has only times back from the article's own. */
function onlyFutureAgainstPast(a: number, b: number): boolean {
  return (a & ~VAGUE) === FUTURE && (b & ~VAGUE) === ONLY_RELATIVE;
}
