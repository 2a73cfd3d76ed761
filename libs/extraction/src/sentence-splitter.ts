import {
  INLINE_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
  TRAILING_ABBREVIATIONS,
} from './abbreviations';
import { stageDirectionLength } from './claims/dateline';
import { QuoteTracker } from './quote-tracker';
import type { QuoteSpan, Sentence } from './sentence';
import {
  isCjkTerminal,
  isCloser,
  isDash,
  isDigit,
  isLineBreak,
  isLowerAt,
  isOpener,
  isSpace,
  isStrongTerminal,
  isTerminal,
  isUpperAt,
  isWordChar,
} from './text-chars';

export interface SplitOptions {
  /**
   * Longest sentence returned, in UTF-16 code units (default 2000). Longer runs
   * of text without a sentence end (tables, garbage, a 1 MB line) are cut at the
   * last space before the limit, so later stages never get a megabyte "claim".
   */
  maxSentenceLength?: number;
}

export interface Segmentation {
  sentences: Sentence[];
  quotes: QuoteSpan[];
}

export const DEFAULT_MAX_SENTENCE_LENGTH = 2000;
const MIN_MAX_SENTENCE_LENGTH = 20;
/** Abbreviations are short; looking further back for the word before a period only costs time. */
const MAX_TOKEN_LOOKBACK = 32;
const MAX_WORD_LOOKAHEAD = 24;

interface RawSpan {
  start: number;
  end: number;
  paragraph: number;
  lineStart: number;
}

type NextKind = 'end' | 'lower' | 'upper' | 'digit' | 'other';

interface NextWord {
  kind: NextKind;
  start: number;
  end: number;
}

/**
 * Splits text into sentences with their quote context. Single pass over the
 * text plus bounded look-around at candidate ends, so linear in its length.
 *
 * Rules, in short:
 * - Every line break ends a sentence (a heading or list item without final
 *   punctuation is a sentence of its own). Blank lines produce nothing.
 * - A list marker at the start of a line ("- ", "• ", "1. ", "a) ", "(2) ") is
 *   not part of the sentence.
 * - A sentence can end at . ? ! … (and runs of them), followed by any closing
 *   quotes or brackets, followed by whitespace or the end of the line. Marks
 *   glued to the next character never end a sentence: 3.5, U.S.A, e.g., a.m.,
 *   “Eastbridge,” (a comma before the closing quote is not an end either, which is
 *   what keeps an attribution with the quote's last sentence).
 * - ? and ! end a sentence unless the next word is lower case ("“Why?” he asked").
 * - An ellipsis ends a sentence only when a capitalised word follows.
 * - After a period: a lower-case next word never starts a sentence. Titles
 *   (Mr., Gen., Dr., St. …) never end one; "No." and months continue before a
 *   number. Initialisms (U.S., U.N.), initials (W.) and company/suffix
 *   abbreviations (Inc., Jr., etc.) end a sentence only when the next word is a
 *   likely sentence starter ("… to the U.S. The next day" splits; "U.S.
 *   President" and "George W. Bush" do not). A sentence ending in "U.S."
 *   followed by a name ("… the U.S. Trump said") is therefore not split: a
 *   known, accepted miss, cheaper than splitting every "U.S. Army".
 * - Segments with no letter or digit ("* * *", "—") are dropped.
 */
export function segmentText(text: string, options: SplitOptions = {}): Segmentation {
  const maxLength = normaliseMaxLength(options.maxSentenceLength);
  const spans: RawSpan[] = [];
  const n = text.length;
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = lineStart;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    const before = spans.length;
    splitLine(text, lineStart, lineEnd, paragraph, maxLength, spans);
    if (spans.length > before) paragraph++;
    lineStart = lineEnd + 1;
  }
  return annotateQuotes(text, spans);
}

/** Sentences of `text`; see `segmentText` for the rules. */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  return segmentText(text, options).sentences;
}

function normaliseMaxLength(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_MAX_SENTENCE_LENGTH;
  return Math.max(MIN_MAX_SENTENCE_LENGTH, Math.floor(value));
}

function splitLine(text: string, lineStart: number, lineEnd: number, paragraph: number, maxLength: number, out: RawSpan[]): void {
  let s = lineStart;
  while (s < lineEnd && isSpace(text.charCodeAt(s))) s++;
  if (s >= lineEnd) return;
  s = skipListMarker(text, s, lineEnd);

  let sentenceStart = s;
  let i = s;
  while (i < lineEnd) {
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let strong = false;
    let ellipsis = false;
    let cjk = false;
    while (j < lineEnd) {
      const c = text.charCodeAt(j);
      if (!isTerminal(c)) break;
      if (isStrongTerminal(c)) strong = true;
      else if (c === 0x2026) ellipsis = true;
      if (isCjkTerminal(c)) cjk = true;
      j++;
    }
    if (!strong && j - i >= 2) ellipsis = true; // ".." or "..."
    let k = j;
    while (k < lineEnd && isCloser(text.charCodeAt(k))) k++;
    const glued = k < lineEnd && !isSpace(text.charCodeAt(k));
    if (glued && !cjk) {
      i = k;
      continue;
    }
    // "Jo Roe (Greens). – Madam President, …": a verbatim report's speaker label, ended by a full stop and a spaced dash.
    if (sentenceStart === s && j - i === 1 && text.charCodeAt(i) === 0x2e && opensWithLabelDash(text, s, i, k, lineEnd)) {
      i = k;
      continue;
    }
    if (cjk || endsSentence(text, i, j, k, lineEnd, sentenceStart, strong, ellipsis)) {
      emit(text, sentenceStart, k, paragraph, lineStart, maxLength, out);
      sentenceStart = k;
    }
    i = k;
  }
  emit(text, sentenceStart, lineEnd, paragraph, lineStart, maxLength, out);
}

/** A verbatim report's speaker label is at most this long: "Name, President-in-Office of the Council" and room to spare. */
const MAX_LABEL_BEFORE_DASH = 100;

/** One to four capitalised words: a name ("Ada Holm", "Jo de Vries" not) or an office ("President"). */
const LABEL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*$/u;

/**
 * The full stop at i closes a speaker label opening the line at s ("President. – ", "Jo Roe, rapporteur. – ", "Jo Roe
 * (Greens). – "): capitalised words open the line, before any comma or bracket, no other mark of a sentence's end comes
 * before, and an en or em dash between spaces follows it, then the turn's words.
 */
function opensWithLabelDash(text: string, s: number, i: number, k: number, lineEnd: number): boolean {
  if (i - s > MAX_LABEL_BEFORE_DASH || !isUpperAt(text, s)) return false;
  if (k >= lineEnd || !isSpace(text.charCodeAt(k))) return false;
  // The name or office before any comma or bracket is capitalised words only: "Fees rose. – Then …" is two sentences.
  if (!LABEL_NAME.test(text.slice(s, i).split(/[,(]/u, 1)[0] as string)) return false;
  let n = k;
  while (n < lineEnd && isSpace(text.charCodeAt(n))) n++;
  const dash = text.charCodeAt(n);
  return (dash === 0x2013 || dash === 0x2014) && n + 1 < lineEnd && isSpace(text.charCodeAt(n + 1));
}

/** Returns the index after a leading list marker and its spaces, or `s` if there is none. */
function skipListMarker(text: string, s: number, lineEnd: number): number {
  const c = text.charCodeAt(s);
  let m = -1;
  // Bullets: - * • · ‣ ◦ ▪ ● – — and markdown headings / block quotes.
  if (
    c === 0x2d ||
    c === 0x2a ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x2023 ||
    c === 0x25e6 ||
    c === 0x25aa ||
    c === 0x25cf ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x3e
  ) {
    m = s + 1;
  } else if (c === 0x23) {
    m = s;
    while (m < lineEnd && m - s < 6 && text.charCodeAt(m) === 0x23) m++;
  } else {
    // 1. 12) (3) a) (b) iv.  — digits up to 3, one letter, or a short lower-case roman numeral.
    let p = s;
    const paren = c === 0x28;
    if (paren) p++;
    const bodyStart = p;
    while (p < lineEnd && p - bodyStart < 3 && isDigit(text.charCodeAt(p))) p++;
    let body = p - bodyStart;
    let lowerLetters = false;
    if (body === 0) {
      while (p < lineEnd && p - bodyStart < 4 && isRomanOrLetter(text.charCodeAt(p))) p++;
      body = p - bodyStart;
      lowerLetters = body > 0 && isLowerAt(text, bodyStart);
      // A single capital letter + "." is an initial ("J. R. R. Tolkien"), not a marker.
      if (body > 1 && !/^(?:i{1,3}|iv|vi{0,3}|ix|x)$/.test(text.slice(bodyStart, p))) body = 0;
    }
    if (body > 0 && p < lineEnd) {
      const close = text.charCodeAt(p);
      const digits = isDigit(text.charCodeAt(bodyStart));
      if (paren ? close === 0x29 : close === 0x29 || (close === 0x2e && (digits || lowerLetters))) m = p + 1;
    }
  }
  if (m < 0 || m >= lineEnd || !isSpace(text.charCodeAt(m))) return s;
  while (m < lineEnd && isSpace(text.charCodeAt(m))) m++;
  return m;
}

function isRomanOrLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Decides whether the terminal run text[i, j) followed by closers up to k ends
 * the sentence. Only called when whitespace or the end of the line follows.
 */
function endsSentence(
  text: string,
  i: number,
  j: number,
  k: number,
  lineEnd: number,
  sentenceStart: number,
  strong: boolean,
  ellipsis: boolean,
): boolean {
  const next = peekNextWord(text, k, lineEnd);
  if (next.kind === 'end') return true;
  // "“Who moved the fence?” Roe said.": a closing quote then a speech clause continues the sentence.
  if (strong && k > j && next.kind === 'upper' && speechClauseFollows(text, next.start, lineEnd)) return false;
  if (strong) return next.kind !== 'lower';
  if (ellipsis) return next.kind === 'upper';
  if (next.kind === 'lower') return false;

  // A single period: look at the word before it.
  let t = i;
  while (t > sentenceStart && i - t < MAX_TOKEN_LOOKBACK) {
    const c = text.charCodeAt(t - 1);
    if (isSpace(c) || isOpener(c) || isDash(c) || c === 0x2f) break;
    t--;
  }
  if (t === i) return true;
  const token = text.slice(t, i);
  const key = token.toLowerCase();
  const capitalised = isUpperAt(text, t);

  if (capitalised && TITLE_ABBREVIATIONS.has(key)) return false;
  // "Q. How many?" opening a sentence is a transcript's label, not a sentence of its own.
  if (t === sentenceStart && (token === 'Q' || token === 'A')) return false;
  if (INLINE_ABBREVIATIONS.has(key)) return false;
  if (next.kind === 'digit' && (NUMBER_ABBREVIATIONS.has(key) || (capitalised && MONTH_ABBREVIATIONS.has(key)))) return false;
  const ambiguous =
    TRAILING_ABBREVIATIONS.has(key) || (capitalised && MONTH_ABBREVIATIONS.has(key)) || isSingleLetter(text, t, i) || isInitialism(token);
  if (ambiguous) return next.kind === 'upper' && isSentenceStarter(text, next);
  return true;
}

/** Verbs of a short clause that attributes a quote ending in ? or !: "Roe said", "asked Dr. Roe", "she shouted". */
const QUOTE_CLAUSE_VERBS = new Set(['said', 'says', 'asked', 'asks', 'added', 'replied', 'shouted', 'cried', 'wrote', 'told', 'insisted']);
/** A speech clause is at most this many words before its verb: "Deputy Mayor Jane Roe said". */
const MAX_CLAUSE_WORDS = 5;

function speechClauseFollows(text: string, from: number, lineEnd: number): boolean {
  let p = from;
  for (let words = 0; words <= MAX_CLAUSE_WORDS && p < lineEnd; words++) {
    const start = p;
    while (p < lineEnd && (isWordChar(text.charCodeAt(p)) || text.charCodeAt(p) === 0x2e)) p++;
    if (p === start) return false;
    if (QUOTE_CLAUSE_VERBS.has(text.slice(start, p).replace(/\.+$/, '').toLowerCase())) return true;
    if (p < lineEnd && !isSpace(text.charCodeAt(p))) return false; // a comma or a mark: no short clause
    while (p < lineEnd && isSpace(text.charCodeAt(p))) p++;
  }
  return false;
}

function peekNextWord(text: string, k: number, lineEnd: number): NextWord {
  let n = k;
  while (n < lineEnd && isSpace(text.charCodeAt(n))) n++;
  if (n >= lineEnd) return { kind: 'end', start: n, end: n };
  // "That's not right. [laughs] Sorry, …": a transcript's stage direction is passed over, to the word after it.
  n += Math.min(stageDirectionLength(text, n), lineEnd - n);
  while (n < lineEnd && isOpener(text.charCodeAt(n))) n++;
  if (n >= lineEnd) return { kind: 'other', start: n, end: n };
  let e = n;
  while (e < lineEnd && e - n < MAX_WORD_LOOKAHEAD && isWordChar(text.charCodeAt(e))) e++;
  const c = text.charCodeAt(n);
  const kind: NextKind = isDigit(c) ? 'digit' : isUpperAt(text, n) ? 'upper' : isLowerAt(text, n) ? 'lower' : 'other';
  return { kind, start: n, end: e };
}

function isSentenceStarter(text: string, next: NextWord): boolean {
  // A lone capital followed by a period is another initial ("J. R. R."), not "A" or "I".
  if (next.end - next.start === 1 && text.charCodeAt(next.end) === 0x2e) return false;
  return SENTENCE_STARTERS.has(text.slice(next.start, next.end).toLowerCase());
}

function isSingleLetter(text: string, t: number, i: number): boolean {
  return i - t === 1 && isWordChar(text.charCodeAt(t)) && !isDigit(text.charCodeAt(t));
}

/** "U.S", "U.N", "E.U", "D.C" (the final period is not part of the token). */
function isInitialism(token: string): boolean {
  if (token.length < 3 || token.length % 2 === 0) return false;
  for (let p = 0; p < token.length; p++) {
    const c = token.charCodeAt(p);
    if (p % 2 === 1 ? c !== 0x2e : !isWordChar(c) || isDigit(c)) return false;
  }
  return true;
}

/** Trims, drops wordless segments and cuts over-long ones, then records the span. */
function emit(text: string, from: number, to: number, paragraph: number, lineStart: number, maxLength: number, out: RawSpan[]): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  while (b - a > maxLength) {
    let cut = a + maxLength;
    const floor = a + (maxLength >> 1);
    let space = cut;
    while (space > floor && !isSpace(text.charCodeAt(space))) space--;
    if (space > floor) cut = space;
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--; // never split an emoji in two
    pushSpan(text, a, cut, paragraph, lineStart, out);
    a = cut;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
  }
  pushSpan(text, a, b, paragraph, lineStart, out);
}

function pushSpan(text: string, a: number, b: number, paragraph: number, lineStart: number, out: RawSpan[]): void {
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b <= a) return;
  let hasWord = false;
  for (let p = a; p < b && !hasWord; p++) hasWord = isWordChar(text.charCodeAt(p));
  if (hasWord) out.push({ start: a, end: b, paragraph, lineStart });
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Second pass: walk each paragraph's characters once to give sentences their quote context. */
function annotateQuotes(text: string, spans: RawSpan[]): Segmentation {
  const tracker = new QuoteTracker();
  const sentences: Sentence[] = [];
  let previous: RawSpan | undefined;
  for (const span of spans) {
    let feedFrom = span.lineStart;
    if (previous && previous.paragraph === span.paragraph) feedFrom = previous.end;
    else if (previous) closeParagraph(text, tracker, previous.end);
    tracker.feed(text, feedFrom, span.start, false);
    tracker.beginSentence();
    tracker.feed(text, span.start, span.end, true);
    sentences.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      quote: tracker.endSentence(),
    });
    previous = span;
  }
  if (previous) closeParagraph(text, tracker, previous.end);
  return { sentences, quotes: tracker.quotes };
}

/** Feeds the rest of the line after the paragraph's last sentence (a stray closing mark may sit there) and ends the paragraph. */
function closeParagraph(text: string, tracker: QuoteTracker, from: number): void {
  let e = from;
  let lastNonSpace = from;
  while (e < text.length && !isLineBreak(text.charCodeAt(e))) {
    if (!isSpace(text.charCodeAt(e))) lastNonSpace = e + 1;
    e++;
  }
  tracker.feed(text, from, lastNonSpace, false);
  tracker.endParagraph(lastNonSpace);
}
