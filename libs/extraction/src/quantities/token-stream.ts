import { isLineBreak, isSpace } from '../text-chars';
import { lowerAt, type Token } from '../tokenizer';

/**
 * The tokens of a text with the questions the quantity scanner asks about
 * them. Out-of-range indices answer "nothing there" instead of throwing, so
 * the matchers can look ahead and behind freely.
 */
export class TokenStream {
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  get length(): number {
    return this.tokens.length;
  }

  // Indices below 0 are answered without reading the array (`lowerAt` says why).
  at(i: number): Token | undefined {
    return i >= 0 ? this.tokens[i] : undefined;
  }

  /** Lower-case form of token i, or '' when there is none. */
  lower(i: number): string {
    return lowerAt(this.tokens, i);
  }

  numeric(i: number): boolean {
    return this.at(i)?.numeric ?? false;
  }

  capitalised(i: number): boolean {
    return this.at(i)?.capitalised ?? false;
  }

  /** The characters between token i and token i + 1 ('' at the edges). */
  gap(i: number): string {
    const left = this.at(i);
    const right = this.at(i + 1);
    if (!left || !right) return '';
    return this.text.slice(left.end, right.start);
  }

  /** Tokens i and i + 1 are separated by spaces only, within one line: they can belong to one phrase. */
  joined(i: number): boolean {
    const left = this.at(i);
    const right = this.at(i + 1);
    if (!left || !right || right.start === left.end) return false;
    for (let p = left.end; p < right.start; p++) {
      const c = this.text.charCodeAt(p);
      if (!isSpace(c) || isLineBreak(c)) return false;
    }
    return true;
  }

  /** Tokens i..i+words.length-1 are `words` (lower case), joined by spaces. */
  matches(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      if (this.lower(i + k) !== words[k]) return false;
      if (k > 0 && !this.joined(i + k - 1)) return false;
    }
    return true;
  }

  /** Character code just before token i, or NaN. */
  charBefore(i: number): number {
    const token = this.tokens[i];
    return token ? this.text.charCodeAt(token.start - 1) : NaN;
  }

  /** Character code just after token i, or NaN. */
  charAfter(i: number): number {
    const token = this.tokens[i];
    return token ? this.text.charCodeAt(token.end) : NaN;
  }
}
