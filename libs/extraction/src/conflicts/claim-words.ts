import { boundedMemo } from '../bounded-memo';
import { eventNounAt } from './disagreement-lexicon';
import { sameThingOf } from './same-thing';
import { STOP_WORDS } from './stance-lexicon';
import { wordMemo } from '../word-ids';

/**
 * What conflict detection reads of one token of a claim. The engine's own tokens fit, and so
 * does any tokeniser's that gives a word's lower-case form, its id and its offsets: conflict detection
 * reads tokens only through this shape, never tokenising again.
 */
export interface ConflictWord {
  /** Lower case. */
  lower: string;
  /** The id of `lower` (word-ids.ts; `NO_WORD_ID` when it has none): what is known of the word is read by it. */
  id: number;
  /** Offsets into the claim's text as written (`fullText`). */
  start: number;
  end: number;
  capitalised: boolean;
}

/** The words of one claim, analysed once for every rule (stance, figures, denials). */
export interface ClaimWords {
  /** The claim as written; the words' offsets point into it. */
  text: string;
  /** Every word of the claim, attribution included ("X denied that …" keeps its verb there). */
  all: readonly ConflictWord[];
  /** The words of the claim's content (without the attribution clause), in order. */
  content: readonly ConflictWord[];
  /** Stem of each content word ('' for numbers, short words and stop words), parallel to `content`. */
  contentStems: readonly string[];
  /** Content stems; true when every occurrence is written as a name (capitalised). */
  stems: Map<string, boolean>;
  /**
   * `topicKeys` of these words once asked for, kept on them: a WeakMap by the claim's words cost a table entry for every
   * claim of every article (its set was a three-hundredth of the engine in a CPU profile).
   */
  topicKeys?: readonly string[];
}

/**
 * Analyses a claim's words: `words` are the tokens of `text` (offsets into it); words inside
 * `attribution` ranges (the "…, the ministry said" clause) are not content.
 */
export function claimWords(
  text: string,
  words: readonly ConflictWord[],
  attribution: ReadonlyArray<readonly [number, number]>,
): ClaimWords {
  const content =
    attribution.length === 0 ? words : words.filter((w) => !attribution.some(([start, end]) => w.start >= start && w.end <= end));
  // A loop of its own, not map() nor packedMap: one array shape in every tier (packed-map.ts), and its call inlined.
  const contentStems: string[] = [];
  for (const w of content) contentStems.push(stemOfToken(w));
  const stems = new Map<string, boolean>();
  contentStems.forEach((stem, i) => {
    if (stem === '') return;
    stems.set(stem, (stems.get(stem) ?? true) && content[i]!.capitalised);
  });
  return { text, all: words, content, contentStems, stems, topicKeys: undefined };
}

/** The word as the article writes it. */
export function surfaceOf(words: ClaimWords, word: ConflictWord): string {
  return words.text.slice(word.start, word.end);
}

/** The first content word with this stem or topic key (`topicKeys`), as written; the stem itself when none has it. */
export function surfaceOfStem(words: ClaimWords, stem: string): string {
  const i = words.contentStems.indexOf(stem);
  if (i >= 0) return surfaceOf(words, words.content[i]!);
  // One thing in other words: "raid" for "attack", "shut" for "close" (`sameThingOf`).
  const keyed = topicKeys(words).indexOf(stem);
  if (keyed >= 0) return surfaceOf(words, words.content[keyed]!);
  // A stem shared by suffix ("strik" of "airstrikes").
  const within = words.contentStems.findIndex((s) => s.endsWith(stem));
  return within >= 0 ? surfaceOf(words, words.content[within]!) : stem;
}

/**
 * What each content word says of a subject, parallel to `content`: the stem of the word that stands
 * for it and its synonyms (`sameThingOf`: "shut" and "closed" are "close", "raid" and "air strike"
 * are "attack", "walkout" is "strike"), else its own stem ('' for numbers, short and stop words).
 * Two claims speak of one thing when they share a key. Computed once per claim.
 */
export function topicKeys(words: ClaimWords): readonly string[] {
  let keys = words.topicKeys;
  if (!keys) {
    // A loop of its own, as claimWords's stems.
    const found: string[] = [];
    for (let i = 0; i < words.contentStems.length; i++) {
      const stem = words.contentStems[i]!;
      const same = stem === '' ? undefined : eventNounAt(words.content, i);
      found.push(stem === '' ? stem : same === undefined ? topicKeyOfToken(words.content[i]!) : stemOfWord(same) || stem);
    }
    withParticleVerbs(words, found);
    withPersonObjects(words, found);
    words.topicKeys = keys = found;
  }
  return keys;
}

/** "give way to" yields to something; the wall that "gave way" collapsed. */
const GIVE_WAY = new Map(['give', 'gives', 'gave', 'given', 'giving'].map((form) => [form, 'collapse']));

/**
 * Verbs with a particle that WordNet lists in the synset of a verb of one word, by the particle then the verb's forms:
 * "step down" with "resign" (leave office, quit, step down, resign), "cave in" and "give way" with "collapse" (collapse,
 * fall in, cave in, give, give way, break, founder). Read as that verb, they tie a claim to one saying it ("had not
 * resigned", "the roof collapsed"); the first word alone is another verb ("step" is a measure, "give" a gift).
 */
const PARTICLE_VERBS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['down', new Map(['step', 'steps', 'stepped', 'stepping'].map((form) => [form, 'resign']))],
  ['in', new Map(['cave', 'caves', 'caved', 'caving'].map((form) => [form, 'collapse']))],
  ['way', GIVE_WAY],
]);

/** A particle of `PARTICLE_VERBS`, by the word's id. */
const isParticle = wordMemo((lower: string): boolean => PARTICLE_VERBS.has(lower));

/** "stepped down" is "resigned", not a step: the key of a verb and its particle that WordNet lists as one verb. */
function withParticleVerbs(words: ClaimWords, keys: string[]): void {
  const { content } = words;
  for (let i = 1; i < content.length; i++) {
    if (!isParticle(content[i]!) || keys[i - 1] === '') continue;
    const particle = PARTICLE_VERBS.get(content[i]!.lower)!;
    const verb = particle.get(content[i - 1]!.lower);
    if (verb !== undefined && !(particle === GIVE_WAY && content[i + 1]?.lower === 'to')) keys[i - 1] = topicKeyOf(verb);
  }
}

/**
 * Verbs whose sense with a person as their object is in the synset of another verb, the one they are read as then:
 * "fire" someone is WordNet's "dismiss" (fire in its fourth sense, dismiss in its fourth, with "sack"), not a gun's
 * firing. "fired him by email" / "had not been dismissed"; "fired shells", "fired on the crowd" stay "fire".
 */
const PERSON_OBJECT_VERBS: ReadonlyMap<string, string> = new Map(['fire', 'fires', 'fired', 'firing'].map((form) => [form, 'dismiss']));
/** Pronouns of people as a verb's object; "her" only with no noun after it ("fired her pistol" is her gun). */
const PERSON_OBJECTS = new Set(['him', 'them', 'me', 'us', 'her']);

/** "fired him" is "dismissed him": the key of a verb of `PERSON_OBJECT_VERBS` right before a person pronoun. */
function withPersonObjects(words: ClaimWords, keys: string[]): void {
  const { content } = words;
  for (let i = 0; i + 1 < content.length; i++) {
    const verb = PERSON_OBJECT_VERBS.get(content[i]!.lower);
    const object = content[i + 1]!.lower;
    if (verb === undefined || !PERSON_OBJECTS.has(object)) continue;
    if (object === 'her' && i + 2 < content.length && stemOfToken(content[i + 2]!) !== '') continue;
    keys[i] = topicKeyOf(verb);
  }
}

/** The topic key of one word standing alone: the stem of the word for it and its synonyms, else its own stem. */
export function topicKeyOf(lower: string): string {
  const stem = stemOfWord(lower);
  const same = stem === '' ? undefined : sameThingOf(lower);
  return same === undefined ? stem : stemOfWord(same) || stem;
}

/** `topicKeyOf` and `stemOfWord` by the word's id (word-ids.ts): read for every word of every claim. */
const topicKeyOfToken = wordMemo(topicKeyOf);

/** Is the token a number ("2,480", "2.5")? */
export function isNumberWord(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Content stem of a lower-case word, or '' when it says nothing about a subject (a number, a
 * word of two letters, a stop word). Crude suffix stripping, enough for "strikes"/"strike",
 * "civilians"/"civilian" to meet; a possessive 's is dropped.
 */
export const stemOfWord = boundedMemo((lower: string): string => {
  if (lower.length < 3 || isNumberWord(lower) || lower.includes('.')) return '';
  const word = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  if (word.length < 3 || STOP_WORDS.has(word)) return '';
  return stem(word);
});

const stemOfToken = wordMemo(stemOfWord);

const SUFFIXES = ['ities', 'ility', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'y'];

function stem(word: string): string {
  // "bonus", "process", "crisis" end in s in the singular: their plural drops "es" ("bonuses" → "bonus"), they drop nothing.
  if (SINGULAR_S.test(word)) return word;
  // "buses", "minibuses": a noun in -us whose plural adds "es" is its noun, as `singular` of measures.ts reads it.
  if (US_PLURAL.test(word)) return word.slice(0, -2);
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return ofOneVerb(word.slice(0, -suffix.length), suffix);
  }
  // A short plural is its noun: "dogs" is "dog", "fees" is "fee" ("news" is no plural).
  if (word.length === 4 && word.endsWith('s') && word !== 'news') return word.slice(0, -1);
  // "fired", "firing" are "fire": a short verb whose silent e the ending dropped (consonant, vowel, consonant).
  for (const suffix of E_DROPPING) {
    if (word.length - suffix.length !== 3 || !word.endsWith(suffix)) continue;
    const base = word.slice(0, 3);
    if (!VOWELS.has(base[2]!) && VOWELS.has(base[1]!) && !VOWELS.has(base[0]!)) return `${base}e`;
  }
  return word;
}

const E_DROPPING = ['ed', 'ing'];
/**
 * Nouns in -us whose plural adds "es" ("buses", "minibuses", "viruses", "campuses"): their singular drops the "es", where
 * "houses", "causes" and "nurses" drop only the "s".
 */
export const US_PLURAL =
  /^(?:(?:mini|trolley|omni|motor)?bus|virus|campus|bonus|census|surplus|status|circus|chorus|prospectus|apparatus|consensus)es$/;

/** Consonants a short verb doubles before "-ed" or "-ing" ("planned", "stopped", "admitted"); "called", "passed", "staffed" keep theirs. */
const DOUBLING = new Set(['b', 'd', 'g', 'm', 'n', 'p', 'r', 't']);
/** What is left of a noun in -ure ("closure", "failure", "seizure") at least this long gives up its "ur": it is its verb's. */
const URE_STEM = 6;

/**
 * One stem for a verb's forms and its noun in -ure: "planned" and "plan", "stopped" and "stop" (a
 * doubled consonant undone), "closure" and "closed", "failure" and "failed" (the "ur" of -ure dropped, as
 * from "measure", "measured" and "measures" alike).
 */
function ofOneVerb(stemmed: string, suffix: string): string {
  const last = stemmed[stemmed.length - 1]!;
  if ((suffix === 'ed' || suffix === 'ing') && stemmed[stemmed.length - 2] === last && DOUBLING.has(last)) return stemmed.slice(0, -1);
  return withoutUre(stemmed);
}

function withoutUre(stemmed: string): string {
  return stemmed.length >= URE_STEM && stemmed.endsWith('ur') && !VOWELS.has(stemmed[stemmed.length - 3]!) ? stemmed.slice(0, -2) : stemmed;
}
const SINGULAR_S = /(?:us|ss|is)$/;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
