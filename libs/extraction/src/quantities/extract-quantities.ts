import { tokenize, type Token } from '../tokenizer';
import { matchAmount, matchBoundedAmount } from './amount';
import { BOUND_PHRASES_BY_FIRST_WORD } from './bounds';
import { matchDate } from './dates';
import { CARDINALS, FRACTION_WORDS, ORDINALS, PLURAL_MAGNITUDES, SCALE_POWERS, VAGUE_MULTIPLIERS } from './number-words';
import type { Quantity } from './quantity';
import type { QuantityMatch } from './quantity-match';
import { TokenStream } from './token-stream';
import { CURRENCY_CODES, DOLLAR_PREFIXES } from './units';

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
  const stream = new TokenStream(text, tokens);
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
    [...CARDINALS.keys(), ...SCALE_POWERS.keys(), ...PLURAL_MAGNITUDES.keys(), ...ORDINALS.keys(), 'a', 'an', 'half', 'many', 'several'],
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

function matchAt(s: TokenStream, i: number): QuantityMatch | null {
  const token = s.at(i) as Token;
  let starts: number;
  if (token.numeric || token.lower.includes('-')) starts = Starts.bounded | Starts.date | Starts.amount;
  else if (token.capitalised && (CURRENCY_CODES.has(token.text) || DOLLAR_PREFIXES.has(token.text))) starts = Starts.amount;
  else starts = STARTS.get(token.lower) ?? 0;
  if (starts === 0) return null;
  if ((token.lower === 'a' || token.lower === 'an') && !AFTER_ARTICLE.has(s.lower(i + 1))) starts &= ~Starts.amount;
  return (
    (starts & Starts.bounded ? matchBoundedAmount(s, i) : null) ??
    (starts & Starts.date ? matchDate(s, i) : null) ??
    (starts & Starts.amount ? matchAmount(s, i, null) : null)
  );
}
