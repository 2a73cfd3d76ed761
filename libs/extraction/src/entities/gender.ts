import type { Gender } from '../sources/source';
import firstNamesJson from './first-names.json';
import firstNameGendersJson from './first-name-genders.json';
import { lowerCase } from '../text-chars';

const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(firstNamesJson.female.map((name) => name.toLowerCase()));
const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(firstNamesJson.male.map((name) => name.toLowerCase()));

/**
 * First names of one gender (built by scripts/build-first-name-genders.ts from the MIT-licensed
 * `gender-detection-from-name` package: a gender twice as many of its languages give as the other, no name that English
 * lists give to both): read after the hand list, only for the gender of "he" or "she", never to tell a person's name from
 * other capitalised words.
 */
const FEMALE_BY_PACKAGE: ReadonlySet<string> = new Set(firstNameGendersJson.female);
const MALE_BY_PACKAGE: ReadonlySet<string> = new Set(firstNameGendersJson.male);

/**
 * Whether a word is a first name of either list, the package's too: only to keep a name a person's where the words around
 * it would make it a thing ("Olivia Brandreth said in a statement"), never to read capitalised words as a person's name.
 */
export function isListedFirstName(word: string): boolean {
  const key = lowerCase(word);
  return isKnownFirstName(key) || FEMALE_BY_PACKAGE.has(key) || MALE_BY_PACKAGE.has(key);
}

/** Russian, Ukrainian and Bulgarian surnames carry gender: Petrova / Ivanov. */
const FEMALE_SURNAME_ENDINGS = ['ova', 'eva', 'yova', 'skaya', 'tskaya'];
const MALE_SURNAME_ENDINGS = ['ov', 'ev', 'sky', 'skiy', 'skii'];

/** Whether a first name is a known one (for telling "Ulrike Sommer" from "Public Accounts"). */
export function isKnownFirstName(word: string): boolean {
  const key = lowerCase(word);
  return FEMALE_FIRST_NAMES.has(key) || MALE_FIRST_NAMES.has(key);
}

/** Men's first names ending in "a", the exceptions to the rule above. */
const MALE_A_NAMES = new Set([
  'luca',
  'nikola',
  'ilya',
  'sasha',
  'joshua',
  'mustafa',
  'musa',
  'yahya',
  'isa',
  'kosta',
  'elia',
  'mikola',
  'sava',
  'nicola',
]);

/** A best guess at a person's gender from their name, or null. Used only to pick the referent of "he" or "she". */
export function guessGender(name: string): Gender | null {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase();
  if (first !== undefined && words.length > 1) {
    if (FEMALE_FIRST_NAMES.has(first)) return 'female';
    if (MALE_FIRST_NAMES.has(first)) return 'male';
    if (FEMALE_BY_PACKAGE.has(first) && !MALE_A_NAMES.has(first)) return 'female';
    if (MALE_BY_PACKAGE.has(first)) return 'male';
  }
  // An unknown first name ending in "a" is mostly a woman's in the languages news names come from (Ida, Vera, Mira).
  if (first !== undefined && words.length > 1 && first.length > 2 && first.endsWith('a') && !MALE_A_NAMES.has(first)) return 'female';
  const last = words[words.length - 1]?.toLowerCase();
  if (last === undefined) return null;
  if (words.length === 1 && FEMALE_FIRST_NAMES.has(last)) return 'female';
  if (words.length === 1 && MALE_FIRST_NAMES.has(last)) return 'male';
  if (FEMALE_SURNAME_ENDINGS.some((ending) => last.length > ending.length + 2 && last.endsWith(ending))) return 'female';
  if (MALE_SURNAME_ENDINGS.some((ending) => last.length > ending.length + 2 && last.endsWith(ending))) return 'male';
  return null;
}
