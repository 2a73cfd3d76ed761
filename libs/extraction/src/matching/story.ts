import { CONVERTED_MEASURES, type ClaimFigure } from './figures';
import { MONTHS, TIME_MODIFIERS, WEEKDAYS } from '../lexicon';
import { hashPair, hashString } from './hashing';
import { bandKey, LSH_BANDS } from './lsh';
import type { NormalisedClaim } from './normalise';
import { synonymOf } from './synonyms';
import { isCommonNumber, isSpanOfTime } from './shingle-kinds';
import { ANY_YEAR_HIGH, ANY_YEAR_LOW } from './when';

/**
 * A story's fingerprint: the names its article's claims use most (people, places,
 * organisations), hashed, most frequent first. Two articles about one story name the same
 * town, company or official; two claims of different stories that share a figure and some
 * generic words ("40,000 people", "14 times its earnings") name nothing in common. Claim
 * matching scales such pairs down (DIFFERENT_STORY_PENALTY) and files a claim's numbers
 * under its story's leading names too (storyBandKeys), so a restatement in other words
 * ("a blaze" / "a fire", "households" / "homes") is still a candidate of its original.
 */

/** How many names a fingerprint keeps, most frequent first. */
export const STORY_NAMES = 12;
/** How many names lead a fingerprint: a name among them in both articles makes one story (storyRelation). */
export const STORY_KEY_NAMES = 3;
/**
 * How many of the fingerprint's names file a claim's numbers: one more than lead it, so that a name
 * leading one article meets the other where it comes fourth (a court's press summary names its
 * judges and the parties' heading most, then "the respondent"; the wire leads with the company), as
 * storyRelation takes a leading name shared with another for one story. Each more name costs
 * candidates (bench:matching at 10k: 7.4 a lookup with three, 9.4 with four, 13.6 with six).
 */
export const STORY_FILE_NAMES = STORY_KEY_NAMES + 1;
/**
 * How many names two fingerprints share that make one story whichever lead them (storyRelation): an outlet that calls a
 * club or a body by a word of common English ("Wolves beat Rangers", "United were fined") leads with none of the names the
 * other outlet leads with ("Brinmoor Wolves … Tarrow Rangers", "Orlby United": the places, which the nickname leaves out,
 * while the common word is no name of the story), yet both name the same players, coach, ground and people.
 */
export const SHARED_NAMES_ONE_STORY = 4;
/** How many of a claim's numbers are filed under the story's leading names. */
export const STORY_KEY_NUMBERS = 4;
/** The band number of story keys: after the LSH bands, so they never meet an LSH key. */
export const STORY_BAND = LSH_BANDS;
/** The smallest story band key: a stored band key at or above it is a story key, below it an LSH key. */
export const FIRST_STORY_BAND_KEY = bandKey(STORY_BAND, 0);

/** How two claims' stories relate: no shared name, unknown (a side names nothing), or a name in common. */
export const StoryRelation = { different: -1, unknown: 0, same: 1 } as const;
export type StoryRelation = (typeof StoryRelation)[keyof typeof StoryRelation];

/** The fingerprint of a claim signed alone or of an article that names nothing; also no story numbers. */
export const NO_STORY = new Uint32Array(0);

/**
 * The names of an article, from its claims as matching normalises them, most frequent first
 * (ties: first seen first), at most STORY_NAMES. A capitalised word the article also uses in
 * lower case is a common word capitalised by its place or in an organisation's name ("the
 * Ministry" and "the ministry", "Energy" and "energy prices"), so is one that has WordNet
 * synonyms ("Workers", "Police", "Union": WordNet groups no proper name with other words), so is
 * any other word WordNet writes in lower case ("the Defence Ministry", "Harbour Road",
 * "Fire Service": normalisation notes them), a date word (a month, a weekday, "Last") says when,
 * not which story, and a name the article never writes without another name after it is a
 * first name ("Ilse Varga", then "Varga"), which people of different stories share: none is a
 * name of the story.
 */
export function storyNames(claims: readonly NormalisedClaim[]): string[] {
  return namesOfStory(claims).names;
}

/** storyNames, and which of them the article writes after a first name ("Owen Pryce"): a person's surname. */
function namesOfStory(claims: readonly NormalisedClaim[]): { names: string[]; surnames: Set<string> } {
  const counts = new Map<string, number>();
  /** Names written right after another name: a surname when that one is a first name (it never stands alone). */
  const afterName = new Map<string, Set<string>>();
  const lowerCase = new Set<string>();
  const standsAlone = new Set<string>();
  /** Names of bodies in common words, and the names of what the claims say (the rest are only who said it). */
  const bodies = new Set<string>();
  const told = new Set<string>();
  const isSide = (name: string): boolean => bodies.has(name) || !told.has(name);
  for (const claim of claims) {
    // A name's initials ("Calder Harbour Holdings" → chh) repeat the name: no name of the story.
    const names = new Set(claim.initials ? claim.names.filter((name) => !claim.initials?.includes(name)) : claim.names);
    const common = new Set(claim.commonWordNames ?? []);
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const name of names) told.add(name);
    // Who said it (version 22): a name of the story, after those of what was said.
    for (const name of claim.sourceNames ?? []) {
      if (names.has(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      standsAlone.add(name);
    }
    // A body named in common words only (version 22): its initials, never in lower case, standing alone.
    for (const body of claim.bodyNames ?? []) {
      if (names.has(body)) continue;
      counts.set(body, (counts.get(body) ?? 0) + 1);
      standsAlone.add(body);
      bodies.add(body);
    }
    for (const token of claim.tokens) if (!names.has(token) && !claim.initials?.includes(token)) lowerCase.add(token);
    // Stemmed, "Police" (polic) no longer finds its WordNet group below: normalisation noted it.
    for (const name of common) lowerCase.add(name);
    claim.tokens.forEach((token, i) => {
      const next = claim.tokens[i + 1];
      if (names.has(token) && (next === undefined || !names.has(next) || common.has(next))) standsAlone.add(token);
      const before = claim.tokens[i - 1];
      if (before !== undefined && names.has(token) && names.has(before) && !common.has(token) && !common.has(before)) {
        afterName.set(token, (afterName.get(token) ?? new Set()).add(before));
      }
    });
  }
  const surnames = new Set<string>();
  for (const [name, befores] of afterName) if ([...befores].some((before) => !standsAlone.has(before))) surnames.add(name);
  const names = [...counts]
    .filter(([name]) => !lowerCase.has(name) && !isDateWord(name) && !/^\d/.test(name) && synonymOf(name) === undefined)
    // A name never written without another name after it is a first name ("Ilse Varga", later "Varga") or the
    // first word of a longer one: people of different stories share first names.
    .filter(([name]) => standsAlone.has(name))
    .sort((a, b) => b[1] - a[1]) // stable: ties keep the order first seen
    // A body named in common words (a union, an agency) is a side of many stories, and a speaker's surname is
    // shared by people of different stories: they lead one only when the article names fewer other things than
    // lead a story (version 22).
    .sort((a, b) => Number(isSide(a[0])) - Number(isSide(b[0])))
    .slice(0, STORY_NAMES)
    .map(([name]) => name);
  return { names, surnames };
}

/**
 * A fingerprint's hashes carry in their lowest bit whether the name is a person's surname (namesOfStory): two articles
 * that share one leading surname and no other name tell of two people of one family name ("Owen Pryce" in a ballot
 * story, "Ifor Pryce" in an obituary), not one story (branch matching22). Compared and filed without that bit.
 */
const SURNAME_BIT = 1;
const nameHash = (hash: number): number => (hash & ~SURNAME_BIT) >>> 0;

/** The fingerprint of an article's claims: storyNames hashed, in the same order. */
export function storyFingerprint(claims: readonly NormalisedClaim[]): Uint32Array {
  const { names, surnames } = namesOfStory(claims);
  return names.length === 0
    ? NO_STORY
    : Uint32Array.from(names, (name) => (nameHash(hashString(name)) | (surnames.has(name) ? SURNAME_BIT : 0)) >>> 0);
}

/**
 * Whether two fingerprints tell one story: a name leads both (is among the STORY_KEY_NAMES most
 * frequent of each: the town, company or person the articles are about), or they share two names
 * or more, one of which leads either, or SHARED_NAMES_ONE_STORY names whichever lead. Unknown when either is empty (an article that names
 * nothing). One name both use only in passing, or that leads one article and is a side figure
 * of the other (a surname or first name two people of different stories share, a capitalised
 * "Regional" of two bodies' names), does not make one story.
 */
export function storyRelation(a: Uint32Array, b: Uint32Array): StoryRelation {
  if (a.length === 0 || b.length === 0) return StoryRelation.unknown;
  let shared = 0;
  let leadsA = false;
  let leadsB = false;
  let surnameLeadsBoth = false;
  for (let i = 0; i < a.length; i++) {
    const at = indexOfName(b, a[i] as number);
    if (at < 0) continue;
    shared++;
    if (i < STORY_KEY_NAMES && at < STORY_KEY_NAMES) {
      // A surname in both leads both: one story only with another name in common.
      if (((a[i] as number) & (b[at] as number) & SURNAME_BIT) === 0) return StoryRelation.same;
      surnameLeadsBoth = true;
    }
    leadsA ||= i < STORY_KEY_NAMES;
    leadsB ||= at < STORY_KEY_NAMES;
  }
  if (shared >= SHARED_NAMES_ONE_STORY) return StoryRelation.same;
  return shared >= 2 && (surnameLeadsBoth || (leadsA && leadsB)) ? StoryRelation.same : StoryRelation.different;
}

function indexOfName(fingerprint: Uint32Array, hash: number): number {
  const name = nameHash(hash);
  for (let i = 0; i < fingerprint.length; i++) if (nameHash(fingerprint[i] as number) === name) return i;
  return -1;
}

/**
 * The numbers of a claim that its story files it under (storyBandKeys), hashed: its
 * distinctive numbers (2480, 33%, 4000000EUR; a converted amount by its rounded values), at
 * most STORY_KEY_NUMBERS. Common numbers (bare small counts, years, spans of time, round shares:
 * "two", 2026, "11hour", "50%") are left out of a claim that states a distinctive one: many claims
 * of a story, and of every story that shares its leading names, state one, so their buckets would
 * fill to the per-key cap on every lookup (bench:matching: 128 candidates per lookup at 1M with
 * spans and shares filed for every claim, against 68 without story keys). Two common numbers
 * stated together ("from 2017 to 2023") are filed as one pair ("2017+2023"): few claims of a story
 * state both; a claim whose only number is one common number is filed under it (version 7: bench
 * 10k candidates per lookup 3.2 either way, eval tune 61 -> 65 of 92 pairs), and a span of time also
 * beside distinctive ones (version 15).
 */
export function storyNumbers(claim: NormalisedClaim, story: Uint32Array = NO_STORY): Uint32Array {
  // A converted amount ("14 miles", "a 22-kilometre detour") is filed under every value to two
  // significant digits that it allows, so two agreeing conversions meet whatever their tokens.
  const converted = claim.figures.filter(isConverted);
  // A share ("48%", "nearly half", "one in 12") is filed under the bands its values reach, round or
  // not, so a fraction word meets the percentage it rounds ("more than three-quarters" / "76 percent").
  const shares = claim.figures.filter((figure) => figure.measure === 'share');
  // A temperature under the whole degrees it reaches, so "103F" (39.2–39.7C) meets "39.4C" and "around 82F" meets "28C".
  const temperatures = claim.figures.filter((figure) => figure.measure === TEMPERATURE_MEASURE);
  const bandedTokens = new Set([...converted, ...shares, ...temperatures].map((figure) => figure.token));
  const distinctive = [
    ...new Set([
      ...claim.numbers.filter((token) => !isCommonNumber(token) && !bandedTokens.has(token)),
      // "a quarter of its 400 staff" under 100 too, the count another outlet writes (version 17).
      ...claim.figures.filter((figure) => figure.implied && !isCommonNumber(figure.token)).map((figure) => figure.token),
      ...inRounds([...shares.map(shareBandKeys), ...converted.map(roundedKeys), ...temperatures.map(degreeKeys)]),
    ]),
  ];
  // "missed 14 of its 22 milestones": a share read from two common counts is also filed under their pair, as "of the 22
  // milestones, 14 were missed", which states the counts apart, files them (below).
  const impliedCommon = [
    ...new Set(claim.figures.filter((figure) => figure.implied && isCommonNumber(figure.token)).map((figure) => figure.token)),
  ];
  if (impliedCommon.length === 2) distinctive.push(...commonPairs(impliedCommon));
  const common = [...new Set(claim.numbers.filter((token) => isCommonNumber(token) && !bandedTokens.has(token)))];
  // Two common numbers together ("2017" and "2023", "two" and "three") are as distinctive as one rare number.
  // Of three, each pair (version 12): a restatement that leaves one out or adds another ("Terminal 2 … shortly before
  // 21:00" / "level three of Terminal 2 … a little before nine o'clock") still shares one of its pairs.
  if (common.length >= 2) {
    const alone = distinctive.length === 0;
    distinctive.push(...commonPairs(common.slice(0, COMMON_NUMBERS_PAIRED)));
    // A year is a date the other side often writes otherwise ("by the end of June 2027" / "by 30 June next year"): in a
    // claim with no distinctive number, what it counts besides its years (not a span of time) is filed without them too
    // (version 19), as a pair or alone, as a claim whose only number is a common one is.
    const counts = common.filter((token) => !isYearToken(token) && !isSpanOfTime(token));
    if (alone && counts.length >= 1 && counts.length < common.length) {
      for (const key of counts.length >= 2 ? commonPairs(counts.slice(0, COMMON_NUMBERS_PAIRED)) : counts) {
        if (!distinctive.includes(key)) distinctive.push(key); // "2+3" of [2, 3, 2026] is among its pairs already
      }
    }
  }
  // A claim whose only number is a common one ("shut for 18 months", "12 homes were evacuated") is
  // filed under it: one key per leading name, each bucket capped like any story key, and otherwise
  // such a claim reworded in other words is found only if an LSH band happens to agree. Since version 15
  // a span of time is also filed beside distinctive numbers: "180,000 homes … the worst blackout in two
  // decades" / "the worst power cut in 20 years" share only the span. Any common number beside them
  // filled the buckets (bench:matching 10k candidates per lookup 14.4 -> 21.8); spans alone 14.4 -> 14.6.
  else if (common.length === 1 && (distinctive.length === 0 || isSpanOfTime(common[0] as string))) distinctive.push(common[0] as string);
  // "nearly 300 job losses" / "cut 297 jobs" (version 19): a count or an amount also by the round values it is near, in
  // what room the claim's own numbers leave.
  for (const key of claim.figures.flatMap(approximateKeys)) if (!distinctive.includes(key)) distinctive.push(key);
  // "between 40 and 50 workers" / "around 45 clean-up workers": a range of counts also under its midpoint (version 21).
  for (const key of claim.figures.flatMap(midpointKeys)) if (!distinctive.includes(key)) distinctive.push(key);
  const keys = distinctive.slice(0, STORY_KEY_NUMBERS);
  keys.push(...sideNames(claim, story));
  return Uint32Array.from(keys, hashString);
}

/** A year as a token (ANY_YEAR_LOW to ANY_YEAR_HIGH, as bareNumberFigure reads one). */
function isYearToken(token: string): boolean {
  if (!/^\d{4}$/.test(token)) return false;
  const value = Number(token);
  return value >= ANY_YEAR_LOW && value <= ANY_YEAR_HIGH;
}

/** Counts and amounts from this value up are filed by the round value they are near (approximateKeys). */
const APPROXIMATE_FROM = 100;
/** How far past its stated value an open bound's keys reach ("more than 6,000": 6,000 to 6,300). */
const OPEN_BOUND_REACH = 0.05;
/** How many round values a hedged figure's interval is read for, before the nearest ROUNDED_KEYS are kept (±5 % spans 11). */
const MAX_NEAR_VALUES = 16;

/**
 * The keys a count or an amount of money is near, for the story index only: a hedged one ("nearly 300", "some 5,000",
 * "about £22m"; its values an interval) under each value to two significant digits it allows (roundedKeys), an exact
 * one with more digits than two ("297", "4,870") under its own value so rounded ("count~300", "count~4900"). The two
 * meet when the hedge allows the exact value: "nearly 300 job losses" / "cut 297 jobs". A round exact value ("300")
 * is filed under its own token already; a rate of money ("£22m a year") and a small count are left out.
 */
function approximateKeys(figure: ClaimFigure): string[] {
  if (figure.measure !== 'count' && !(figure.measure.startsWith('money:') && !figure.measure.includes('/'))) return [];
  // "more than 14,000", "fewer than 300": a bound open on one side, under the round values within OPEN_BOUND_REACH of
  // its stated one on its open side, nearest first, where an exact value there ("sold 14,200") is filed.
  if (!Number.isFinite(figure.high) || figure.low <= 0) {
    const stated = Number.parseFloat(figure.token);
    if (!Number.isFinite(stated) || stated < APPROXIMATE_FROM) return [];
    const [low, high] = Number.isFinite(figure.high)
      ? [stated * (1 - OPEN_BOUND_REACH), stated]
      : [stated, stated * (1 + OPEN_BOUND_REACH)];
    return nearestKeys(figure.measure, twoDigitValues(low, high, MAX_NEAR_VALUES), stated);
  }
  if (figure.low < APPROXIMATE_FROM) return [];
  if (figure.low < figure.high) {
    // Nearest the stated value first, at most ROUNDED_KEYS ("some 6,000" allows 5,700–6,300: 6,000, 5,900, 6,100, …).
    const stated = Number.parseFloat(figure.token);
    const centre = Number.isFinite(stated) ? stated : (figure.low + figure.high) / 2;
    return nearestKeys(figure.measure, twoDigitValues(figure.low, figure.high, MAX_NEAR_VALUES), centre);
  }
  const rounded = roundTwo(figure.low);
  return rounded === figure.low ? [] : [`${figure.measure}~${rounded}`];
}

/** A range of two numbers as figures.ts writes its token ("40-50"). */
const RANGE_TOKEN = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;

/**
 * The token of a range of counts' midpoint ("40-50" → "45"), a whole number that is not a common one, which another outlet
 * writes for the range ("about 45"): for the story index only, where the range is filed under its own token.
 */
function midpointKeys(figure: ClaimFigure): string[] {
  const range = figure.measure === 'count' ? RANGE_TOKEN.exec(figure.token) : null;
  if (!range) return [];
  const midpoint = (Number(range[1]) + Number(range[2])) / 2;
  return Number.isInteger(midpoint) && !isCommonNumber(String(midpoint)) ? [String(midpoint)] : [];
}

/** How many of a claim's side names (sideNames) it is filed under. */
const STORY_KEY_SIDE_NAMES = 2;

/**
 * The names a claim states besides its story's leading ones ("from Rotterdam to Tromsø" in a story led by a
 * shipping company), as story keys ("name:rotterdam"), at most STORY_KEY_SIDE_NAMES: a restatement in other words
 * and without a number still names the same ports, towns or people, and few claims of one story name them
 * (its leading names fill every claim's buckets, so they are left out). None without a story.
 */
function sideNames(claim: NormalisedClaim, story: Uint32Array): string[] {
  if (story.length === 0) return [];
  const leading = story.subarray(0, STORY_FILE_NAMES);
  const common = new Set(claim.commonWordNames ?? []);
  return claim.names
    .filter((name) => !common.has(name) && !/^\d/.test(name) && !leading.includes(hashString(name)))
    .slice(0, STORY_KEY_SIDE_NAMES)
    .map((name) => `name:${name}`);
}

/** How many of a claim's common numbers are filed in pairs (storyNumbers): three make three pairs. */
const COMMON_NUMBERS_PAIRED = 3;

/** Each pair of `numbers`, in order ((0,1), (0,2), (1,2)), as "a+b" with the two sorted. */
function commonPairs(numbers: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; i++)
    for (let j = i + 1; j < numbers.length; j++) out.push([numbers[i] as string, numbers[j] as string].sort().join('+'));
  return out;
}

/**
 * The keys of several banded figures, first key of each first, then the second of each, …: a claim
 * with a converted amount's four keys and a share ("about 4,000 hectares, … a third of the harvest")
 * keeps its share's nearest band within STORY_KEY_NUMBERS.
 */
function inRounds(keyLists: readonly string[][]): string[] {
  const keys: string[] = [];
  for (let round = 0; keyLists.some((list) => list.length > round); round++) {
    for (const list of keyLists) if (round < list.length) keys.push(list[round] as string);
  }
  return keys;
}

/** An amount converted to its dimension's base unit (figures.ts writes its token as value + dimension: "22000length"). */
function isConverted(figure: ClaimFigure): boolean {
  return CONVERTED_MEASURES.has(figure.measure) && figure.token.endsWith(figure.measure) && Number.isFinite(figure.high);
}

/**
 * "length~21000", "length~22000", "length~23000": the values to two significant digits from the
 * figure's low to its high (at most ROUNDED_KEYS; a hedged or converted amount allows ±3–8 %, so
 * three at most in practice). Two overlapping intervals share one at least: each holds every
 * rounded value between its ends. For the story index only.
 */
function roundedKeys(figure: ClaimFigure): string[] {
  return twoDigitValues(figure.low, figure.high, ROUNDED_KEYS).map((value) => `${figure.measure}~${value}`);
}

/** The values to two significant digits from `low` to `high` rounded so, in order, at most `most` (the first always). */
function twoDigitValues(low: number, high: number, most: number): number[] {
  const values: number[] = [];
  const last = roundTwo(high);
  for (let value = roundTwo(low); values.length < most;) {
    values.push(value);
    if (value >= last || value <= 0) break;
    value = roundTwo(value + 10 ** (Math.floor(Math.log10(value)) - 1));
  }
  return values;
}

const ROUNDED_KEYS = 4;

/** Points of a share band: a share's values span 1–6 points, so it reaches at most four bands. */
const SHARE_BAND_POINTS = 2;

/**
 * "share~24" (48–50 %), "share~25": the bands of SHARE_BAND_POINTS that a share's values reach, nearest
 * its stated value first, at most ROUNDED_KEYS ("more than three-quarters" reaches to 100 %). Two shares
 * whose values overlap share a band at least: each is filed under every band between its ends (when
 * it has no more than ROUNDED_KEYS; an open bound keeps the bands beside its stated value, where the
 * other side's percentage lies). For the story index only: ranking still asks for agreeing values.
 */
function shareBandKeys(figure: ClaimFigure): string[] {
  const band = (value: number) => Math.floor(Math.max(0, Math.min(100, value)) / SHARE_BAND_POINTS);
  const first = band(figure.low);
  const last = band(figure.high);
  const stated = Number.parseFloat(figure.token);
  return nearestKeys('share', wholeNumbers(first, last), Number.isFinite(stated) ? band(stated) : first);
}

/** `${prefix}~v` for each of `values`, nearest `centre` first (the lower of two as near), at most ROUNDED_KEYS. */
function nearestKeys(prefix: string, values: number[], centre: number): string[] {
  return values
    .sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre) || a - b)
    .slice(0, ROUNDED_KEYS)
    .map((value) => `${prefix}~${value}`);
}

/** Each whole number from `first` to `last`. */
function wholeNumbers(first: number, last: number): number[] {
  const values: number[] = [];
  for (let k = first; k <= last; k++) values.push(k);
  return values;
}

const TEMPERATURE_MEASURE = 'unit:degree';

/**
 * "degree~39", "degree~40": the whole degrees Celsius a temperature's values reach, nearest its stated value first,
 * at most ROUNDED_KEYS (an open bound keeps those beside its stated value). Two temperatures whose values overlap
 * share one at least. For the story index only.
 */
function degreeKeys(figure: ClaimFigure): string[] {
  const stated = Number.parseFloat(figure.token);
  const centre = Math.round(Number.isFinite(stated) ? stated : figure.low);
  // An open bound ("above 40C") keeps the degrees beside its stated value.
  return nearestKeys(
    'degree',
    wholeNumbers(Math.round(Math.max(figure.low, centre - ROUNDED_KEYS)), Math.round(Math.min(figure.high, centre + ROUNDED_KEYS))),
    centre,
  );
}

function roundTwo(value: number): number {
  return value <= 0 ? 0 : Number(value.toPrecision(2));
}

/**
 * Band keys that file a claim's numbers (storyNumbers) under its story's leading names (band
 * STORY_BAND): a claim of another article about the same story that states the same number is
 * a candidate however differently it is worded. At most STORY_FILE_NAMES × STORY_KEY_NUMBERS
 * keys; none without a story or such a number. A bucket holds the claims of one story that
 * state one number, so it stays small however many claims are stored.
 */
export function storyBandKeys(story: Uint32Array, numbers: Uint32Array): number[] {
  return storyKeyHashes(story, numbers).map((hash) => bandKey(STORY_BAND, hash));
}

/** The 32-bit hashes of storyBandKeys (without the band), for an in-memory bucket table. */
export function storyKeyHashes(story: Uint32Array, numbers: Uint32Array): number[] {
  const keys: number[] = [];
  for (const name of story.subarray(0, STORY_FILE_NAMES)) {
    for (const number of numbers) keys.push(hashPair(nameHash(name), number));
  }
  return keys;
}

function isDateWord(name: string): boolean {
  return MONTHS.has(name) || WEEKDAYS.has(name) || TIME_MODIFIERS.has(name);
}
