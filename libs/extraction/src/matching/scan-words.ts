// The first pass of matching normalisation: raw text to lower-case words with clause breaks marked.
import type { MatchWord } from './match-word';
import { BOUND_PREFIXES, UPPER_CASE_ALIASES, WORD_ALIASES } from './matching-lexicon';
import { digitTokenWords } from './numbers';
import { GLUED_CIRCA } from '../quantities/bounds';
import { isClauseBreak, isDigit, isTerminal, isUpperAt, isWordChar } from '../text-chars';

/** Joins two runs of letters/digits into one token: it’s, U.S, Al-Karim, 4.1 (commas only between digits: 2,480). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Between two tokens: a clause break (, ; : brackets, quotes, dashes) or a sentence end. */
function endsClause(c: number): boolean {
  return isClauseBreak(c) || isTerminal(c);
}

/** Signs that are words of their own: 5%, $30, €1.6bn. */
function isSignWord(c: number): boolean {
  return c === 0x25 || c === 0x24 || c === 0x20ac || c === 0xa3;
}

const HYPHENS = /[-‐‑]/;
const CONTRACTION = /'(?:s|re|ve|ll|d|m)$/;

/** Tokens of the raw text as lower-case words, with clause breaks marked. One pass over the code units. */
export function scanWords(text: string): MatchWord[] {
  const words: MatchWord[] = [];
  const n = text.length;
  let breakPending = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSignWord(c)) {
      words.push({ text: text[i] as string, isNumber: false, capitalised: false, breakBefore: breakPending && words.length > 0, start: i });
      breakPending = false;
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      if (endsClause(c)) breakPending = true;
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      const joiner = text.charCodeAt(i);
      const joins = isJoiner(joiner) || (joiner === 0x2c && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
      if (i + 1 < n && joins && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const first = words.length;
    for (const word of tokenWords(text.slice(start, i))) {
      words.push({
        text: word.text,
        isNumber: word.isNumber,
        // Each part of a hyphenated token by its own letter: "Al-Karim" is two names, "Pre-tax" and "Ex-port" none.
        capitalised: !word.isNumber && !word.prefix && isUpperAt(text, start + word.offset),
        breakBefore: false,
        start: start + word.offset,
      });
    }
    if (first < words.length) (words[first] as MatchWord).breakBefore = breakPending && first > 0;
    breakPending = false;
  }
  return words;
}

/** A word of a token: `prefix` when it is a bound prefix before a hyphen ("pre-tax", "ex-minister"), which names nothing. */
interface TokenWord {
  text: string;
  isNumber: boolean;
  offset: number;
  prefix?: boolean;
}

/**
 * One token as words: "Al-Karim" → al karim, "didn't" → not, "Russia's" → russia, "US" → usa, "2,480" → 2480,
 * "pre-tax" → before tax (BOUND_PREFIXES); each with its offset in the token.
 */
function tokenWords(token: string): TokenWord[] {
  const upperAlias = UPPER_CASE_ALIASES.get(token);
  if (upperAlias) return [{ text: upperAlias, isNumber: false, offset: 0 }];
  const lower = token.toLowerCase().replaceAll('’', "'");
  const words: TokenWord[] = [];
  const parts = lower.split(HYPHENS);
  let offset = 0;
  for (const [k, part] of parts.entries()) {
    const at = offset;
    offset += part.length + 1;
    if (!part) continue;
    const prefix = k < parts.length - 1 && parts[k + 1] !== '' ? BOUND_PREFIXES.get(part) : undefined;
    if (prefix !== undefined) {
      words.push({ text: prefix, isNumber: false, offset: at, prefix: true });
      continue;
    }
    const circa = GLUED_CIRCA.exec(part);
    if (circa) {
      // "c.9,000": the number alone, as "circa 9,000" is (a bound, a stop word); its quantity is about 9,000.
      for (const word of digitTokenWords(part.slice(circa[0].length))) words.push({ ...word, offset: at + circa[0].length });
    } else if (part.charCodeAt(0) >= 48 && part.charCodeAt(0) <= 57) {
      for (const word of digitTokenWords(part)) words.push({ ...word, offset: at });
    } else if (part.endsWith("n't")) {
      words.push({ text: 'not', isNumber: false, offset: at });
    } else {
      const bare = part.replace(CONTRACTION, '');
      const known = WORD_ALIASES.has(bare) ? bare : bare.replaceAll("'", '').replaceAll('.', '');
      if (known) words.push({ text: known, isNumber: false, offset: at });
    }
  }
  return words;
}
