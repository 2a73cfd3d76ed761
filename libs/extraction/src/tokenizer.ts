import { codeAt, isClauseBreak, isUpperAt, isWordChar, lowerCase, lowerCaseAligned } from './text-chars';
import { NO_WORD_ID, wordIdOf, wordOf } from './word-ids';

/** A word or number of a sentence, with what the scorers need to know about it. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened ("it’s" → "it's"). */
  lower: string;
  /** `lower`'s id (word-ids.ts): what is known of the word is read by it, not looked up by the string again. */
  id: number;
  start: number;
  end: number;
  capitalised: boolean;
  numeric: boolean;
  /** A clause break (, ; : brackets, dash, double quote mark) lies between this token and the next. */
  breakAfter: boolean;
}

/**
 * The lower case of `tokens[i]`, '' when there is none. Reads guard the index below 0 themselves: `tokens[-1]` is no
 * element but a property named "-1", looked up through the array's prototypes by V8's megamorphic keyed-load stub
 * (hundreds of instructions and a probe of its shared cache, against a few for an index past the end).
 */
export function lowerAt(tokens: ReadonlyArray<{ readonly lower: string }>, i: number): string {
  return i >= 0 ? (tokens[i]?.lower ?? '') : '';
}

/** Whether a comma (and nothing but spaces) stands right after token t: "Jane Roe, the councillor, said". */
export function commaAfter(text: string, tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  const next = tokens[t + 1];
  return token !== undefined && /^\s*,\s*$/u.test(text.slice(token.end, next ? next.start : token.end + 1));
}

/** Joins two runs of letters/digits into one token: It’s, 2,480, 2.5, U.S, Al-Karim. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * A token object, made here for the tokeniser and for `tokensOfSpan`'s copies alike: one allocation site for both. V8
 * decides per allocation site whether to allocate its objects in the old generation; `tokensOfSpan`'s copies, made at a
 * site of their own, all live to the end of the article, and V8 put them there, where each allocation and each store
 * into them costs more (its share of a CPU profile of the engine fell from about 3.6 % to 0.2 % with one site, as it did
 * with its own site under `--no-allocation-site-pretenuring`).
 */
export function newToken(
  text: string,
  lower: string,
  id: number,
  start: number,
  end: number,
  capitalised: boolean,
  numeric: boolean,
  breakAfter: boolean,
): Token {
  return { text, lower, id, start, end, capitalised, numeric, breakAfter };
}

/** Words and numbers of `text`, in order. Hand-written scanner: one pass, no backtracking. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let gapBreak = false;
  // The text lower-cased once, for the words that need it (undefined until the first such word; null if not aligned).
  let lowered: string | null | undefined;
  while (i < n) {
    const c = codeAt(text, i);
    if (!isWordChar(c)) {
      if (isClauseBreak(c)) gapBreak = true;
      i++;
      continue;
    }
    const start = i;
    // Bit 1: an ASCII capital; bit 2: anything outside ASCII. A word with neither is its own lower case.
    let cased = 0;
    for (;;) {
      for (; i < n; i++) {
        const d = codeAt(text, i);
        // Most of a word's letters are lower-case ASCII: nothing more to test or mark.
        if (d >= 97 && d <= 122) continue;
        if (!isWordChar(d)) break;
        if (d >= 0x80) cased |= 2;
        else if (d <= 90 && d >= 65) cased |= 1;
      }
      if (i + 1 < n && isJoiner(codeAt(text, i)) && isWordChar(codeAt(text, i + 1))) {
        if (codeAt(text, i) === 0x2019) cased |= 2;
        i++;
      } else break;
    }
    // Not `tokens[tokens.length - 1]` on an empty array: index -1 is a megamorphic property lookup (`lowerAt`).
    if (tokens.length > 0) (tokens[tokens.length - 1] as Token).breakAfter = gapBreak;
    gapBreak = false;
    const word = text.slice(start, i);
    let lower = word;
    if (cased !== 0) {
      if (lowered === undefined) lowered = lowerCaseAligned(text);
      lower = lowered === null ? lowerCase(word) : lowered.slice(start, i);
    }
    if (cased & 2 && lower.includes('’')) lower = lower.replaceAll('’', "'");
    const id = wordIdOf(lower);
    // The word's one lasting string (word-ids.ts), already hashed for every lookup by it; so is the text of a word
    // written in its own lower case.
    if (id !== NO_WORD_ID) lower = wordOf(id);
    tokens.push(newToken(cased === 0 ? lower : word, lower, id, start, i, isUpperAt(text, start), c >= 48 && c <= 57, false));
  }
  return tokens;
}
