/**
 * Runtime side of the check-worthiness model: a logistic-regression scorer over
 * the features of ./features.ts, built from the committed weights JSON.
 *
 * No I/O here: the weights object is passed in (checkworthiness-model.ts
 * imports weights.json and builds the default instance).
 */
import {
  DENSE_FEATURE_NAMES,
  DotProduct,
  HASH_BITS,
  NUM_BUCKETS,
  NUM_DENSE,
  NUM_FEATURES,
  WORD_VECTOR_OFFSET,
  extractFeatures,
} from './features';
import { type FoldedWordScores, type WordVectorTable, foldedTable } from './word-vectors';

/** Format tag written into (and required from) weights.json (2: the folded word-vector scores). */
export const WEIGHTS_FORMAT = 'factdesk-checkworthiness-lr/2';

/** The committed weights file. */
export interface CheckworthinessWeights {
  format: string;
  /** Must equal HASH_BITS of features.ts. */
  hashBits: number;
  /** Whether the dense linguistic features are part of the model (true for the shipped model). */
  dense: boolean;
  /** Intercept. */
  bias: number;
  /** Decision threshold on the [0,1] score: a sentence is check-worthy iff score >= threshold. */
  threshold: number;
  /** Dense feature weights by feature name. */
  denseWeights: Record<string, number>;
  /**
   * Hashed n-gram weights, sparse: bucket k = sum of indexDeltas[0..k], weight = values[k] * scale.
   * Buckets not listed have weight 0 (pruned or never seen in training).
   */
  hashed: { scale: number; indexDeltas: number[]; values: number[] };
  /** The mean word vector's weights folded into one score per word (./word-vectors.ts); absent: no such features. */
  wordScores?: FoldedWordScores;
  /** Free-form training metadata (seed, hyper-parameters, metrics). Not used for scoring. */
  training?: unknown;
}

/** Logistic function, safe for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** A linear (logistic-regression) check-worthiness scorer. */
export class LinearCheckworthinessModel {
  /** Scores as the features are extracted: nothing is stored per sentence. */
  private readonly dot: DotProduct;

  private constructor(
    /** Weights indexed like features.ts (NUM_FEATURES entries). */
    private readonly weights: Float32Array | Float64Array,
    readonly bias: number,
    /** Decision threshold: check-worthy iff scoreSentence(text) >= threshold. */
    readonly threshold: number,
    /** Whether the dense feature block is extracted and used. */
    readonly usesDenseFeatures: boolean,
    /** The folded word scores, whose mean has weight 1 at WORD_VECTOR_OFFSET. */
    private readonly wordVectors?: WordVectorTable,
  ) {
    this.dot = new DotProduct(weights, bias);
  }

  /** Build a model from the weights JSON object. Throws if the format does not match this code. */
  static fromWeights(json: CheckworthinessWeights): LinearCheckworthinessModel {
    if (json.format !== WEIGHTS_FORMAT) throw new Error(`unsupported weights format: ${String(json.format)}`);
    if (json.hashBits !== HASH_BITS) throw new Error(`weights use ${json.hashBits} hash bits, features use ${HASH_BITS}`);
    const { indexDeltas, values, scale } = json.hashed;
    if (indexDeltas.length !== values.length) throw new Error('hashed weights: indexDeltas/values length mismatch');
    const w = new Float32Array(NUM_FEATURES + (json.wordScores ? 1 : 0));
    let idx = 0;
    for (let k = 0; k < indexDeltas.length; k++) {
      idx += indexDeltas[k]!;
      if (idx < 0 || idx >= NUM_BUCKETS) throw new Error(`hashed weight index out of range: ${idx}`);
      w[idx] = values[k]! * scale;
    }
    for (let k = 0; k < NUM_DENSE; k++) {
      w[NUM_BUCKETS + k] = json.denseWeights[DENSE_FEATURE_NAMES[k]!] ?? 0;
    }
    if (json.wordScores) w[WORD_VECTOR_OFFSET] = 1;
    return new LinearCheckworthinessModel(w, json.bias, json.threshold, json.dense, json.wordScores && foldedTable(json.wordScores));
  }

  /** Build a model from an in-memory weight vector (training/evaluation). */
  static fromVector(
    weights: Float32Array | Float64Array,
    bias: number,
    threshold: number,
    usesDenseFeatures: boolean,
  ): LinearCheckworthinessModel {
    if (weights.length !== NUM_FEATURES && weights.length !== NUM_BUCKETS) {
      throw new Error(`weight vector must have ${NUM_FEATURES} or ${NUM_BUCKETS} entries`);
    }
    return new LinearCheckworthinessModel(weights, bias, threshold, usesDenseFeatures);
  }

  /** Raw linear score (log-odds) of a sentence. */
  logit(text: string): number {
    return extractFeatures(text, this.dot, { dense: this.usesDenseFeatures, wordVectors: this.wordVectors }).sum;
  }

  /** Check-worthiness score in [0,1] (logistic of the linear score). */
  scoreSentence(text: string): number {
    return sigmoid(this.logit(text));
  }

  /** True iff the sentence scores at or above the tuned threshold (i.e. would be queued). */
  isCheckWorthy(text: string): boolean {
    return this.scoreSentence(text) >= this.threshold;
  }
}
