import type { Sentence } from '../sentence';
import { isDash, isSpace } from '../text-chars';
import { tokenize, type Token } from '../tokenizer';
import { isIndependentClause } from './clause';
import { quotedPositions } from './quoted-ranges';

/** Part of a sentence that is a claim of its own. Offsets are article offsets: `text === article.slice(start, end)`. */
export interface ClaimSpan {
  text: string;
  start: number;
  end: number;
}

/** Conjunctions after a comma that can join two independent clauses. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** A place where a sentence could be cut: the left part ends at `leftEnd`, the right part starts at token `rightToken`. */
interface Boundary {
  leftEnd: number;
  rightToken: number;
}

/**
 * Splits a sentence that joins independently checkable statements into one
 * span per statement; otherwise returns the sentence as its only span.
 *
 * Cuts only at ", and" / ", but" / ", while" / ", whereas" / ", yet", at ";",
 * and at a single spaced dash (" – "; a pair of dashes is a parenthesis), and
 * only when both sides are independent clauses (see `isIndependentClause`):
 * each has its own subject and finite verb and something to check. Never
 * inside a direct quote, never in a list of nouns ("Norway, Chile, and
 * Turkey", "Norway and Chile"), never before an infinitive or a verb without a
 * subject ("…, and to reopen the bridge"), and an attribution tail ("…, the
 * ministry said on Monday") always stays with the clause before it. The
 * conjunction itself belongs to neither part; the final period stays with the
 * last part.
 *
 * Attribution: a sentence-final attribution ("…, and Y happened, the ministry
 * said") stays with the last part only, so callers should attribute the
 * sentence as a whole and give that attribution to all of its parts.
 *
 * `tokensOf` gives `tokenize(sentence.text)`; a caller with the article's tokens saves the pass.
 */
export function splitClaims(sentence: Sentence, tokensOf: () => readonly Token[] = () => tokenize(sentence.text)): ClaimSpan[] {
  const whole = [{ text: sentence.text, start: sentence.start, end: sentence.end }];
  const text = sentence.text;
  if (sentence.quote?.coverage === 'full' || !hasCandidateMark(text)) return whole;
  const tokens = tokensOf();
  const boundaries = findBoundaries(text, tokens);
  if (boundaries.length === 0) return whole;

  const spans: ClaimSpan[] = [];
  let partStart = 0; // token index where the current part starts
  for (let b = 0; b < boundaries.length; b++) {
    const boundary = boundaries[b] as Boundary;
    const left = tokensBefore(tokens, partStart, boundary.leftEnd);
    const rightEnd = boundaries[b + 1]?.leftEnd ?? text.length;
    const right = tokensBefore(tokens, boundary.rightToken, rightEnd);
    if (!isIndependentClause(left, partStart > 0) || !isIndependentClause(right, true)) continue;
    spans.push(span(sentence, partStart === 0 ? 0 : (tokens[partStart] as Token).start, boundary.leftEnd));
    partStart = boundary.rightToken;
  }
  if (spans.length === 0) return whole;
  spans.push(span(sentence, (tokens[partStart] as Token).start, text.length));
  return spans;
}

/** ", and ", ", but " …: built once, not per sentence. */
const CONJUNCTION_JOINS = [...CLAUSE_CONJUNCTIONS].map((conjunction) => `, ${conjunction} `);

/**
 * Cheap test before tokenising: most sentences have no ";", no ", and"-like join and no spaced dash. One pass over the
 * sentence, where a search for each mark and each join read it nine times.
 */
function hasCandidateMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b) return true;
    // " – ", " — ", " - ": a dash between two spaces.
    if ((c === 0x2013 || c === 0x2014 || c === 0x2d) && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return true;
    if (c === 0x2c && text.charCodeAt(i + 1) === 0x20) for (const join of CONJUNCTION_JOINS) if (text.startsWith(join, i)) return true;
  }
  return false;
}

/** Candidate cuts outside quotes, in order. */
function findBoundaries(text: string, tokens: readonly Token[]): Boundary[] {
  const quoted = quotedPositions(text);
  const spacedDashes = countSpacedDashes(text, quoted);
  const boundaries: Boundary[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const left = tokens[i] as Token;
    const right = tokens[i + 1] as Token;
    if (quoted(left.end) || quoted(right.start - 1)) continue;
    const mark = soleMark(text, left.end, right.start);
    if (mark === 0x3b) {
      boundaries.push({ leftEnd: left.end, rightToken: i + 1 });
    } else if (mark === 0x2c && CLAUSE_CONJUNCTIONS.has(right.lower) && tokens[i + 2]) {
      boundaries.push({ leftEnd: left.end, rightToken: i + 2 });
    } else if (spacedDashes === 1 && isDash(mark) && isSpace(text.charCodeAt(left.end)) && isSpace(text.charCodeAt(right.start - 1))) {
      // " – ", " — ", " - ": a dash with a space on both sides.
      boundaries.push({ leftEnd: left.end, rightToken: i + 1 });
    }
  }
  return boundaries;
}

/**
 * The gap text[from, to) trimmed, when that leaves one character: its code, else -1.
 * (What `text.slice(from, to).trim()` would say, without building the strings.)
 */
function soleMark(text: string, from: number, to: number): number {
  let mark = -1;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isTrimmedSpace(c)) continue;
    if (mark >= 0) return -1;
    mark = c;
  }
  return mark;
}

/** What String.prototype.trim removes: the engine's spaces less NEL and the zero-width space. */
function isTrimmedSpace(c: number): boolean {
  return isSpace(c) && c !== 0x85 && c !== 0x200b;
}

function countSpacedDashes(text: string, quoted: (position: number) => boolean): number {
  let count = 0;
  for (let p = 1; p + 1 < text.length; p++) {
    if (isDash(text.charCodeAt(p)) && isSpace(text.charCodeAt(p - 1)) && isSpace(text.charCodeAt(p + 1)) && !quoted(p)) count++;
  }
  return count;
}

/** Tokens from index `from` that end at or before character `end`. */
function tokensBefore(tokens: readonly Token[], from: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < tokens.length && (tokens[i] as Token).end <= end; i++) out.push(tokens[i] as Token);
  return out;
}

/** A trimmed part of the sentence, in article offsets. */
function span(sentence: Sentence, from: number, to: number): ClaimSpan {
  let a = from;
  let b = to;
  while (a < b && isSpace(sentence.text.charCodeAt(a))) a++;
  while (b > a && isSpace(sentence.text.charCodeAt(b - 1))) b--;
  return { text: sentence.text.slice(a, b), start: sentence.start + a, end: sentence.start + b };
}
