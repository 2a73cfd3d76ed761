import { STEM_EXCEPTIONS } from './matching-lexicon';

const VOWEL = /[aeiouy]/;
const SIBILANT_PLURAL = /(?:ss|sh|ch|x|z)es$/;
const NOT_A_PLURAL = /(?:ss|us|is)$/;
const DOUBLE_CONSONANT = /([b-df-hj-np-tv-z])\1$/;

/**
 * Light suffix stripping so that inflections of one word meet: "corridors" and
 * "corridor", "killed" / "killing" / "kills" / "kill", "displaced" / "displace".
 * Not a real stemmer: the output only has to be the same for the forms a
 * rewording picks, so the trailing "e" and doubled consonants are dropped from
 * every word ("leave" / "leaving" → "leav", "stopped" / "stop" → "stop").
 * British -ise and -our spellings are folded into the American ones.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || STEM_EXCEPTIONS.has(word) || word.includes('_')) return word; // call_off: a phrasal verb's lemma
  let stem = word;
  if ((stem.endsWith('ies') || stem.endsWith('ied')) && stem.length > 4) stem = stem.slice(0, -3) + 'y';
  else if (SIBILANT_PLURAL.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !NOT_A_PLURAL.test(stem)) stem = stem.slice(0, -1);
  else if (stem.endsWith('ing') && stem.length >= 6 && VOWEL.test(stem.slice(0, -3))) stem = stem.slice(0, -3);
  else if (stem.endsWith('eed'))
    stem = stem.slice(0, -1); // agreed → agree
  else if (stem.endsWith('ed') && stem.length >= 5 && VOWEL.test(stem.slice(0, -2))) stem = stem.slice(0, -2);

  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 3 && DOUBLE_CONSONANT.test(stem)) stem = stem.slice(0, -1);
  if (stem.length >= 5) {
    if (stem !== word) stem = stem.replace(/([iy])s$/, '$1z'); // organis(e/ed/ing) → organiz, but Paris stays
    stem = stem.replace(/([^aeiou])our/, '$1or'); // labour → labor
  }
  return stem;
}
