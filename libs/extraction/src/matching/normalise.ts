import { stripAttribution } from './attribution';
import type { MatchWord } from './match-word';
import { CURRENCIES, MATCHING_STOP_WORDS, NEGATIONS, PHRASE_ALIASES, WORD_ALIASES } from './matching-lexicon';
import { spellOutNumbers } from './numbers';
import { scanWords } from './scan-words';
import { stemWord } from './stem';

/** What a claim says, reduced to the words that rewordings keep. */
export interface NormalisedClaim {
  /** Content words in order: lower case, stemmed, numbers as canonical digits; no stop words, no attribution. */
  tokens: string[];
  /** The numbers among `tokens`, in order. */
  numbers: string[];
  /** Tokens written with a capital letter (people, places, organisations), once each. */
  names: string[];
  /** A negation ("not", "never", "no", "n't", "without") is among `tokens`. */
  negated: boolean;
}

/**
 * Reduces a claim to the words two rewordings of it share: lower case, no
 * punctuation or quote marks, numbers in one spelling ("3,179", "one percent",
 * "1.6bn"), attribution removed ("…, X said on Monday"), stop words dropped,
 * light stemming. Never throws; a string without words gives no tokens.
 */
export function normaliseClaim(text: string): NormalisedClaim {
  const words = stripAttribution(spellOutNumbers(joinPhrases(scanWords(typeof text === 'string' ? text : ''))));
  const tokens: string[] = [];
  const numbers: string[] = [];
  const names = new Set<string>();
  let negated = false;
  let currencyBeforeAmount: string | null = null;
  for (const word of words) {
    if (word.isNumber) {
      tokens.push(word.text);
      numbers.push(word.text);
      if (currencyBeforeAmount) tokens.push(currencyBeforeAmount); // "€1.6bn" as "1.6bn euros"
      currencyBeforeAmount = null;
      continue;
    }
    if (currencyBeforeAmount) tokens.push(currencyBeforeAmount);
    currencyBeforeAmount = null;
    const alias = WORD_ALIASES.get(word.text) ?? word.text;
    if (MATCHING_STOP_WORDS.has(alias)) continue;
    if (NEGATIONS.has(alias)) negated = true;
    if (CURRENCIES.has(alias)) {
      currencyBeforeAmount = alias;
      continue;
    }
    const token = stemWord(alias);
    tokens.push(token);
    if (word.capitalised) names.add(token);
  }
  if (currencyBeforeAmount) tokens.push(currencyBeforeAmount);
  return { tokens, numbers, names: [...names], negated };
}

/** "United States" → usa, "per cent" → percent, "air strikes" → strike: two words that are one word elsewhere. */
function joinPhrases(words: MatchWord[]): MatchWord[] {
  const out: MatchWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as MatchWord;
    const next = words[i + 1];
    const phrase = next && !next.breakBefore ? PHRASE_ALIASES.find(([a, b]) => a === word.text && b === next.text) : undefined;
    if (phrase) {
      out.push({ text: phrase[2], isNumber: false, capitalised: word.capitalised, breakBefore: word.breakBefore });
      i++;
    } else {
      out.push(word);
    }
  }
  return out;
}
