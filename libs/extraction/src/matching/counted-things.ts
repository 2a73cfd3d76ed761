import { isWorkerNoun, JOB_NOUNS } from '../conflicts/figure-pairing';
import { broaderPeople, isPeopleNoun, isPersonNoun, singular } from '../conflicts/measures';
import { broaderNouns, nounForms } from '../conflicts/same-thing';
import { lowerCase } from '../text-chars';
import type { MatchWord } from './match-word';
import { AUXILIARIES } from '../lexicon';

// What a count counts, for ranking: two claims that state one number of two different things ("41 pupils" /
// "41 of its staff") share no evidence by it. The relation is conflict detection's (figure-pairing.ts
// thingSimilarity: one thing, a kind of one another, people and a kind of people, posts and their holders),
// turned into keys a signature can keep: two counted nouns are compatible when the `own` keys of one meet the
// `own` or `broader` keys of the other.

/** Keys of a counted noun: what it is (`own`) and what it is a kind of (`broader`). */
export interface ThingKeys {
  own: string[];
  broader: string[];
}

/** The word all job nouns ("jobs", "posts") meet under, and that a worker noun is broader than. */
const JOB_KEY = 'job';
/** The word all nouns for people meet under ("19 people" / "41 patients"). */
const PEOPLE_KEY = 'people';

/** The keys of a counted noun as written ("pupils", "premature infants", "asylum-seekers": its last word), lower case and singular. */
export function thingKeys(counted: string): ThingKeys | null {
  const head = /([a-z][a-z']*)\W*$/i.exec(counted)?.[1];
  if (!head) return null;
  const noun = singular(lowerCase(head));
  const own = [...nounForms(noun)];
  if (isPeopleNoun(noun)) own.push(PEOPLE_KEY);
  if (JOB_NOUNS.has(noun)) own.push(JOB_KEY);
  const broader = [...broaderNouns(noun), ...broaderPeople(noun)];
  if (isPersonNoun(noun)) broader.push(PEOPLE_KEY);
  if (isWorkerNoun(noun)) broader.push(JOB_KEY);
  return { own: [...new Set(own)], broader: [...new Set(broader)] };
}

/** One thing, or a kind of one another: what thingSimilarity in figure-pairing.ts calls 2 or 1. */
export function thingsCompatible(x: ThingKeys, y: ThingKeys): boolean {
  const meets = (keys: string[], other: string[]) => keys.some((key) => other.includes(key));
  return meets(x.own, y.own) || meets(x.own, y.broader) || meets(y.own, x.broader);
}

/** What opens a claim's subject noun phrase of one word: "the boiler had …", "its depot was …". */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this']);
/** "in a statement that the boiler had …", "on Monday that the depot was …": what an attribution leaves before its clause. */
const MAX_WORDS_BEFORE_THAT = 5;

/**
 * The subject noun of a claim that opens with a determiner, one lower-case noun and an auxiliary ("the
 * boiler had passed …", "the depot was shut …"), after an attribution's "in a statement that"; undefined
 * for any other opening (a name, a number, a longer noun phrase).
 */
export function subjectNoun(words: readonly MatchWord[]): string | undefined {
  const that = words.findIndex((word, i) => i <= MAX_WORDS_BEFORE_THAT && word.text === 'that');
  const from = that >= 0 && !words.slice(0, that).some((word) => word.isNumber || AUXILIARIES.has(word.text)) ? that + 1 : 0;
  const [determiner, noun, verb] = words.slice(from, from + 3);
  if (!determiner || !noun || !verb || !SUBJECT_DETERMINERS.has(determiner.text)) return undefined;
  if (noun.capitalised || noun.isNumber || noun.breakBefore || verb.breakBefore || !AUXILIARIES.has(verb.text)) return undefined;
  return noun.text;
}
