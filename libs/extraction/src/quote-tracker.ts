import type { QuoteSpan, SentenceQuote } from './sentence';
import { isDigit, isSpace, isWordChar } from './text-chars';

// Double-quote styles are direct quotes wherever they stand: “…”, "…", „…“, «…», 「…」.
// Single quotes (‘…’, '…') are the main quote marks of British news, but elsewhere
// they are scare quotes or nested quotes, and ’ is mostly an apostrophe ("It’s").
// So a single mark opens a direct quote only where a sentence starts (a paragraph's
// first mark, or after . ! ? or a colon) and is followed by a letter; it closes on
// a ’ or ' that no word follows and that ends the quoted words: after punctuation
// ("…,’ she said") or a letter other than a plural possessive's s ("the workers’ pay").
function opensOnly(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0xab || c === 0x201f || c === 0x300c || c === 0x300e;
}

function closesOnly(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x300d || c === 0x300f;
}

const STRAIGHT = 0x22;
const LEFT_CURLY = 0x201c;
const LOW_CURLY = 0x201e;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const STRAIGHT_SINGLE = 0x27;

function isLetterAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return p < text.length && isWordChar(c) && !isDigit(c);
}

/** Punctuation that ends the words of a quote before its closing mark. */
function endsQuotedWords(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2d
  );
}

/** A single mark at `p` where a sentence starts, before a letter: the opening of a single-quoted quote. */
function opensSingleQuote(text: string, p: number, firstInParagraph: boolean): boolean {
  const c = text.charCodeAt(p);
  if ((c !== LEFT_SINGLE && c !== STRAIGHT_SINGLE) || !isLetterAt(text, p + 1)) return false;
  if (firstInParagraph) return true;
  let q = p - 1;
  if (q < 0 || !isSpace(text.charCodeAt(q))) return false;
  while (q >= 0 && isSpace(text.charCodeAt(q))) q--;
  if (q < 0) return true;
  let b = text.charCodeAt(q);
  // A sentence ended by a closed quote: "… in here.’ ‘We …"
  if ((b === RIGHT_SINGLE || b === STRAIGHT_SINGLE || closesOnly(b) || b === STRAIGHT) && q > 0) b = text.charCodeAt(q - 1);
  return b === 0x2e || b === 0x21 || b === 0x3f || b === 0x3a;
}

/** A ’ or ' at `p` that closes a single-quoted quote (not an apostrophe inside or at the end of a word). */
function closesSingleQuote(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c !== RIGHT_SINGLE && c !== STRAIGHT_SINGLE) return false;
  if (p + 1 < text.length && isWordChar(text.charCodeAt(p + 1))) return false;
  if (p === 0) return false;
  const b = text.charCodeAt(p - 1);
  if (endsQuotedWords(b)) return true;
  if (!isWordChar(b)) return false;
  const plural = b === 0x73 && p + 1 < text.length && isSpace(text.charCodeAt(p + 1));
  return !plural;
}

/**
 * Follows direct quotes through a text, one paragraph at a time, and measures
 * how much of each sentence is quoted. Feed characters in order; call
 * `endParagraph` at each paragraph end and `beginSentence` / `endSentence`
 * around each sentence. Linear in the characters fed.
 */
export class QuoteTracker {
  readonly quotes: QuoteSpan[] = [];
  private inside = false;
  private opener = 0;
  /** The open quote is single-quoted: only a single closing mark ends it, double marks inside are nested. */
  private single = false;
  private currentId = -1;
  /** Quote left open at the end of the previous paragraph; continues if the next one opens with a quote mark. */
  private pendingId: number | null = null;
  private paragraphFresh = true;
  // Per-sentence accumulators.
  private sentenceId = -1;
  private insideChars = 0;
  private outsideChars = 0;
  private quotedWords = 0;
  private inWord = false;

  /** Start measuring a sentence with the current quote state. */
  beginSentence(): void {
    this.sentenceId = -1;
    this.insideChars = 0;
    this.outsideChars = 0;
    this.quotedWords = 0;
    this.inWord = false;
  }

  endSentence(): SentenceQuote | null {
    if (this.insideChars === 0 || this.sentenceId < 0) return null;
    return {
      id: this.sentenceId,
      coverage: this.outsideChars > 0 ? 'partial' : 'full',
      quotedWords: this.quotedWords,
    };
  }

  /** Treat the text as starting inside a quote whose opening mark is not part of it. */
  startInside(at: number): void {
    this.openQuote(at, LEFT_CURLY, false);
  }

  /**
   * Feed `text[from, to)`. `counting` is false for the gaps between sentences,
   * which still move the quote state (a stray mark there must not be lost).
   */
  feed(text: string, from: number, to: number, counting: boolean): void {
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      // Most characters are ASCII and no quote mark, within a paragraph already begun: they are only
      // counted (the tests below call helpers the compiler does not inline, a fifth of the scan's cost),
      // a run of them at a time (`countPlain`), with the counters in locals.
      if (c < 0x80 && c !== STRAIGHT && c !== STRAIGHT_SINGLE && !this.paragraphFresh) {
        p = this.countPlain(text, p, to, counting) - 1;
        continue;
      }
      let first = false;
      if (this.paragraphFresh && !isSpace(c)) {
        this.paragraphFresh = false;
        first = true;
      }
      if (this.inside && this.single) {
        if (closesSingleQuote(text, p)) {
          this.closeQuote(p);
          this.inWord = false;
        } else this.count(c, counting);
      } else if (!this.inside && opensSingleQuote(text, p, first)) {
        this.openQuote(p, c, first);
        this.single = true;
        this.inWord = false;
      } else if (opensOnly(c)) {
        if (!this.inside) this.openQuote(p, c, first);
        else if (c === LEFT_CURLY && this.opener === LOW_CURLY) this.closeQuote(p); // German „…“
        this.inWord = false;
      } else if (closesOnly(c)) {
        if (this.inside) this.closeQuote(p);
        // A ” used as an opener (sloppy typesetting): space before, word after.
        else if ((p === 0 || isSpace(text.charCodeAt(p - 1))) && isWordChar(text.charCodeAt(p + 1))) this.openQuote(p, c, first);
        this.inWord = false;
      } else if (c === STRAIGHT) {
        if (this.inside) this.closeQuote(p);
        else if (p === 0 || !isDigit(text.charCodeAt(p - 1))) this.openQuote(p, c, first); // 12" is inches
        this.inWord = false;
      } else {
        this.count(c, counting);
      }
      if (first && this.pendingId !== null) this.pendingId = null;
    }
  }

  /**
   * `count` for each character from `from` up to the first one before `to` that is not ASCII or is a quote
   * mark, whose index it returns: the quote state does not change within such a run, so the counters are
   * kept in locals and stored once.
   */
  private countPlain(text: string, from: number, to: number, counting: boolean): number {
    let p = from;
    let inWord = this.inWord;
    let letters = 0;
    let words = 0;
    for (; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c >= 0x80 || c === STRAIGHT || c === STRAIGHT_SINGLE) break;
      // ASCII letters and digits are isWordChar's ASCII part; no apostrophe reaches here.
      if (counting && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        letters++;
        if (!inWord) words++;
        inWord = true;
      } else {
        inWord = false;
      }
    }
    if (letters > 0) {
      if (this.inside) {
        this.insideChars += letters;
        this.quotedWords += words;
        if (this.sentenceId < 0) this.sentenceId = this.currentId;
      } else {
        this.outsideChars += letters;
      }
    }
    this.inWord = inWord;
    return p;
  }

  /** Counts a character that is no quote mark into the sentence's quoted or unquoted letters. */
  private count(c: number, counting: boolean): void {
    if (!counting) {
      this.inWord = false;
    } else if (isWordChar(c)) {
      if (this.inside) {
        this.insideChars++;
        if (!this.inWord) this.quotedWords++;
        if (this.sentenceId < 0) this.sentenceId = this.currentId;
      } else {
        this.outsideChars++;
      }
      this.inWord = true;
    } else if (!((c === RIGHT_SINGLE || c === STRAIGHT_SINGLE) && this.inWord)) {
      // An apostrophe inside a word ("It’s") does not start a new word.
      this.inWord = false;
    }
  }

  /** `end` is the exclusive end of the paragraph's last character. */
  endParagraph(end: number): void {
    if (this.inside) {
      const span = this.quotes[this.currentId];
      if (span) span.end = end;
      this.pendingId = this.currentId;
      this.inside = false;
    } else {
      this.pendingId = null;
    }
    this.paragraphFresh = true;
  }

  private openQuote(p: number, c: number, firstInParagraph: boolean): void {
    let id: number;
    if (firstInParagraph && this.pendingId !== null) {
      id = this.pendingId; // the same quote continues into this paragraph
    } else {
      id = this.quotes.length;
      this.quotes.push({ id, start: p, end: p + 1 });
    }
    this.pendingId = null;
    this.inside = true;
    this.single = false;
    this.opener = c;
    this.currentId = id;
  }

  private closeQuote(p: number): void {
    const span = this.quotes[this.currentId];
    if (span) span.end = p + 1;
    this.inside = false;
  }
}

/**
 * Quote context of a sentence seen on its own (no surrounding text). A closing
 * mark with no opening mark before it means the sentence began inside a quote,
 * as the last sentence of a multi-sentence quote does.
 */
export function measureQuote(text: string): SentenceQuote | null {
  const tracker = new QuoteTracker();
  if (startsInsideQuote(text)) tracker.startInside(0);
  tracker.beginSentence();
  tracker.feed(text, 0, text.length, true);
  return tracker.endSentence();
}

/** The text begins inside a quote opened before it: a closing mark comes before any opening one ("… was shut,\" she said."). */
export function startsInsideQuote(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (opensOnly(c)) return false;
    if (closesOnly(c)) return true;
    if (c === STRAIGHT) {
      if (p > 0 && isDigit(text.charCodeAt(p - 1))) continue; // 12" is inches
      // A straight quote glued to the word before it and not to the word after closes a quote.
      const before = p > 0 && !isSpace(text.charCodeAt(p - 1));
      const after = p + 1 < text.length && isWordChar(text.charCodeAt(p + 1));
      return before && !after;
    }
  }
  return false;
}
