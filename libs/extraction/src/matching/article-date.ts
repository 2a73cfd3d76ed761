import { bareNumberFigure, type ClaimFigure } from './figures';
import { NUMBER_WORD_VALUES } from './matching-lexicon';
import type { NormalisedClaim } from './normalise';
import { ANY_YEAR_HIGH, ANY_YEAR_LOW, BORN_IN_YEAR } from './when';

// An article's own date, read from the line that dates it ("By Ada Quell | 9 March 2031", "Press release, 9 March
// 2031", "Tuesday 9 March 2031", "ORLEM, 9 March 2031 - …"), names the years its claims tell from it: "last
// year" is the year before, "six years ago" six before, "this year's" the year itself, the next season the one
// that starts after the one under way. Another outlet writes the year itself ("in 2030", "the 2031-32 season"),
// so a dated article's relative year is that year's number and figure; an undated article's stays a year any year
// agrees with (figures.ts relativeYearFigure).

/** The year and month of an article's date. */
export interface ArticleDate {
  year: number;
  month: number;
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** "9 March 2031", "9th March 2031", "March 9, 2031". */
const FULL_DATE = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(${MONTHS})|(${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+((?:19|20)\d\d)\b`,
  'i',
);
/** A line that dates a period, not the article ("results for the year ended 30 June 2031", "valid until 1 May 2031"). */
const PERIOD_WORDS = /\b(?:ended|ending|until|till|from|between|since|valid|expires?)\b/i;
/** A wire's dateline opening a claim: a place in capitals, a comma, the date and a dash. */
const WIRE_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu}\s/'-]*,\s*${FULL_DATE.source}\s*[-–—]`, 'iu');
/** How many of an article's first claims may be its date line (a headline, a standfirst and a byline come first). */
const DATE_LINE_REACH = 5;
/** The most words a date line holds (a byline, an outlet, a section, a weekday and the date). */
const DATE_LINE_MAX_WORDS = 14;

/**
 * How many of an article's first claims may be a date line that says what it is: a site's key points or a standfirst's
 * bullets often come before the byline ("By Ada Quell | Published 08:10, 9 March 2031", "Updated: 9 March 2031").
 */
const MARKED_DATE_LINE_REACH = 16;
/** What opens or marks a byline or a publication line: "By Name", "Published", "Updated", "Posted", "Last modified". */
const DATE_LINE_MARK = /^\s*by\s+\p{Lu}|\b(?:published|updated|posted|modified)\b/iu;

/**
 * The date of the first of `texts` (an article's claims, in order) that is a date line, or undefined: any date line among
 * the first DATE_LINE_REACH claims, a marked one (DATE_LINE_MARK) among the first MARKED_DATE_LINE_REACH.
 */
export function articleDateOf(texts: readonly string[]): ArticleDate | undefined {
  for (const [at, text] of texts.slice(0, MARKED_DATE_LINE_REACH).entries()) {
    if (typeof text !== 'string') continue;
    const match = FULL_DATE.exec(text);
    if (!match) continue;
    if (at >= DATE_LINE_REACH ? !DATE_LINE_MARK.test(text) || !isDateLine(text) : !WIRE_DATELINE.test(text) && !isDateLine(text)) continue;
    const month = MONTHS.split('|').indexOf(((match[1] ?? match[2]) as string).toLowerCase()) + 1;
    return { year: Number(match[3]), month };
  }
  return undefined;
}

/** A short line that is no sentence (no closing stop) and dates nothing but itself. */
function isDateLine(text: string): boolean {
  const trimmed = text.trim();
  if (/[.!?]["”’]?$/.test(trimmed)) return false;
  if (PERIOD_WORDS.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= DATE_LINE_MAX_WORDS;
}

/** The month a season of sport, the stage or a school opens: a season under way by then began this year. */
const SEASON_OPENING_MONTH = 8;

/** "next season", "last season's", "this season": a season told from the article's own date. */
const RELATIVE_SEASON = /\b(next|last|this)\s+season\b/gi;
/**
 * "last summer", "last spring": a season of the calendar told back from the article's own date, in the year before (the
 * summer past or to come is "this summer" all year). Not winter, which spans two years; not "this summer", whose year
 * would make another time of a restatement that tells none, as a season without its year does not.
 */
const RELATIVE_CALENDAR_SEASON = /\b(?<!the\s)(last)\s+(spring|summer|autumn)\b/gi;
/** "last year", "this year's": a year told from the article's own date (not "the last year", a span; not "last year's figure"). */
const RELATIVE_YEAR_PHRASE = /\b(?<!the\s)(last|this)\s+year\b(?!['’]s\s+(?:figures?|totals?|levels?|numbers?|rates?))/gi;
/** "two years ago", "3 years ago": whole years back from the article's own date. */
const YEARS_AGO = /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b/gi;
/** "a year ago", "two years ago": a count in words, as matching-lexicon spells them. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORD_VALUES, ['a', 1]]);
/** What a year told back from another time says ("the year before", "a year earlier"): no year of the article's date. */
const YEAR_FROM_ANOTHER_TIME = /\b(?:year|years)\s+(?:before|earlier)\b|\b(?:previous|preceding|prior|past|next)\s+year\b/i;

/** The token stream's words for a relative time, as normaliseClaim leaves them ("next" is WordNet's "adjacent"). */
const RELATIVE_TOKENS: Readonly<Record<string, readonly string[]>> = {
  last: ['last'],
  this: [],
  next: ['adjacent', 'next'],
};

/**
 * `claim` (normaliseClaim of `text`) with the years it tells from its article's date written as those years: a
 * year's number among its tokens and numbers in place of the words that told it, and its figure in place of the
 * any-year figure; a time frame "last year" / "six years ago" is also that year's. A season told so is its first
 * year (the other outlet's "2031-32" is that year and a year no figure counts), as the season is no time frame
 * where it names what the claim is about ("next term's fixtures").
 */
export function withArticleYears(claim: NormalisedClaim, text: string, date: ArticleDate): NormalisedClaim {
  if (typeof text !== 'string') return claim;
  const years: { year: number; words: readonly string[]; span?: string; season?: boolean; keep?: string }[] = [];
  for (const match of text.matchAll(RELATIVE_YEAR_PHRASE)) {
    const which = (match[1] as string).toLowerCase();
    years.push({ year: which === 'last' ? date.year - 1 : date.year, words: [...(RELATIVE_TOKENS[which] ?? []), 'year'] });
  }
  for (const match of text.matchAll(YEARS_AGO)) {
    const written = (match[1] as string).toLowerCase();
    const count = /^\d+$/.test(written) ? Number(written) : (COUNT_WORDS.get(written) ?? 0);
    if (count > 0) years.push({ year: date.year - count, words: [`${count}year`, 'ago'], span: `${count}year` });
  }
  for (const match of text.matchAll(RELATIVE_SEASON)) {
    const which = (match[1] as string).toLowerCase();
    const current = date.month >= SEASON_OPENING_MONTH ? date.year : date.year - 1;
    const year = which === 'next' ? current + 1 : which === 'last' ? current - 1 : current;
    years.push({ year, words: [...(RELATIVE_TOKENS[which] ?? []), 'season'], season: true });
  }
  for (const match of text.matchAll(RELATIVE_CALENDAR_SEASON)) {
    const which = (match[1] as string).toLowerCase();
    const season = (match[2] as string).toLowerCase();
    years.push({ year: date.year - 1, words: [...(RELATIVE_TOKENS[which] ?? []), season], keep: season });
  }
  const ages = agesOfBirthYears(text, date);
  if (years.length === 0 && ages.length === 0) return claim;
  let tokens = [...claim.tokens];
  const numbers = [...claim.numbers];
  let figures = claim.figures.filter((figure) => !years.some((told) => told.span !== undefined && figure.token === told.span));
  // The any-year figure stands for these years now, unless the claim also tells a year back from another time.
  if (!YEAR_FROM_ANOTHER_TIME.test(text)) figures = figures.filter((figure) => !isAnyYearFigure(figure));
  for (const told of years) {
    const token = String(told.year);
    tokens = replaceWords(tokens, told.words, told.season ? [token, 'season'] : told.keep ? [token, told.keep] : [token]);
    numbers.push(token);
    figures.push(bareNumberFigure(token));
  }
  for (const age of ages) {
    tokens.push(age.token);
    numbers.push(age.token);
    figures.push(age);
  }
  // Kept beside its year: another article's undated "last year" still meets it by its key.
  const timeFrames = [...claim.timeFrames];
  for (const key of claim.timeFrames) {
    const ago = /^ago:(\d+)year$/.exec(key);
    const year = key === 'last:year' ? date.year - 1 : key === 'this:year' ? date.year : ago ? date.year - Number(ago[1]) : Number.NaN;
    if (!Number.isNaN(year) && !timeFrames.includes(`year:${year}`)) timeFrames.push(`year:${year}`);
  }
  return { ...claim, tokens, numbers, figures, timeFrames };
}

/** The oldest age a year of birth is read as. */
const OLDEST_AGE = 120;

/**
 * The ages that the years of birth a claim states give at its article's date ("born in 1958" in December 2026: 64 or 65,
 * as the birthday may be to come), as the count a bare age states ("Name, 65,", "has died aged 65"): another outlet gives
 * the age where this one gives the year. The token is the age reached in the article's year.
 */
function agesOfBirthYears(text: string, date: ArticleDate): ClaimFigure[] {
  const ages: ClaimFigure[] = [];
  for (const match of text.matchAll(BORN_IN_YEAR)) {
    const age = date.year - Number(match[1]);
    if (age < 1 || age > OLDEST_AGE) continue;
    ages.push({ measure: 'count', low: age - 1, high: age, token: String(age), start: -1, end: -1 });
  }
  return ages;
}

function isAnyYearFigure(figure: ClaimFigure): boolean {
  return figure.measure === 'year' && figure.low === ANY_YEAR_LOW && figure.high === ANY_YEAR_HIGH;
}

/**
 * `tokens` with the first of `words`' last word, and the word before it when it is one of the others ("last year",
 * "2year ago"; "this" is a stop word already gone), replaced by `by`; `by` appended when the word is not found.
 */
function replaceWords(tokens: string[], words: readonly string[], by: readonly string[]): string[] {
  const at = tokens.indexOf(words[words.length - 1] as string);
  if (at < 0) return [...tokens, ...by];
  const from = at > 0 && words.slice(0, -1).includes(tokens[at - 1] as string) ? at - 1 : at;
  return [...tokens.slice(0, from), ...by, ...tokens.slice(at + 1)];
}
