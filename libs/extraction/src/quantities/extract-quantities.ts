import { tokenize, type Token } from '../tokenizer';
import { matchAmount, matchBoundedAmount } from './amount';
import { BOUND_PHRASES_BY_FIRST_WORD, GLUED_CIRCA } from './bounds';
import { matchDate } from './dates';
import { CARDINALS, FRACTION_WORDS, ORDINALS, PLURAL_MAGNITUDES, SCALE_POWERS, VAGUE_MULTIPLIERS } from './number-words';
import type { Quantity } from './quantity';
import type { QuantityMatch } from './quantity-match';
import { TokenStream } from './token-stream';
import { CURRENCY_CODES, DOLLAR_PREFIXES } from './units';
import { NO_WORD_ID, wordIdOf, wordMemo, wordOf } from '../word-ids';

/**
 * Amounts, dates and ordinals in `text`, normalised (see `Quantity` for the
 * conventions), in text order and never overlapping. Offsets are `offset` +
 * the index in `text`, so a sentence's quantities can be given article
 * offsets: `extractQuantities(sentence.text, sentence.start)`.
 *
 * One left-to-right pass over the tokens; at each token that can start a
 * quantity the matchers try, in order, a bounded amount ("over 65,000
 * Chileans"), a date ("Dec. 7", "in 2016"), then a plain amount ("2,480
 * people"). Each looks at most a few tokens ahead, so the cost is linear in
 * the text. Never throws.
 */
export function extractQuantities(text: string, offset = 0): Quantity[] {
  const source = typeof text === 'string' ? text : '';
  return extractQuantitiesFromTokens(source, tokenize(source), offset);
}

/**
 * The same, for a caller that already has `tokenize(text)` (tokenising is
 * about a third of the cost): pass the tokens of exactly this text.
 */
export function extractQuantitiesFromTokens(text: string, tokens: readonly Token[], offset = 0): Quantity[] {
  const shift = Number.isFinite(offset) ? offset : 0;
  const stream = new TokenStream(text, withGluedCircaSplit(tokens));
  const quantities: Quantity[] = [];
  let i = 0;
  while (i < stream.length) {
    const match = matchAt(stream, i);
    if (!match) {
      i++;
      continue;
    }
    const { quantity } = match;
    quantity.start += shift;
    quantity.end += shift;
    quantities.push(quantity);
    i = Math.max(match.next, i + 1);
  }
  return quantities;
}

/** Which matchers a word can start: most words start none and cost one lookup. */
const Starts = { bounded: 1, date: 2, amount: 4 } as const;

const MONTH_WORDS = `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`;

const STARTS: ReadonlyMap<string, number> = (() => {
  const starts = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const word of words) starts.set(word, (starts.get(word) ?? 0) | flag);
  };
  add(BOUND_PHRASES_BY_FIRST_WORD.keys(), Starts.bounded);
  add(['between'], Starts.bounded);
  add(['early', 'mid', 'late', ...MONTH_WORDS.split(/\s+/)], Starts.date);
  add(
    [
      ...CARDINALS.keys(),
      ...SCALE_POWERS.keys(),
      ...PLURAL_MAGNITUDES.keys(),
      ...ORDINALS.keys(),
      'a',
      'an',
      'half',
      'quarter',
      'many',
      'several',
    ],
    Starts.amount,
  );
  return starts;
})();

/** Words that must follow "a"/"an" for it to start an amount: "a dozen", "a third of", "a few hundred". */
const AFTER_ARTICLE: ReadonlySet<string> = new Set([
  ...SCALE_POWERS.keys(),
  ...FRACTION_WORDS.keys(),
  ...VAGUE_MULTIPLIERS.keys(),
  'dozen',
  'handful',
]);

/** Bits of `startsOf` beside `Starts`: the word is a currency code or a dollar prefix in lower case, or one of `AFTER_ARTICLE`. */
const CURRENCY_LIKE = 8;
const AFTER_ARTICLE_WORD = 16;
const CURRENCY_WORDS: ReadonlySet<string> = new Set([...CURRENCY_CODES, ...DOLLAR_PREFIXES.keys()].map((word) => word.toLowerCase()));

/** What the scanner knows of a lower-case word, read by its id: one array read where two to three lookups by string were. */
const startsOf = wordMemo(
  (lower: string): number =>
    (STARTS.get(lower) ?? 0) | (CURRENCY_WORDS.has(lower) ? CURRENCY_LIKE : 0) | (AFTER_ARTICLE.has(lower) ? AFTER_ARTICLE_WORD : 0),
);

function matchAt(s: TokenStream, i: number): QuantityMatch | null {
  const token = s.at(i) as Token;
  const known = startsOf(token);
  let starts: number;
  if (token.numeric || token.lower.includes('-')) starts = Starts.bounded | Starts.date | Starts.amount;
  // (a code is written in capitals: the word's lower case says which tokens may be one, their text says)
  else if (token.capitalised && (known & CURRENCY_LIKE) !== 0 && (CURRENCY_CODES.has(token.text) || DOLLAR_PREFIXES.has(token.text)))
    starts = Starts.amount;
  else starts = known & (Starts.bounded | Starts.date | Starts.amount);
  if (starts === 0) return null;
  if (inName(s, i)) return null;
  // "A$412m" is Australian dollars, no article: the prefix's own reading (currencyAt) decides.
  const dollarPrefix = token.text === 'A' && s.gap(i) === '$';
  if ((token.lower === 'a' || token.lower === 'an') && !dollarPrefix && (startsOfAt(s, i + 1) & AFTER_ARTICLE_WORD) === 0)
    starts &= ~Starts.amount;
  return (
    (starts & Starts.bounded ? matchBoundedAmount(s, i) : null) ??
    (starts & Starts.date ? matchDate(s, i) : null) ??
    (starts & Starts.amount ? matchAmount(s, i, null) : null)
  );
}

/**
 * "League Two", "Channel Four", "Apollo Eleven": a number word written with a capital right after a capitalised word,
 * nothing but a space between, is part of a name, no figure. A sentence's first word is never such: a stop or a quote
 * mark stands between it and the word before.
 */
function inName(s: TokenStream, i: number): boolean {
  const token = s.at(i) as Token;
  if (token.numeric || !token.capitalised || !CARDINALS.has(token.lower) || i === 0) return false;
  const before = s.at(i - 1) as Token;
  return before.capitalised && !before.numeric && /^ +$/.test(s.text.slice(before.end, token.start));
}

/** `startsOf` the token at i, 0 past the end. */
function startsOfAt(s: TokenStream, i: number): number {
  const token = s.at(i);
  return token ? startsOf(token) : 0;
}

/**
 * `tokens` with each glued circa ("c.9,000") split into its bound and its number, as "c. 9,000" is tokenised: then the
 * bound reads as one (bounds.ts ABBREVIATED_BOUNDS) and the number is no decimal tail. The same array when there is none.
 */
function withGluedCircaSplit(tokens: readonly Token[]): readonly Token[] {
  let split: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const first = token.lower.charCodeAt(0);
    const glued = !token.numeric && (first === 99 || first === 97) && token.lower.length > 2 ? GLUED_CIRCA.exec(token.lower) : null;
    if (!glued) {
      split?.push(token);
      continue;
    }
    split ??= tokens.slice(0, k);
    const cut = glued[0].length - 1;
    split.push(
      partToken(token.text.slice(0, cut), token.start, false, token.capitalised, false),
      partToken(token.text.slice(cut + 1), token.start + cut + 1, true, false, token.breakAfter),
    );
  }
  return split ?? tokens;
}

function partToken(text: string, start: number, numeric: boolean, capitalised: boolean, breakAfter: boolean): Token {
  const id = wordIdOf(text.toLowerCase());
  const lower = id === NO_WORD_ID ? text.toLowerCase() : wordOf(id);
  return { text, lower, id, start, end: start + text.length, capitalised, numeric, breakAfter };
}
