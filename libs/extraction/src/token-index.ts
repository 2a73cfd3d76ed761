import type { Token } from './tokenizer';

/**
 * The indexes of the tokens under each key (a token's text as written, or its lower-case word), in text order. A pass
 * looking for a word's mentions reads them here instead of scanning every token of the article: such a scan at each
 * of a long text's sentences or labels made the engine quadratic in the text's length.
 */
export function indexTokens(tokens: readonly Token[], key: (token: Token) => string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let t = 0; t < tokens.length; t++) {
    const k = key(tokens[t] as Token);
    const mentions = index.get(k);
    if (mentions) mentions.push(t);
    else index.set(k, [t]);
  }
  return index;
}
