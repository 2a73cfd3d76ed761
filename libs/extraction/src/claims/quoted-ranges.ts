import { isSpace, isWordChar } from '../text-chars';

/** Opening-only and closing-only double quote marks; the straight " can be either. */
const STRAIGHT = 0x22;

/** “ „ « (compared, not looked up in a set: every character of a claim is tested). */
function isOpener(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0xab;
}

/** ” » */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0xbb;
}

/**
 * Whether each position of a sentence lies inside a direct quote, as a
 * predicate. A sentence that begins inside a quote (the later sentences of a
 * multi-sentence quote: its first mark is a closing one) starts inside. Like
 * the quote tracker, only double quote marks count: single ones are scare
 * quotes and apostrophes in English news.
 */
export function quotedPositions(text: string): (position: number) => boolean {
  const inQuote = new Uint8Array(text.length);
  let inside = startsInsideQuote(text);
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (!inside && (isOpener(c) || c === STRAIGHT)) inside = true;
    else if (inside && (isCloser(c) || c === STRAIGHT)) {
      inQuote[p] = 1; // the closing mark belongs to the quote
      inside = false;
      continue;
    }
    if (inside) inQuote[p] = 1;
  }
  return (position) => inQuote[position] === 1;
}

function startsInsideQuote(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isOpener(c)) return false;
    if (isCloser(c)) return true;
    if (c === STRAIGHT) {
      // A straight quote glued to the word before it and not to the word after it closes a quote.
      const before = p > 0 && !isSpace(text.charCodeAt(p - 1));
      const after = p + 1 < text.length && isWordChar(text.charCodeAt(p + 1));
      return before && !after;
    }
  }
  return false;
}
