import type { Sentence } from '../sentence';
import { tokenize, type Token } from '../tokenizer';

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
