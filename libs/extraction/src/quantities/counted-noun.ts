import { PERSON_NOUNS } from '../entities/roles';
import { WORD_CLASSES, WordClass } from '../lexicon';
import type { TokenStream } from './token-stream';

/** Tokens first..last (inclusive) name what is counted: "people", "premature infants", "Chileans". */
export interface CountedNoun {
  first: number;
  last: number;
}

/** Nouns that are plural without an -s. */
const IRREGULAR_PLURALS = new Set(
  'people children men women police personnel staff militia cattle livestock aircraft clergy youth sheep fish deer infantry'.split(' '),
);

/**
 * Collective nouns counted by head after a number, in their singular ("300 crew", "2,400 cabin crew": the members of a
 * crew): a count of people, but no plural noun elsewhere ("the crew was rescued" names one crew).
 */
const COUNTED_BY_HEAD = new Set(['crew']);

/** Words that end a noun phrase (on top of the lexicon's function words, pronouns, auxiliaries, dates). */
const PHRASE_ENDS = new Set(
  `is are be been being am has have do does did can must per than more less into across among between through
   against within without up down out off who whom whose which that there where when while also only just still
   even again already reportedly each both either neither nor yet so`.split(/\s+/),
);

const HARD_STOP_CLASSES =
  WordClass.notName |
  WordClass.pronoun |
  WordClass.pastAuxiliary |
  WordClass.hedge |
  WordClass.future |
  WordClass.weekday |
  WordClass.month |
  WordClass.timeWord;

/** Articles and possessives skipped before the noun after "of" ("12% of the voters"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'this', 'that', 'these', 'those']);

/** At most this many words before the head noun ("premature infants", "Norwegian-backed Chilean troops"). */
const MAX_MODIFIERS = 2;

/**
 * The counted noun right after an amount, starting at token `from`: a plural
 * head ("people", "fighters", "Chileans") with at most two modifiers before it
 * ("premature infants"). A phrase with no plural head ("507 killed", "3 in
 * Eastbridge") gives null: conservative, since singular nouns after a bare number
 * are mostly not what is counted.
 */
export function countedNounAt(s: TokenStream, from: number): CountedNoun | null {
  for (let k = from; k <= from + MAX_MODIFIERS; k++) {
    if (!s.at(k) || s.numeric(k) || (k > from && !s.joined(k - 1)) || isPhraseEnd(s, k)) return null;
    if (isPluralNoun(s.lower(k)) || COUNTED_BY_HEAD.has(s.lower(k))) return { first: from, last: k };
  }
  return null;
}

/**
 * What a share is of, after "of": "12% of voters", "one percent of the budget",
 * "half of the city's residents". Skips articles and possessives; takes the
 * plural-headed phrase if there is one, else the run of up to three words
 * before a verb or function word.
 */
export function nounAfterOf(s: TokenStream, of: number): CountedNoun | null {
  if (s.lower(of) !== 'of' || !s.joined(of)) return null;
  let from = of + 1;
  while (DETERMINERS.has(s.lower(from)) && s.joined(from)) from++;
  const plural = countedNounAt(s, from);
  if (plural) return plural;
  let last = -1;
  for (let k = from; k <= from + MAX_MODIFIERS; k++) {
    if (!s.at(k) || s.numeric(k) || (k > from && !s.joined(k - 1)) || isPhraseEnd(s, k) || isVerbLike(s, k)) break;
    last = k;
  }
  return last >= from ? { first: from, last } : null;
}

export function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 3 || !word.endsWith('s') || word.includes("'")) return false;
  return !(word.endsWith('ss') || word.endsWith('us') || word.endsWith('is'));
}

/**
 * A plural in -men of a person noun in -man ("fishermen", "aldermen", "linesmen", "women"): plural without an -s. Read by
 * the singular's person sense in WordNet (`PERSON_NOUNS`), so that "specimen", "regimen", "abdomen" or "omen", whose
 * -man form names no person, stay singular.
 */
export function isPersonPluralInMen(word: string): boolean {
  return word.length > 4 && word.endsWith('men') && PERSON_NOUNS.has(`${word.slice(0, -3)}man`);
}

/** Function words that still modify a counted noun: "500 other people", "300 more troops". */
const MODIFYING_FUNCTION_WORDS = new Set(['other', 'more', 'additional', 'further']);

function isPhraseEnd(s: TokenStream, k: number): boolean {
  const word = s.lower(k);
  if (MODIFYING_FUNCTION_WORDS.has(word)) return false;
  return PHRASE_ENDS.has(word) || ((WORD_CLASSES.get(word) ?? 0) & HARD_STOP_CLASSES) !== 0;
}

function isVerbLike(s: TokenStream, k: number): boolean {
  const word = s.lower(k);
  if (((WORD_CLASSES.get(word) ?? 0) & (WordClass.eventVerb | WordClass.reporting)) !== 0) return true;
  return word.length > 4 && (word.endsWith('ed') || word.endsWith('ing'));
}
