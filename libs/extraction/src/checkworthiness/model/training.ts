/**
 * Training utilities for the check-worthiness model (used by
 * scripts/train-checkworthy.ts and the unit tests; not needed at scoring time).
 *
 * - mulberry32 seeded PRNG and seeded shuffle (reproducible splits);
 * - group-wise (per debate) split;
 * - CSR sparse matrix built with the shared feature extractor;
 * - L2-regularised, class-weighted logistic regression fitted by full-batch
 *   L-BFGS (deterministic: fixed summation order, no randomness);
 * - metrics (precision/recall/F1, average precision) and threshold choice;
 * - export of the learned weights to the committed JSON format (pruned + quantised).
 */
import {
  DENSE_FEATURE_NAMES,
  FeatureVector,
  HASH_BITS,
  NUM_BUCKETS,
  NUM_DENSE,
  NUM_FEATURES,
  WORD_VECTOR_OFFSET,
  extractFeatures,
  tokenise,
} from './features';
import { type WordVectorTable, foldWordVectors } from './word-vectors';
import { type CheckworthinessWeights, WEIGHTS_FORMAT, sigmoid } from './linear-model';

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/** mulberry32: tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of a copy of `items` with the given PRNG. */
export function seededShuffle<T>(items: readonly T[], rng: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

/**
 * Pick round(fraction * #groups) groups (at least 1) by seeded shuffle of the
 * sorted distinct group names. Deterministic for a given seed and group set.
 */
export function pickGroups(groups: Iterable<string>, fraction: number, seed: number): Set<string> {
  const distinct = [...new Set(groups)].sort();
  const shuffled = seededShuffle(distinct, mulberry32(seed));
  const n = Math.max(1, Math.round(fraction * distinct.length));
  return new Set(shuffled.slice(0, n));
}

// ---------------------------------------------------------------------------
// Sparse design matrix
// ---------------------------------------------------------------------------

/** Compressed sparse rows. Column indices may repeat within a row (values add). */
export interface SparseMatrix {
  rows: number;
  cols: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float32Array;
}

/** Featurise sentences with the shared extractor into a CSR matrix (the word vectors' mean, if given, in the last columns). */
export function buildMatrix(texts: readonly string[], dense: boolean, wordVectors?: WordVectorTable): SparseMatrix {
  const fv = new FeatureVector(4096);
  const rowPtr = new Int32Array(texts.length + 1);
  let cap = Math.max(1024, texts.length * 400);
  let colIdx = new Int32Array(cap);
  let values = new Float32Array(cap);
  let nnz = 0;
  for (let r = 0; r < texts.length; r++) {
    extractFeatures(texts[r]!, fv, { dense, wordVectors });
    if (nnz + fv.length > cap) {
      while (nnz + fv.length > cap) cap *= 2;
      const c = new Int32Array(cap);
      c.set(colIdx.subarray(0, nnz));
      colIdx = c;
      const v = new Float32Array(cap);
      v.set(values.subarray(0, nnz));
      values = v;
    }
    colIdx.set(fv.indices.subarray(0, fv.length), nnz);
    values.set(fv.values.subarray(0, fv.length), nnz);
    nnz += fv.length;
    rowPtr[r + 1] = nnz;
  }
  return {
    rows: texts.length,
    cols: wordVectors ? WORD_VECTOR_OFFSET + wordVectors.dims : dense ? NUM_FEATURES : NUM_BUCKETS,
    rowPtr,
    colIdx: colIdx.slice(0, nnz),
    values: values.slice(0, nnz),
  };
}

// ---------------------------------------------------------------------------
// Logistic regression (L2, class weights) by L-BFGS
// ---------------------------------------------------------------------------

export interface TrainOptions {
  /** L2 strength on the hashed n-gram weights (objective uses the weighted mean log-loss). */
  lambda: number;
  /** L2 strength on the dense feature weights (defaults to lambda). */
  lambdaDense?: number;
  /** Weight of positive examples relative to negatives (1 = unweighted). */
  positiveWeight?: number;
  /** Each row's weight in the loss, times its class weight (default 1): the news claims' weight beside the debate sentences. */
  sampleWeights?: ArrayLike<number>;
  /**
   * Each row's fixed log-odds, added to the model's: the model fits what they leave wrong (a news correction on top of
   * the debate model's scores). Default 0.
   */
  offsets?: ArrayLike<number>;
  maxIterations?: number;
  /** Stop when the relative objective decrease over one iteration is below this. */
  tolerance?: number;
  /**
   * Iterations made before the tolerance may stop the fit (default: the history size). From a warm start the
   * first steps are short gradient steps while L-BFGS has no curvature pairs yet; one of them decreasing the
   * objective by less than the tolerance does not mean the new lambda's optimum is reached.
   */
  minIterations?: number;
  /** L-BFGS history size. */
  history?: number;
  /** Warm start (length cols + 1, bias last). */
  init?: Float64Array;
}

export interface TrainedLinear {
  /** Weights (length cols) followed by nothing else; bias separate. */
  weights: Float64Array;
  bias: number;
  iterations: number;
  objective: number;
  /** Full parameter vector (weights then bias) for warm starts. */
  theta: Float64Array;
}

/** Objective and gradient of the regularised, weighted logistic loss. */
function objective(
  X: SparseMatrix,
  y: Uint8Array,
  sampleWeight: Float64Array,
  totalWeight: number,
  lambda: number,
  lambdaDense: number,
  theta: Float64Array,
  grad: Float64Array,
  margins: Float64Array,
  offsets: ArrayLike<number> | undefined,
): number {
  const cols = X.cols;
  const bias = theta[cols]!;
  const { rowPtr, colIdx, values } = X;
  let loss = 0;
  for (let r = 0; r < X.rows; r++) {
    let z = bias + (offsets?.[r] ?? 0);
    for (let k = rowPtr[r]!, e = rowPtr[r + 1]!; k < e; k++) z += theta[colIdx[k]!]! * values[k]!;
    const label = y[r]!;
    // log(1 + exp(-s z)) with s = +1 for positives, -1 for negatives
    const m = label === 1 ? z : -z;
    loss += sampleWeight[r]! * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
    // d loss / d z = (p - y), weighted and averaged
    margins[r] = (sampleWeight[r]! * (sigmoid(z) - label)) / totalWeight;
  }
  loss /= totalWeight;
  grad.fill(0);
  let gb = 0;
  for (let r = 0; r < X.rows; r++) {
    const d = margins[r]!;
    gb += d;
    for (let k = rowPtr[r]!, e = rowPtr[r + 1]!; k < e; k++) grad[colIdx[k]!]! += d * values[k]!;
  }
  grad[cols] = gb;
  let reg = 0;
  const hashedEnd = Math.min(cols, NUM_BUCKETS);
  for (let j = 0; j < hashedEnd; j++) {
    const w = theta[j]!;
    reg += lambda * w * w;
    grad[j]! += lambda * w;
  }
  for (let j = hashedEnd; j < cols; j++) {
    const w = theta[j]!;
    reg += lambdaDense * w * w;
    grad[j]! += lambdaDense * w;
  }
  return loss + 0.5 * reg;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Fit L2-regularised logistic regression by full-batch L-BFGS with a
 * backtracking (Armijo) line search. Deterministic.
 */
export function trainLogisticRegression(X: SparseMatrix, y: Uint8Array, options: TrainOptions): TrainedLinear {
  const n = X.cols + 1;
  const lambda = options.lambda;
  const lambdaDense = options.lambdaDense ?? lambda;
  const posW = options.positiveWeight ?? 1;
  const maxIter = options.maxIterations ?? 300;
  const tol = options.tolerance ?? 1e-7;
  const m = options.history ?? 10;
  const minIter = options.minIterations ?? m;

  const sampleWeight = new Float64Array(X.rows);
  if (options.offsets && options.offsets.length !== X.rows) throw new Error('offsets has the wrong length');
  if (options.sampleWeights && options.sampleWeights.length !== X.rows) throw new Error('sampleWeights has the wrong length');
  let totalWeight = 0;
  for (let r = 0; r < X.rows; r++) {
    sampleWeight[r] = (y[r] === 1 ? posW : 1) * (options.sampleWeights?.[r] ?? 1);
    totalWeight += sampleWeight[r]!;
  }
  const margins = new Float64Array(X.rows);
  const theta = options.init ? Float64Array.from(options.init) : new Float64Array(n);
  if (theta.length !== n) throw new Error('init has the wrong length');
  let grad = new Float64Array(n);
  let f = objective(X, y, sampleWeight, totalWeight, lambda, lambdaDense, theta, grad, margins, options.offsets);

  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const dir = new Float64Array(n);
  const thetaNew = new Float64Array(n);
  let gradNew = new Float64Array(n);
  let iter = 0;

  for (; iter < maxIter; iter++) {
    // two-loop recursion: dir = -H g
    for (let i = 0; i < n; i++) dir[i] = -grad[i]!;
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(S[k]!, dir);
      alpha[k] = a;
      const yk = Y[k]!;
      for (let i = 0; i < n; i++) dir[i]! -= a * yk[i]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let i = 0; i < n; i++) dir[i]! *= gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k]! * dot(Y[k]!, dir);
      const sk = S[k]!;
      const coef = alpha[k]! - b;
      for (let i = 0; i < n; i++) dir[i]! += coef * sk[i]!;
    }
    let slope = dot(grad, dir);
    if (!(slope < 0)) {
      // not a descent direction: reset to steepest descent
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -grad[i]!;
      slope = dot(grad, dir);
    }
    let step = S.length === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    let fNew = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < n; i++) thetaNew[i] = theta[i]! + step * dir[i]!;
      fNew = objective(X, y, sampleWeight, totalWeight, lambda, lambdaDense, thetaNew, gradNew, margins, options.offsets);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break; // line search failed: converged as far as floating point allows
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = thetaNew[i]! - theta[i]!;
      yv[i] = gradNew[i]! - grad[i]!;
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
    }
    theta.set(thetaNew);
    const tmp = grad;
    grad = gradNew;
    gradNew = tmp;
    const rel = (f - fNew) / Math.max(1, Math.abs(fNew));
    f = fNew;
    if (rel < tol && iter + 1 >= minIter) {
      iter++;
      break;
    }
  }
  return { weights: theta.slice(0, X.cols), bias: theta[X.cols]!, iterations: iter, objective: f, theta };
}

/** Scores (probabilities) of every row. */
export function predictMatrix(X: SparseMatrix, weights: ArrayLike<number>, bias: number): Float64Array {
  const out = new Float64Array(X.rows);
  const { rowPtr, colIdx, values } = X;
  for (let r = 0; r < X.rows; r++) {
    let z = bias;
    for (let k = rowPtr[r]!, e = rowPtr[r + 1]!; k < e; k++) z += weights[colIdx[k]!]! * values[k]!;
    out[r] = sigmoid(z);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision/recall/F1 of the positive class for `score >= threshold`. */
export function binaryMetrics(scores: ArrayLike<number>, y: ArrayLike<number>, threshold: number): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < scores.length; i++) {
    const pred = scores[i]! >= threshold;
    if (y[i] === 1) {
      if (pred) tp++;
      else fn++;
    } else if (pred) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, tn };
}

/** Order of indices by descending score, ties broken by index (deterministic). */
function descendingOrder(scores: ArrayLike<number>): number[] {
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order;
}

/** Average precision (area under the precision-recall curve, step-wise). */
export function averagePrecision(scores: ArrayLike<number>, y: ArrayLike<number>): number {
  const order = descendingOrder(scores);
  let positives = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === 1) positives++;
  if (positives === 0) return 0;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let prevRecall = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (y[i] === 1) tp++;
    else fp++;
    // only at the end of a run of tied scores
    if (k + 1 < order.length && scores[order[k + 1]!] === scores[i]) continue;
    const recall = tp / positives;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}

/**
 * The threshold maximising F1 of the positive class (`score >= t`). The
 * returned threshold is the midpoint between the lowest accepted score and the
 * next lower score (rounded down to 3-6 decimals while that keeps the same decisions),
 * so it is not glued to one example.
 */
export function chooseThreshold(scores: ArrayLike<number>, y: ArrayLike<number>): { threshold: number; f1: number } {
  const order = descendingOrder(scores);
  let positives = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === 1) positives++;
  let tp = 0;
  let fp = 0;
  let bestF1 = -1;
  let bestK = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (y[i] === 1) tp++;
    else fp++;
    if (k + 1 < order.length && scores[order[k + 1]!] === scores[i]) continue;
    const f1 = positives === 0 ? 0 : (2 * tp) / (tp + fp + positives);
    if (f1 > bestF1) {
      bestF1 = f1;
      bestK = k;
    }
  }
  const lowAccepted = scores[order[bestK]!]!;
  const nextBelow = bestK + 1 < order.length ? scores[order[bestK + 1]!]! : 0;
  const mid = (lowAccepted + nextBelow) / 2;
  // The shortest decimal (3-6 places) rounded down from the midpoint that still
  // separates the two scores, so the same validation decisions are made.
  let threshold = mid;
  for (let places = 3; places <= 6; places++) {
    const p = 10 ** places;
    const rounded = Math.floor(mid * p) / p; // <= mid <= lowAccepted
    if (rounded > nextBelow) {
      threshold = rounded;
      break;
    }
  }
  return { threshold, f1: bestF1 };
}

/**
 * Fold of each row (0 … folds-1): the rows of each class are shuffled with the seed and dealt
 * round-robin, so every fold holds about the same share of positives.
 */
export function stratifiedFolds(y: ArrayLike<number>, folds: number, seed: number): Int32Array {
  const rng = mulberry32(seed);
  const fold = new Int32Array(y.length);
  for (const positive of [true, false]) {
    const rows: number[] = [];
    for (let i = 0; i < y.length; i++) if ((y[i] === 1) === positive) rows.push(i);
    seededShuffle(rows, rng).forEach((row, k) => (fold[row] = k % folds));
  }
  return fold;
}

/**
 * Precision, recall and F1 when the threshold is chosen without the rows it is measured on:
 * chooseThreshold on all folds but one, applied to the one left out; the decisions of every
 * fold are pooled. Averaged over `repeats` fold assignments (seeds seed, seed + 1, …). This is
 * what a threshold chosen on a labelled set can be expected to give on sentences like them that
 * it never saw; the F1 at a threshold chosen on the whole set overstates it.
 */
export function crossValidatedThresholdF1(
  scores: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { folds: number; repeats: number; seed: number },
): { precision: number; recall: number; f1: number } {
  // A nested cross-validation with one candidate chooses only the threshold.
  const { precision, recall, f1 } = nestedCrossValidatedF1([scores], y, options);
  return { precision, recall, f1 };
}

/**
 * How a candidate scorer is chosen among several on labelled rows: `f1`, the highest F1 at its own
 * F1-best threshold; `averagePrecision`, the highest average precision (the whole ranking, no
 * threshold: one sentence more or less above a cut moves it far less than it moves the best F1).
 * The chosen candidate's threshold is its F1-best threshold either way.
 */
export type CandidateRule = 'f1' | 'averagePrecision';

/** A candidate's merit under `rule` on these rows, and its F1-best threshold there. */
export function candidateMerit(
  scores: ArrayLike<number>,
  y: ArrayLike<number>,
  rule: CandidateRule,
): { threshold: number; f1: number; merit: number } {
  const { threshold, f1 } = chooseThreshold(scores, y);
  return { threshold, f1, merit: rule === 'f1' ? f1 : averagePrecision(scores, y) };
}

/** One outer fold of a nested cross-validation: what the other folds chose and how it did on this one. */
export interface NestedFold {
  fold: number;
  /** Index of the candidate chosen on the other folds. */
  candidate: number;
  threshold: number;
  /** On this fold's rows. */
  metrics: BinaryMetrics;
}

/**
 * F1 of a choice of candidate scorer and threshold made without the rows it is measured on.
 * For each fold, the candidate that scores best on the other folds by `options.select` is chosen
 * (ties: the first), with its F1-best threshold on those folds, and applied to the fold; decisions
 * of every fold are pooled. Averaged over `repeats` fold assignments (seeds seed, seed + 1, …); the
 * folds of the first assignment are returned as they went. With one candidate this is
 * crossValidatedThresholdF1.
 */
export function nestedCrossValidatedF1(
  candidates: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  options: { folds: number; repeats: number; seed: number; select?: CandidateRule },
): { precision: number; recall: number; f1: number; folds: NestedFold[]; chosen: number[] } {
  const decisions = new Float64Array(y.length);
  const chosen = new Array<number>(candidates.length).fill(0);
  const firstFolds: NestedFold[] = [];
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  for (let r = 0; r < options.repeats; r++) {
    const fold = stratifiedFolds(y, options.folds, options.seed + r);
    for (let f = 0; f < options.folds; f++) {
      let best = { candidate: -1, threshold: 0, merit: -1 };
      candidates.forEach((scores, candidate) => {
        const chooseScores: number[] = [];
        const chooseY: number[] = [];
        for (let i = 0; i < y.length; i++) {
          if (fold[i] === f) continue;
          chooseScores.push(scores[i]!);
          chooseY.push(y[i]!);
        }
        const { threshold, merit } = candidateMerit(chooseScores, chooseY, options.select ?? 'f1');
        if (merit > best.merit) best = { candidate, threshold, merit };
      });
      chosen[best.candidate]!++;
      const scores = candidates[best.candidate]!;
      const foldScores: number[] = [];
      const foldY: number[] = [];
      for (let i = 0; i < y.length; i++) {
        if (fold[i] !== f) continue;
        decisions[i] = scores[i]! >= best.threshold ? 1 : 0;
        foldScores.push(scores[i]!);
        foldY.push(y[i]!);
      }
      if (r === 0)
        firstFolds.push({
          fold: f,
          candidate: best.candidate,
          threshold: best.threshold,
          metrics: binaryMetrics(foldScores, foldY, best.threshold),
        });
    }
    const m = binaryMetrics(decisions, y, 0.5);
    precision += m.precision;
    recall += m.recall;
    f1 += m.f1;
  }
  return { precision: precision / options.repeats, recall: recall / options.repeats, f1: f1 / options.repeats, folds: firstFolds, chosen };
}

// ---------------------------------------------------------------------------
// NB-LR: logistic regression over naive-Bayes-scaled features, and blends
// ---------------------------------------------------------------------------

/**
 * |log-count ratio| of each hashed column (Wang & Manning's NB features): how much more often
 * the column fires, by magnitude, in positive than in negative rows (add-`alpha` smoothing),
 * in absolute value because a signed hash bucket's sign belongs to the n-gram, not the class.
 * Dense columns get 1 (left as they are).
 */
export function naiveBayesRatios(X: SparseMatrix, y: Uint8Array, alpha = 1): Float64Array {
  const pos = new Float64Array(X.cols).fill(alpha);
  const neg = new Float64Array(X.cols).fill(alpha);
  for (let r = 0; r < X.rows; r++) {
    const sums = y[r] === 1 ? pos : neg;
    for (let k = X.rowPtr[r]!, e = X.rowPtr[r + 1]!; k < e; k++) sums[X.colIdx[k]!]! += Math.abs(X.values[k]!);
  }
  let posTotal = 0;
  let negTotal = 0;
  for (let j = 0; j < X.cols; j++) {
    posTotal += pos[j]!;
    negTotal += neg[j]!;
  }
  const ratios = new Float64Array(X.cols).fill(1);
  const hashedEnd = Math.min(X.cols, NUM_BUCKETS);
  for (let j = 0; j < hashedEnd; j++) ratios[j] = Math.abs(Math.log(pos[j]! / posTotal / (neg[j]! / negTotal)));
  return ratios;
}

/** The rows of `a` followed by the rows `pick` of `b` (same columns): some texts' claims, for fitting without the others. */
export function stackRows(a: SparseMatrix, b: SparseMatrix, pick: readonly number[]): SparseMatrix {
  if (a.cols !== b.cols) throw new Error('stacked matrices have different widths');
  let nnz = a.rowPtr[a.rows]!;
  for (const r of pick) nnz += b.rowPtr[r + 1]! - b.rowPtr[r]!;
  const rowPtr = new Int32Array(a.rows + pick.length + 1);
  rowPtr.set(a.rowPtr);
  const colIdx = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let at = a.rowPtr[a.rows]!;
  colIdx.set(a.colIdx.subarray(0, at));
  values.set(a.values.subarray(0, at));
  pick.forEach((r, i) => {
    const from = b.rowPtr[r]!;
    const to = b.rowPtr[r + 1]!;
    colIdx.set(b.colIdx.subarray(from, to), at);
    values.set(b.values.subarray(from, to), at);
    at += to - from;
    rowPtr[a.rows + i + 1] = at;
  });
  return { rows: a.rows + pick.length, cols: a.cols, rowPtr, colIdx, values };
}

/** X with every value multiplied by its column's scale. */
export function scaleColumns(X: SparseMatrix, scale: ArrayLike<number>): SparseMatrix {
  const values = new Float32Array(X.values.length);
  for (let k = 0; k < values.length; k++) values[k] = X.values[k]! * scale[X.colIdx[k]!]!;
  return { ...X, values };
}

/**
 * One linear model whose log-odds are Σ weight × the part's log-odds (a part trained on
 * column-scaled features contributes its weights times the scales). Scoring it costs what
 * scoring one model costs.
 */
export function blendLinear(parts: readonly { model: TrainedLinear; weight: number; columnScale?: ArrayLike<number> }[]): TrainedLinear {
  const cols = parts[0]?.model.weights.length ?? 0;
  const weights = new Float64Array(cols);
  let bias = 0;
  for (const { model, weight, columnScale } of parts) {
    if (model.weights.length !== cols) throw new Error('blended models have different widths');
    for (let j = 0; j < cols; j++) weights[j]! += weight * model.weights[j]! * (columnScale ? columnScale[j]! : 1);
    bias += weight * model.bias;
  }
  const theta = new Float64Array(cols + 1);
  theta.set(weights);
  theta[cols] = bias;
  return { weights, bias, iterations: 0, objective: NaN, theta };
}

// ---------------------------------------------------------------------------
// Plain baseline: TF-IDF word n-grams over a vocabulary
// ---------------------------------------------------------------------------

/** Word unigrams and bigrams of a sentence, as the model's tokeniser reads its words (lower case, digits as 0). */
export function wordNgrams(text: string): string[] {
  const words = tokenise(text);
  const terms = words.slice();
  for (let k = 1; k < words.length; k++) terms.push(`${words[k - 1]!} ${words[k]!}`);
  return terms;
}

/** A fitted TF-IDF vocabulary: column of each term and its inverse document frequency. */
export interface TfidfVocabulary {
  columns: Map<string, number>;
  idf: Float64Array;
}

/** Terms seen in at least `minDf` training sentences; smoothed idf = ln((1 + n) / (1 + df)) + 1. */
export function fitTfidf(texts: readonly string[], minDf: number): TfidfVocabulary {
  const df = new Map<string, number>();
  for (const text of texts) for (const term of new Set(wordNgrams(text))) df.set(term, (df.get(term) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= minDf).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const columns = new Map<string, number>();
  const idf = new Float64Array(kept.length);
  kept.forEach(([term, n], column) => {
    columns.set(term, column);
    idf[column] = Math.log((1 + texts.length) / (1 + n)) + 1;
  });
  return { columns, idf };
}

/** Rows of term frequency × idf over the vocabulary (unknown terms dropped), each scaled to unit L2 norm. */
export function buildTfidfMatrix(texts: readonly string[], vocabulary: TfidfVocabulary): SparseMatrix {
  const rowPtr = new Int32Array(texts.length + 1);
  const colIdx: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < texts.length; r++) {
    const tf = new Map<number, number>();
    for (const term of wordNgrams(texts[r]!)) {
      const column = vocabulary.columns.get(term);
      if (column !== undefined) tf.set(column, (tf.get(column) ?? 0) + 1);
    }
    const row = [...tf].sort(([a], [b]) => a - b);
    let norm = 0;
    for (const [column, n] of row) norm += (n * vocabulary.idf[column]!) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [column, n] of row) {
      colIdx.push(column);
      values.push(n * vocabulary.idf[column]! * scale);
    }
    rowPtr[r + 1] = colIdx.length;
  }
  return { rows: texts.length, cols: vocabulary.idf.length, rowPtr, colIdx: Int32Array.from(colIdx), values: Float32Array.from(values) };
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

export interface ExportOptions {
  /** Hashed weights with |w| below this are dropped (set to 0). */
  pruneBelow: number;
  /** Quantisation levels for hashed weights: value = round(w / scale), |value| <= levels. */
  levels?: number;
  threshold: number;
  dense: boolean;
  /** The table the model's last columns were built from: their weights are folded into per-word scores. */
  wordVectors?: WordVectorTable;
  /** Quantisation levels of the folded word scores. */
  wordScoreLevels?: number;
  training?: unknown;
}

/**
 * The |w| cut-off that keeps (about) the `keep` largest-magnitude hashed
 * weights: pass it as ExportOptions.pruneBelow. Ties at the cut-off are kept.
 */
export function pruneCutoff(weights: ArrayLike<number>, keep: number): number {
  const abs: number[] = [];
  for (let j = 0; j < NUM_BUCKETS; j++) {
    const a = Math.abs(weights[j]!);
    if (a > 0) abs.push(a);
  }
  if (abs.length <= keep) return 0;
  abs.sort((a, b) => b - a);
  return abs[keep - 1]!;
}

/** Prune and quantise a trained model into the committed JSON format. */
export function exportWeights(model: TrainedLinear, options: ExportOptions): CheckworthinessWeights {
  const levels = options.levels ?? 32767;
  let maxAbs = 0;
  for (let j = 0; j < NUM_BUCKETS; j++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[j]!));
  const scale = maxAbs === 0 ? 1 : Number((maxAbs / levels).toPrecision(6));
  const indexDeltas: number[] = [];
  const values: number[] = [];
  let prev = 0;
  for (let j = 0; j < NUM_BUCKETS; j++) {
    const w = model.weights[j]!;
    if (Math.abs(w) < options.pruneBelow) continue;
    const q = Math.round(w / scale);
    if (q === 0) continue;
    indexDeltas.push(j - prev);
    values.push(q);
    prev = j;
  }
  const denseWeights: Record<string, number> = {};
  for (let k = 0; k < NUM_DENSE; k++) {
    const w = options.dense ? (model.weights[NUM_BUCKETS + k] ?? 0) : 0;
    denseWeights[DENSE_FEATURE_NAMES[k]!] = Number(w.toPrecision(6));
  }
  return {
    format: WEIGHTS_FORMAT,
    hashBits: HASH_BITS,
    dense: options.dense,
    bias: Number(model.bias.toPrecision(8)),
    threshold: options.threshold,
    denseWeights,
    hashed: { scale, indexDeltas, values },
    ...(options.wordVectors && {
      wordScores: foldWordVectors(
        options.wordVectors,
        model.weights.subarray(WORD_VECTOR_OFFSET, WORD_VECTOR_OFFSET + options.wordVectors.dims),
        options.wordScoreLevels ?? levels,
      ),
    }),
    training: options.training,
  };
}
