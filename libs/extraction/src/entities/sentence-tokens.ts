import type { Sentence } from '../sentence';
import { newToken, tokenize, type Token } from '../tokenizer';

/** The tokens of a text, and which of them belong to which sentence. */
export interface SentenceTokens {
  tokens: Token[];
  /** Sentence s owns tokens[first[s], end[s]). Tokens outside every sentence (list markers) belong to none. */
  first: Int32Array;
  end: Int32Array;
}

/** Tokenises `text` once and maps its tokens onto `sentences` (which must be in text order). Linear. */
export function tokenizeSentences(text: string, sentences: readonly Sentence[]): SentenceTokens {
  const tokens = tokenize(text);
  const first = new Int32Array(sentences.length);
  const end = new Int32Array(sentences.length);
  let t = 0;
  sentences.forEach((sentence, s) => {
    while (t < tokens.length && (tokens[t] as Token).start < sentence.start) t++;
    first[s] = t;
    while (t < tokens.length && (tokens[t] as Token).end <= sentence.end) t++;
    end[s] = t;
  });
  return { tokens, first, end };
}

/**
 * `tokenize(text.slice(start, end))` for a span of the article, from the article's tokens
 * when no token crosses the span's edges: the scanner decides a token's extent from the
 * token and the character after it alone, so the tokens are the same, rebased. The last
 * token's `breakAfter` is false, as it is at the end of a text. `from`: the first token of
 * the span's sentence; the token before it is looked at too, in case it crosses `start`.
 */
export function tokensOfSpan(text: string, tokens: readonly Token[], from: number, start: number, end: number): Token[] {
  let t = Math.max(0, from - 1);
  while (t < tokens.length && (tokens[t] as Token).end <= start) t++;
  const out: Token[] = [];
  for (; t < tokens.length && (tokens[t] as Token).start < end; t++) {
    const token = tokens[t] as Token;
    if (token.start < start || token.end > end) return tokenize(text.slice(start, end));
    out.push(
      newToken(
        token.text,
        token.lower,
        token.id,
        token.start - start,
        token.end - start,
        token.capitalised,
        token.numeric,
        token.breakAfter,
      ),
    );
  }
  const last = out[out.length - 1];
  if (last) last.breakAfter = false;
  return out;
}
