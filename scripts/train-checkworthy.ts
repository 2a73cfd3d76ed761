/**
 * Train the check-worthiness model (npm run train:checkworthy).
 *
 *   tsx scripts/train-checkworthy.ts [--data <train.csv>] [--expert <validation-expert.csv>] [--out <weights.json>] [--no-write]
 *
 * Data (see SOURCE.md beside them): the ClaimBuster crowdsourced debate sentences
 * (/work/shared/data/claimbuster/train.csv) are the training data; the expert-labelled sentences
 * (validation-expert.csv) choose the L2 strength and the decision threshold and are never
 * trained on. Positive class: label 1 (check-worthy factual sentence); labels -1 and 0 are negatives.
 *
 * Protocol (deterministic: fixed SEED, fixed summation order, no other randomness):
 *  1. Two L2 logistic regressions (full-batch L-BFGS) on every crowdsourced sentence:
 *       baseline = plain TF-IDF word 1-2-grams over a vocabulary (terms in >= 2 sentences);
 *       model    = the shipped features (features.ts): hashed word 1-2-grams + char 3-5-grams
 *                  + dense linguistic features.
 *     For each, the L2 strength is picked from a small grid by average precision on the expert set.
 *  2. The model's hashed weights are pruned to the largest KEEP_HASHED and quantised; everything
 *     after this scores with those exported weights, exactly as shipped.
 *  3. Each threshold maximises F1 on the expert set. That F1 is the one the threshold was chosen
 *     for, so the report also gives the F1 of a threshold chosen without the sentences it is
 *     measured on (5 stratified folds: chosen on four, applied to the fifth; 20 seeded repeats):
 *     the estimate for expert-labelled sentences the model never saw.
 *  4. The weights are written to weights.json (no timestamps: two runs write byte-identical files).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DENSE_FEATURE_NAMES, HASH_BITS, NUM_BUCKETS, NUM_DENSE } from '../libs/extraction/src/checkworthiness/model/features';
import { LinearCheckworthinessModel } from '../libs/extraction/src/checkworthiness/model/linear-model';
import {
  type BinaryMetrics,
  type SparseMatrix,
  type TrainedLinear,
  averagePrecision,
  binaryMetrics,
  buildMatrix,
  buildTfidfMatrix,
  chooseThreshold,
  crossValidatedThresholdF1,
  exportWeights,
  fitTfidf,
  predictMatrix,
  pruneCutoff,
  trainLogisticRegression,
} from '../libs/extraction/src/checkworthiness/model/training';

const SEED = 20240611;
/** L2 grid (on the mean log-loss), tried strongest first with warm starts. */
const LAMBDA_GRID = [3e-5, 1e-5];
/** Hashed n-gram weights kept in weights.json (largest |w|). */
const KEEP_HASHED = 60_000;
/** Quantisation levels of the kept hashed weights. */
const QUANT_LEVELS = 2047;
/** The baseline's vocabulary: word 1-2-grams seen in at least this many training sentences. */
const BASELINE_MIN_DF = 2;
const CV = { folds: 5, repeats: 20, seed: SEED };

const DEFAULT_DATA = '/work/shared/data/claimbuster/train.csv';
const DEFAULT_EXPERT = '/work/shared/data/claimbuster/validation-expert.csv';
const DEFAULT_OUT = resolve(__dirname, '../libs/extraction/src/checkworthiness/model/weights.json');

interface Row {
  sentence_id: string;
  text: string;
  label: string;
  file_id: string;
}

interface Labelled {
  rows: Row[];
  y: Uint8Array;
  debates: string[];
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function labelled(rows: Row[]): Labelled {
  for (const r of rows) {
    if (!['-1', '0', '1'].includes(r.label)) throw new Error(`bad label ${r.label} in sentence ${r.sentence_id}`);
  }
  return { rows, y: Uint8Array.from(rows, (r) => (r.label === '1' ? 1 : 0)), debates: [...new Set(rows.map((r) => r.file_id))].sort() };
}

function positives(y: Uint8Array): number {
  let n = 0;
  for (const v of y) n += v;
  return n;
}

function describe(s: Labelled): string {
  const p = positives(s.y);
  return `${s.debates.length} debates, ${s.rows.length} sentences, ${p} check-worthy (${pct(p / s.rows.length)})`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function f4(x: number): string {
  return x.toFixed(4);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

interface Selected {
  model: TrainedLinear;
  lambda: number;
  ap: number;
  iterations: number;
  seconds: number;
  grid: string[];
}

/** Fit over the lambda grid (warm starts) and keep the best by average precision of `score` on the expert set. */
function fitAndSelect(X: SparseMatrix, y: Uint8Array, score: (m: TrainedLinear) => Float64Array, yExpert: Uint8Array): Selected {
  let best: Selected | undefined;
  let init: Float64Array | undefined;
  const grid: string[] = [];
  const t0 = process.hrtime.bigint();
  let iterations = 0;
  for (const lambda of LAMBDA_GRID) {
    const model = trainLogisticRegression(X, y, { lambda, init, maxIterations: 300, tolerance: 1e-7 });
    init = model.theta;
    iterations += model.iterations;
    const ap = averagePrecision(score(model), yExpert);
    grid.push(`lambda=${lambda.toExponential(0)}: expert AP ${f4(ap)} (${model.iterations} it)`);
    if (!best || ap > best.ap) best = { model, lambda, ap, iterations: 0, seconds: 0, grid };
  }
  if (!best) throw new Error('empty lambda grid');
  return { ...best, iterations, seconds: Number(process.hrtime.bigint() - t0) / 1e9, grid };
}

interface Evaluated {
  threshold: number;
  at: BinaryMetrics;
  ap: number;
  cv: { precision: number; recall: number; f1: number };
}

function evaluate(scores: Float64Array, y: Uint8Array): Evaluated {
  const { threshold } = chooseThreshold(scores, y);
  return {
    threshold,
    at: binaryMetrics(scores, y, threshold),
    ap: averagePrecision(scores, y),
    cv: crossValidatedThresholdF1(scores, y, CV),
  };
}

function main(): void {
  const started = process.hrtime.bigint();
  const dataPath = argValue('--data') ?? process.env.CLAIMBUSTER_CSV ?? DEFAULT_DATA;
  const expertPath = argValue('--expert') ?? process.env.CLAIMBUSTER_EXPERT_CSV ?? DEFAULT_EXPERT;
  const outPath = resolve(argValue('--out') ?? DEFAULT_OUT);
  const write = !process.argv.includes('--no-write');

  const raw = readFileSync(dataPath);
  const expertRaw = readFileSync(expertPath);
  const train = labelled(parse(raw, { columns: true, skip_empty_lines: true }) as Row[]);
  const expert = labelled(parse(expertRaw, { columns: true, skip_empty_lines: true }) as Row[]);
  const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const trained = new Set(train.rows.map((r) => norm(r.text)));
  const overlap = expert.rows.filter((r) => trained.has(norm(r.text))).length;
  if (overlap > 0) throw new Error(`${overlap} expert sentences also occur in the training data`);

  console.log('Check-worthiness model: training report');
  console.log('=======================================');
  console.log(`train     ${describe(train)}`);
  console.log(`          ${dataPath}, sha256 ${sha256(raw).slice(0, 16)}...; positive class = label 1 (CFS)`);
  console.log(`expert    ${describe(expert)}`);
  console.log(`          ${expertPath}, sha256 ${sha256(expertRaw).slice(0, 16)}...`);
  console.log('          never trained on (no sentence of it is in the training data); it chooses lambda and the threshold');
  console.log(`seed      ${SEED} (mulberry32: the cross-validation folds; training itself has no randomness)`);

  const tFeat = process.hrtime.bigint();
  const texts = (s: Labelled): string[] => s.rows.map((r) => r.text);
  const vocabulary = fitTfidf(texts(train), BASELINE_MIN_DF);
  const Xb = { train: buildTfidfMatrix(texts(train), vocabulary), expert: buildTfidfMatrix(texts(expert), vocabulary) };
  const Xf = { train: buildMatrix(texts(train), true), expert: buildMatrix(texts(expert), true) };
  console.log(
    `features  baseline: TF-IDF word 1-2-grams, ${vocabulary.idf.length} terms in >= ${BASELINE_MIN_DF} sentences; ` +
      `model: 2^${HASH_BITS} signed hash buckets (word 1-2-grams + char 3-5-grams) + ${NUM_DENSE} dense linguistic features`,
  );
  console.log(`          featurised in ${(Number(process.hrtime.bigint() - tFeat) / 1e9).toFixed(1)} s`);
  console.log('');

  // --- baseline ---------------------------------------------------------------
  const base = fitAndSelect(Xb.train, train.y, (m) => predictMatrix(Xb.expert, m.weights, m.bias), expert.y);
  const baseEval = evaluate(predictMatrix(Xb.expert, base.model.weights, base.model.bias), expert.y);
  console.log('baseline  L2 LR, TF-IDF word 1-2-grams');
  for (const g of base.grid) console.log(`          ${g}`);
  console.log(
    `          chosen lambda=${base.lambda.toExponential(0)}; trained in ${base.seconds.toFixed(1)} s (${base.iterations} L-BFGS iterations)`,
  );

  // --- full model -------------------------------------------------------------
  const full = fitAndSelect(Xf.train, train.y, (m) => predictMatrix(Xf.expert, m.weights, m.bias), expert.y);
  const nonZero = full.model.weights.subarray(0, NUM_BUCKETS).reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);
  const cutoff = pruneCutoff(full.model.weights, KEEP_HASHED);
  // Export once to choose the threshold with the exact shipped weights, then again with it.
  const provisional = exportWeights(full.model, { pruneBelow: cutoff, levels: QUANT_LEVELS, threshold: 0.5, dense: true });
  const exported = LinearCheckworthinessModel.fromWeights(provisional);
  const rawScores = predictMatrix(Xf.expert, full.model.weights, full.model.bias);
  const fullEval = evaluate(
    Float64Array.from(expert.rows, (r) => exported.scoreSentence(r.text)),
    expert.y,
  );
  console.log(`model     L2 LR, hashed word + char n-grams + ${NUM_DENSE} dense linguistic features`);
  for (const g of full.grid) console.log(`          ${g}`);
  console.log(
    `          chosen lambda=${full.lambda.toExponential(0)}; trained in ${full.seconds.toFixed(1)} s (${full.iterations} L-BFGS iterations)`,
  );
  console.log(
    `          pruned to ${provisional.hashed.values.length} of ${nonZero} non-zero hashed weights (|w| >= ${cutoff.toPrecision(3)}), ` +
      `quantised to ${QUANT_LEVELS} levels: expert AP ${f4(averagePrecision(rawScores, expert.y))} -> ${f4(fullEval.ap)}`,
  );
  const topDense = DENSE_FEATURE_NAMES.map((n, k) => [n, full.model.weights[NUM_BUCKETS + k]!] as const).sort(
    (a, b) => Math.abs(b[1]) - Math.abs(a[1]),
  );
  console.log(
    `          strongest dense weights: ${topDense
      .slice(0, 8)
      .map(([n, w]) => `${n} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`)
      .join(', ')}`,
  );

  // --- report -----------------------------------------------------------------
  console.log('');
  console.log(`Expert-labelled set (${describe(expert)}), check-worthy class:`);
  console.log(
    `${''.padEnd(30)} ${'threshold'.padStart(9)}  ${'precision'.padStart(9)}  ${'recall'.padStart(6)}  ${'F1'.padStart(6)}  ${'AP'.padStart(6)}`,
  );
  const row = (name: string, e: Evaluated): void =>
    console.log(
      `${name.padEnd(30)} ${String(e.threshold).padStart(9)}  ${f4(e.at.precision).padStart(9)}  ${f4(e.at.recall).padStart(6)}  ` +
        `${f4(e.at.f1).padStart(6)}  ${f4(e.ap).padStart(6)}   tp=${e.at.tp} fp=${e.at.fp} fn=${e.at.fn}`,
    );
  row('baseline (TF-IDF n-gram LR)', baseEval);
  row('model (n-grams + linguistic)', fullEval);
  console.log(`Threshold chosen without the sentences measured (${CV.folds} folds, ${CV.repeats} repeats), unseen-sentence estimate:`);
  const cvRow = (name: string, e: Evaluated): void =>
    console.log(
      `${name.padEnd(30)} ${'cv'.padStart(9)}  ${f4(e.cv.precision).padStart(9)}  ${f4(e.cv.recall).padStart(6)}  ${f4(e.cv.f1).padStart(6)}`,
    );
  cvRow('baseline (TF-IDF n-gram LR)', baseEval);
  cvRow('model (n-grams + linguistic)', fullEval);
  const delta = fullEval.at.f1 - baseEval.at.f1;
  const cvDelta = fullEval.cv.f1 - baseEval.cv.f1;
  console.log(
    `F1 model - baseline: ${signed(delta)} at the chosen thresholds, ${signed(cvDelta)} cross-validated` +
      (delta > 0 && cvDelta > 0 ? ' (model beats baseline)' : ' (MODEL DOES NOT BEAT BASELINE)'),
  );
  console.log(`decision threshold (queue iff score >= threshold): ${fullEval.threshold}`);

  const weights = exportWeights(full.model, {
    pruneBelow: cutoff,
    levels: QUANT_LEVELS,
    threshold: fullEval.threshold,
    dense: true,
    training: {
      script: 'scripts/train-checkworthy.ts',
      data: { file: 'claimbuster/train.csv', sha256: sha256(raw), sentences: train.rows.length, positiveLabel: 1 },
      expert: { file: 'claimbuster/validation-expert.csv', sha256: sha256(expertRaw), sentences: expert.rows.length },
      seed: SEED,
      optimiser: 'full-batch L-BFGS, mean log-loss + L2 (bias unregularised), no class weighting',
      lambda: full.lambda,
      lambdaRule: 'max average precision on the expert set',
      thresholdRule: 'max F1 of the check-worthy class on the expert set, with these exported weights',
      hashedWeightsKept: provisional.hashed.values.length,
      hashedWeightsNonZero: nonZero,
      expertMetrics: { ...rounded(fullEval.at), ap: round4(fullEval.ap), crossValidatedF1: round4(fullEval.cv.f1) },
      baselineExpertMetrics: {
        ...rounded(baseEval.at),
        ap: round4(baseEval.ap),
        crossValidatedF1: round4(baseEval.cv.f1),
        threshold: baseEval.threshold,
        lambda: base.lambda,
      },
    },
  });
  const json = JSON.stringify(weights);
  if (write) {
    writeFileSync(outPath, json + '\n');
    console.log(`weights   ${outPath} (${(json.length / 1024).toFixed(0)} KiB)`);
  } else {
    console.log(`weights   not written (--no-write); would be ${(json.length / 1024).toFixed(0)} KiB`);
  }
  console.log(`          sha256 ${sha256(json + '\n')}`);
  console.log(`total time ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${f4(x)}`;
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function rounded(m: BinaryMetrics): Record<string, number> {
  return { precision: round4(m.precision), recall: round4(m.recall), f1: round4(m.f1), tp: m.tp, fp: m.fp, fn: m.fn };
}

main();
