/**
 * Builds the first names whose gender is read from them (npm run build:first-name-genders):
 *
 *   tsx scripts/build-first-name-genders.ts [--from node_modules/gender-detection-from-name]
 *                                           [--out libs/extraction/src/entities/first-name-genders.json]
 *
 * Source: the `gender-detection-from-name` package (MIT, Davide Violante), whose `names/*.js` map
 * first names to a gender for six languages (en, it, es, fr, de, tr). A name is kept with the gender
 * at least twice as many of the languages that know it give it as give the other: "Joan" (female in
 * es and fr, male in en) and "Leopold" (male in en and de, female in fr) are kept, so one language's
 * slip does not cost a name; "Andrea" (three to two) and "Robin" (three to three) are left out, so
 * that "he" or "she" never picks a person on a guess the package itself is unsure of. Names of lower-case letters only, three letters at least; sorted,
 * so two runs write byte-identical files. Used only to pick the referent of "he" or "she"
 * (`guessGender` in `gender.ts`), after the hand list `first-names.json`, never to tell a name.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const NAME = /^[a-z]{3,}$/;

type Gender = 'female' | 'male';

export function buildFirstNameGenders(maps: ReadonlyArray<ReadonlyMap<string, string>>): Record<Gender, string[]> {
  const votes = new Map<string, Record<Gender, number>>();
  for (const map of maps) {
    for (const [name, gender] of map) {
      if (!NAME.test(name) || (gender !== 'female' && gender !== 'male')) continue;
      const count = votes.get(name) ?? { female: 0, male: 0 };
      count[gender]++;
      votes.set(name, count);
    }
  }
  const out: Record<Gender, string[]> = { female: [], male: [] };
  for (const [name, { female, male }] of votes) {
    if (female >= 2 * male) out.female.push(name);
    else if (male >= 2 * female) out.male.push(name);
  }
  out.female.sort();
  out.male.sort();
  return out;
}

function readMaps(packageDir: string): Array<Map<string, string>> {
  const dir = join(packageDir, 'names');
  const load = createRequire(resolve(dir, 'index.js'));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => load(resolve(dir, file)) as Map<string, string>);
}

if (require.main === module) {
  const arg = (flag: string, fallback: string): string => {
    const at = process.argv.indexOf(flag);
    return resolve(at >= 0 ? (process.argv[at + 1] as string) : fallback);
  };
  const from = arg('--from', 'node_modules/gender-detection-from-name');
  const out = arg('--out', 'libs/extraction/src/entities/first-name-genders.json');
  const names = buildFirstNameGenders(readMaps(from));
  writeFileSync(out, `${JSON.stringify(names)}\n`);
  console.log(`${names.female.length} female and ${names.male.length} male first names → ${out}`);
}
