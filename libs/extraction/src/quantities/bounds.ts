// Words before a number that bound or hedge it: "over 65,000", "at least", "about".
import type { QuantityBound } from './quantity';

export interface BoundPhrase {
  words: readonly string[];
  bound: QuantityBound;
}

function phrases(bound: QuantityBound, list: string): BoundPhrase[] {
  return list.split('|').map((phrase) => ({ words: phrase.trim().split(' '), bound }));
}

// "nearly" and "almost" say the true number is a little below; they are read
// as `about`, since the text does not say how far below.
const BOUND_PHRASES: readonly BoundPhrase[] = [
  ...phrases(
    'at-least',
    'more than|over|above|at least|no fewer than|no less than|not less than|upwards of|upward of|in excess of|greater than|exceeding|well over|just over',
  ),
  ...phrases(
    'at-most',
    'less than|fewer than|under|below|at most|up to|no more than|not more than|as many as|as much as|as little as|as few as|just under|well under|only up to',
  ),
  ...phrases(
    'about',
    'about|around|roughly|approximately|approx|some|nearly|almost|close to|an estimated|estimated|circa|ca|c|an approximate|more or less',
  ),
];

/**
 * Bounds written as abbreviations, which may take a full stop before the number: "ca. 40", "approx. 2,000", "c. 9,000"
 * (and glued to it, "c.9,000": extract-quantities.ts splits such a token). "c" is a bound only with its stop, in lower
 * case: "c 40" is no circa, and "vitamin C. 40 people" ends a sentence.
 */
export const ABBREVIATED_BOUNDS: ReadonlySet<string> = new Set(['c', 'ca', 'approx']);

/** An abbreviated bound glued to its number by its full stop, one token to a tokeniser: "c.9,000", "ca.40", "approx.2,000". */
export const GLUED_CIRCA = new RegExp(`^(?:${[...ABBREVIATED_BOUNDS].join('|')})\\.(?=\\d)`);

/** Bound phrases by first word, longest first so "more than" wins over a shorter phrase. */
export const BOUND_PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly BoundPhrase[]> = (() => {
  const index = new Map<string, BoundPhrase[]>();
  for (const phrase of BOUND_PHRASES) {
    const first = phrase.words[0] as string;
    const list = index.get(first) ?? [];
    list.push(phrase);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();
