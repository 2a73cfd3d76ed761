// Character classes used by the scanners. They work on UTF-16 code units
// (charCodeAt) because every offset the engine returns is a JavaScript string
// index; astral characters (emoji) are simply "other" code units.

const charCodeAt = String.prototype.charCodeAt;

/**
 * `text.charCodeAt(i)`, for the scanners' loops. The scanners are handed strings of many internal
 * kinds (whole articles, slices, concatenations, internalised words), and a `charCodeAt` looked up
 * on such a mix turns megamorphic: a slow lookup per character that costs more than the scan.
 * Called through the function itself there is no lookup, whatever the string.
 */
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}

/** Unicode line terminators plus vertical tab and form feed: each one ends a paragraph. */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Whitespace that is trimmed from sentence edges (line breaks included, plus BOM and zero-width space). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** What a regular expression's `\s` matches: `isSpace` less U+0085 and the zero-width space. */
export function isPatternSpace(c: number): boolean {
  return c !== 0x85 && c !== 0x200b && isSpace(c);
}

/**
 * `text.split(/\s+/)`, the same parts (an empty one before leading and after trailing spaces) without the pattern:
 * splitting by a regular expression builds a sticky copy of it and runs it at every position, some two thousand
 * instructions a call where this scan takes a few per character.
 */
export function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isPatternSpace(charCodeAt.call(text, i))) {
      i++;
      continue;
    }
    parts.push(text.slice(from, i));
    while (i < text.length && isPatternSpace(charCodeAt.call(text, i))) i++;
    from = i;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * `text.replace(/\s+/g, ' ')`: each run of white space one space. Most texts have none to change (single spaces only),
 * told by one scan, where the replacement runs the pattern at every position and copies the text.
 */
export function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = charCodeAt.call(text, i);
    if (isPatternSpace(c) && (c !== 32 || (i + 1 < text.length && isPatternSpace(charCodeAt.call(text, i + 1)))))
      return text.replace(/\s+/g, ' ');
  }
  return text;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Letters and digits, approximately: ASCII alphanumerics plus everything from
 * U+00C0 up that is not punctuation, symbols or spaces. Good enough to tell
 * "has words" from "is only punctuation" without a Unicode table.
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji and other astral symbols
  return c !== 0xfeff;
}

/** Upper-case letter at `i` (a single code unit; astral letters are rare enough to ignore). */
export function isUpperAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 0x80) return c >= 65 && c <= 90;
  if (!isWordChar(c)) return false;
  const ch = text[i] as string;
  return ch !== ch.toLowerCase();
}

export function isLowerAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 0x80) return c >= 97 && c <= 122;
  if (!isWordChar(c)) return false;
  const ch = text[i] as string;
  return ch !== ch.toUpperCase();
}

/** Characters lower-casing leaves as they are: ASCII and Latin-1 below À but the capitals, and General Punctuation (quotes, dashes). */
function isCaseless(c: number): boolean {
  return c < 0xc0 ? c < 65 || c > 90 : c >= 0x2000 && c <= 0x206f;
}

/**
 * `text.toLowerCase()`, by hand for a word in ASCII (and General Punctuation): a slice of an article holding any character
 * above U+00FF (a curly quote) is lower-cased through ICU, a slow call, even when it is plain ASCII.
 */
export function lowerCase(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && isCaseless(codeAt(text, i))) i++;
  if (i === n) return text;
  // A long text is worth one call.
  if (n > 32) return text.toLowerCase();
  let lower = text.slice(0, i);
  for (; i < n; i++) {
    const c = codeAt(text, i);
    if (c >= 65 && c <= 90) lower += String.fromCharCode(c + 32);
    else if (isCaseless(c)) lower += text[i]!;
    else return text.toLowerCase();
  }
  return lower;
}

let lastText: string | null = null;
let lastLower: string | null = null;

/**
 * `text.toLowerCase()` when every character keeps its offset in it, so that a slice of it is the lower case of the same
 * slice of `text`; else null. The last text's is kept: the tokeniser and the language detector both ask it of the article.
 * A length change ("İ") moves offsets, and a capital sigma's lower case depends on what follows it (σ or ς).
 */
export function lowerCaseAligned(text: string): string | null {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastLower = lower.length === text.length && !text.includes('\u03a3') ? lower : null;
    lastText = text;
  }
  return lastLower;
}

/** Marks that can end a sentence: . ? ! … and their CJK / doubled variants. */
export function isTerminal(c: number): boolean {
  return (
    c === 46 || // .
    c === 63 || // ?
    c === 33 || // !
    c === 0x2026 || // …
    c === 0x203c || // ‼
    c === 0x2047 || // ⁇
    c === 0x2048 || // ⁈
    c === 0x2049 || // ⁉
    c === 0x3002 || // 。
    c === 0xff01 || // ！
    c === 0xff1f // ？
  );
}

export function isStrongTerminal(c: number): boolean {
  return c === 63 || c === 33 || (c >= 0x203c && c <= 0x2049) || c === 0xff01 || c === 0xff1f;
}

/** Full-width terminals that end a sentence without a following space. */
export function isCjkTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Characters that may follow a terminal and still belong to the sentence: closing quotes and brackets. */
export function isCloser(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x29 || // )
    c === 0x5d || // ]
    c === 0x7d || // }
    c === 0xbb || // »
    c === 0x2019 || // ’
    c === 0x201d || // ”
    c === 0x203a || // ›
    c === 0x300d || // 」
    c === 0x300f // 』
  );
}

/** Characters that may precede the first word of a sentence: opening quotes and brackets. */
export function isOpener(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x28 || // (
    c === 0x5b || // [
    c === 0xab || // «
    c === 0xa1 || // ¡
    c === 0xbf || // ¿
    c === 0x2018 || // ‘
    c === 0x201a || // ‚
    c === 0x201c || // “
    c === 0x201e || // „
    c === 0x2039 || // ‹
    c === 0x300c ||
    c === 0x300e
  );
}

/** ' or ’. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/**
 * `word.endsWith(suffix)`, compared by code units from the end. For the per-token tests of hot
 * loops: a call of the builtin costs about 150 instructions, this about 60 (most words differ in
 * their last letter).
 */
export function endsWithText(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length;
  if (offset < 0) return false;
  for (let k = suffix.length - 1; k >= 0; k--) if (codeAt(word, offset + k) !== codeAt(suffix, k)) return false;
  return true;
}

/** "city's", "city’s": a possessive 's at the end, by code units (no regex per word). */
export function endsWithPossessiveS(word: string): boolean {
  const n = word.length;
  return n >= 2 && codeAt(word, n - 1) === 0x73 && isApostrophe(codeAt(word, n - 2));
}

/** The word without a possessive 's at its end: `word.replace(/['’]s$/, '')`. */
export function withoutPossessiveS(word: string): string {
  return endsWithPossessiveS(word) ? word.slice(0, -2) : word;
}

export function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015);
}

/** Between two words: , ; : brackets, double quote marks and dashes end a clause. */
export function isClauseBreak(c: number): boolean {
  return (
    c === 0x2c || // ,
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x28 || // ( )
    c === 0x29 ||
    c === 0x5b || // [ ]
    c === 0x5d ||
    c === 0x2d || // a hyphen outside a word is a dash
    c === 0x2013 || // –
    c === 0x2014 || // —
    c === 0x22 || // "
    c === 0x201c || // “ ” „
    c === 0x201d ||
    c === 0x201e ||
    c === 0xab || // « »
    c === 0xbb
  );
}

// Sticky Unicode-property tests at one position: the scanners below use them
// instead of matchAll over a \p{L} pattern, which allocates a match per word.
const LETTER_AT = /\p{L}/uy;
const UPPER_AT = /\p{Lu}/uy;

/** Code units of the letter (\p{L}) starting at i: 0 when there is none, 2 for an astral letter. */
export function letterLengthAt(text: string, i: number): number {
  const c = codeAt(text, i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return propertyLengthAt(LETTER_AT, text, i, c);
}

/** Code units of the upper-case letter (\p{Lu}) starting at i, or 0. */
export function upperLetterLengthAt(text: string, i: number): number {
  const c = codeAt(text, i);
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : 0;
  return propertyLengthAt(UPPER_AT, text, i, c);
}

function propertyLengthAt(pattern: RegExp, text: string, i: number, c: number): number {
  if (Number.isNaN(c)) return 0;
  pattern.lastIndex = i;
  if (!pattern.test(text)) return 0;
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Calls `visit(start, end)` for each word of `text` as `/F[\p{L}'’-]*` + `/gu` finds it, where
 * F is one letter of the kind `firstLetterLength` measures (`letterLengthAt`, `upperLetterLengthAt`)
 * and, with `minTail` 1, at least one letter, apostrophe or hyphen must follow it. No match object
 * is allocated per word.
 */
export function forEachWord(
  text: string,
  firstLetterLength: (text: string, i: number) => number,
  minTail: 0 | 1,
  visit: (start: number, end: number) => void,
): void {
  let i = 0;
  while (i < text.length) {
    const first = firstLetterLength(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const end = wordTailEnd(text, i + first);
    if (end - (i + first) >= minTail) visit(i, end);
    i = end;
  }
}

/**
 * End of the run of letters, apostrophes and hyphens from i (the tail of a
 * `[\p{L}][\p{L}'’-]*` word). Returns i when none follows.
 */
function wordTailEnd(text: string, i: number): number {
  let p = i;
  for (;;) {
    const c = codeAt(text, p);
    if (c === 0x27 || c === 0x2019 || c === 0x2d) {
      p++;
      continue;
    }
    const length = letterLengthAt(text, p);
    if (length === 0) return p;
    p += length;
  }
}
