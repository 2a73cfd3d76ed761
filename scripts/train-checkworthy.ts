/**
 * Train the check-worthiness model (npm run train:checkworthy).
 *
 *   tsx scripts/train-checkworthy.ts [--data <train.csv>] [--out <weights.json>] [--no-write]
 *
 * Data: ClaimBuster crowdsourced debate sentences (/work/shared/data/claimbuster/train.csv,
 * see SOURCE.md there). Positive class: label 1 (check-worthy factual sentence);
 * labels -1 and 0 are negatives.
 *
 * Protocol (deterministic, fixed SEED; no randomness anywhere else):
 *  1. Split by debate (file_id): 20% of debates, chosen by seeded shuffle, are
 *     the test split; 20% of the remaining debates are the validation split;
 *     the rest is the training split. No debate is on two sides.
 *  2. Two L2 logistic regressions (full-batch L-BFGS) on the training split:
 *       baseline = hashed word 1-2-grams + char 3-5-grams;
 *       model    = the same n-grams + dense linguistic features (features.ts).
 *     For each, the L2 strength is picked from a small grid by validation
 *     average precision, and the decision threshold maximises validation F1.
 *  3. The model's hashed weights are pruned to the largest KEEP_HASHED and
 *     quantised; its threshold is chosen with the exported (pruned) weights.
 *  4. Both are scored once on the test split and on the expert-labelled
 *     sentences (validation-expert.csv, see SOURCE.md: never trained on, and no
 *     choice above is made on it, so all 515 count as never seen); the report is
 *     printed and the model's weights are written to weights.json (no
 *     timestamps: two runs produce byte-identical files).
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
  chooseThreshold,
  exportWeights,
  pickGroups,
  predictMatrix,
  pruneCutoff,
  trainLogisticRegression,
} from '../libs/extraction/src/checkworthiness/model/training';

const SEED = 20240611;
const TEST_FRACTION = 0.2;
const VALIDATION_FRACTION = 0.2;
/** L2 grid (on the mean log-loss), tried strongest first with warm starts. */
const LAMBDA_GRID = [1e-4, 3e-5];
/** Hashed n-gram weights kept in weights.json (largest |w|). */
const KEEP_HASHED = 60_000;
/** Quantisation levels of the kept hashed weights. */
const QUANT_LEVELS = 2047;

const DEFAULT_DATA = '/work/shared/data/claimbuster/train.csv';
const DEFAULT_EXPERT = '/work/shared/data/claimbuster/validation-expert.csv';
const DEFAULT_OUT = resolve(__dirname, '../libs/extraction/src/checkworthiness/model/weights.json');

interface Row {
  sentence_id: string;
  text: string;
  label: string;
  file_id: string;
}

interface Split {
  name: string;
  rows: Row[];
  y: Uint8Array;
  debates: string[];
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function makeSplit(name: string, rows: Row[]): Split {
  return {
    name,
    rows,
    y: Uint8Array.from(rows, (r) => (r.label === '1' ? 1 : 0)),
    debates: [...new Set(rows.map((r) => r.file_id))].sort(),
  };
}

function positives(y: Uint8Array): number {
  let n = 0;
  for (const v of y) n += v;
  return n;
}

function describe(s: Split): string {
  const p = positives(s.y);
  return `${s.debates.length} debates, ${s.rows.length} sentences, ${p} check-worthy (${pct(p / s.rows.length)})`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function f4(x: number): string {
  return x.toFixed(4);
}

interface Selected {
  model: TrainedLinear;
  lambda: number;
  valAp: number;
  iterations: number;
  seconds: number;
  grid: string[];
}

/** Fit over the lambda grid (warm starts) and keep the best by validation AP. */
function fitAndSelect(label: string, Xtr: SparseMatrix, ytr: Uint8Array, Xva: SparseMatrix, yva: Uint8Array): Selected {
  let best: Selected | undefined;
  let init: Float64Array | undefined;
  const grid: string[] = [];
  const t0 = process.hrtime.bigint();
  let iterations = 0;
  for (const lambda of LAMBDA_GRID) {
    const model = trainLogisticRegression(Xtr, ytr, { lambda, init, maxIterations: 300, tolerance: 1e-7 });
    init = model.theta;
    iterations += model.iterations;
    const ap = averagePrecision(predictMatrix(Xva, model.weights, model.bias), yva);
    grid.push(`lambda=${lambda.toExponential(0)}: val AP ${f4(ap)} (${model.iterations} it)`);
    if (!best || ap > best.valAp) best = { model, lambda, valAp: ap, iterations: 0, seconds: 0, grid };
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!best) throw new Error(`${label}: empty lambda grid`);
  return { ...best, iterations, seconds, grid };
}

function metricsRow(name: string, threshold: number, m: BinaryMetrics, ap: number): string {
  return (
    `${name.padEnd(34)} ${String(threshold).padStart(9)}  ${f4(m.precision).padStart(9)}  ` +
    `${f4(m.recall).padStart(6)}  ${f4(m.f1).padStart(6)}  ${f4(ap).padStart(6)}   ` +
    `tp=${m.tp} fp=${m.fp} fn=${m.fn}`
  );
}

function main(): void {
  const started = process.hrtime.bigint();
  const dataPath = argValue('--data') ?? process.env.CLAIMBUSTER_CSV ?? DEFAULT_DATA;
  const outPath = resolve(argValue('--out') ?? DEFAULT_OUT);
  const write = !process.argv.includes('--no-write');
  const expertPath = argValue('--expert') ?? process.env.CLAIMBUSTER_EXPERT_CSV ?? DEFAULT_EXPERT;

  const raw = readFileSync(dataPath);
  const dataSha256 = createHash('sha256').update(raw).digest('hex');
  const all = parse(raw, { columns: true, skip_empty_lines: true }) as Row[];
  for (const r of all) {
    if (!['-1', '0', '1'].includes(r.label)) throw new Error(`bad label ${r.label} in sentence ${r.sentence_id}`);
  }

  const testDebates = pickGroups(
    all.map((r) => r.file_id),
    TEST_FRACTION,
    SEED,
  );
  const rest = all.filter((r) => !testDebates.has(r.file_id));
  const valDebates = pickGroups(
    rest.map((r) => r.file_id),
    VALIDATION_FRACTION,
    SEED + 1,
  );
  const train = makeSplit(
    'train',
    rest.filter((r) => !valDebates.has(r.file_id)),
  );
  const val = makeSplit(
    'validation',
    rest.filter((r) => valDebates.has(r.file_id)),
  );
  const test = makeSplit(
    'test',
    all.filter((r) => testDebates.has(r.file_id)),
  );

  const expertRaw = readFileSync(expertPath);
  const expert = makeSplit('expert', parse(expertRaw, { columns: true, skip_empty_lines: true }) as Row[]);

  const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set([...train.rows, ...val.rows].map((r) => norm(r.text)));
  const testDupes = test.rows.filter((r) => seen.has(norm(r.text))).length;

  console.log('Check-worthiness model: training report');
  console.log('=======================================');
  console.log(`data      ${dataPath}`);
  console.log(`          ${all.length} sentences, sha256 ${dataSha256.slice(0, 16)}...; positive class = label 1 (CFS)`);
  console.log(`seed      ${SEED} (mulberry32; split by debate/file_id)`);
  console.log(`train     ${describe(train)}`);
  console.log(`validate  ${describe(val)}: ${val.debates.join(' ')}`);
  console.log(`test      ${describe(test)}: ${test.debates.join(' ')}`);
  console.log(`          (${testDupes} test sentences also occur verbatim in another debate on the training side)`);
  console.log(
    `expert    ${describe(expert)}: ${expertPath}, sha256 ${createHash('sha256').update(expertRaw).digest('hex').slice(0, 16)}...`,
  );
  console.log('          (expert-labelled; never trained on, and no choice (lambda, threshold) is made on it)');
  console.log(
    `features  2^${HASH_BITS} signed hash buckets: word 1-2-grams + char 3-5-grams (both models); ` +
      `model adds ${NUM_DENSE} dense linguistic features`,
  );

  const tFeat = process.hrtime.bigint();
  const texts = (s: Split): string[] => s.rows.map((r) => r.text);
  const Xb = { train: buildMatrix(texts(train), false), val: buildMatrix(texts(val), false), test: buildMatrix(texts(test), false) };
  const Xf = { train: buildMatrix(texts(train), true), val: buildMatrix(texts(val), true) };
  const featSeconds = Number(process.hrtime.bigint() - tFeat) / 1e9;
  console.log(`          featurised in ${featSeconds.toFixed(1)} s (${Xb.train.colIdx.length} non-zeros in the baseline training matrix)`);
  console.log('');

  // --- baseline ---------------------------------------------------------------
  const base = fitAndSelect('baseline', Xb.train, train.y, Xb.val, val.y);
  const baseVal = predictMatrix(Xb.val, base.model.weights, base.model.bias);
  const baseThreshold = chooseThreshold(baseVal, val.y);
  console.log(`baseline  L2 LR, word 1-2-grams + char 3-5-grams`);
  for (const g of base.grid) console.log(`          ${g}`);
  console.log(
    `          chosen lambda=${base.lambda.toExponential(0)}; trained in ${base.seconds.toFixed(1)} s ` +
      `(${base.iterations} L-BFGS iterations); validation F1 ${f4(baseThreshold.f1)} at threshold ${baseThreshold.threshold}`,
  );

  // --- full model -------------------------------------------------------------
  const full = fitAndSelect('model', Xf.train, train.y, Xf.val, val.y);
  const fullValRaw = predictMatrix(Xf.val, full.model.weights, full.model.bias);
  const nonZero = full.model.weights.subarray(0, NUM_BUCKETS).reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);
  const cutoff = pruneCutoff(full.model.weights, KEEP_HASHED);
  // Export once to pick the threshold with the exact shipped weights, then again with it.
  const provisional = exportWeights(full.model, { pruneBelow: cutoff, levels: QUANT_LEVELS, threshold: 0.5, dense: true });
  const exportedModel = LinearCheckworthinessModel.fromWeights(provisional);
  const fullVal = Float64Array.from(val.rows, (r) => exportedModel.scoreSentence(r.text));
  const fullThreshold = chooseThreshold(fullVal, val.y);
  console.log(`model     L2 LR, same n-grams + ${NUM_DENSE} dense linguistic features`);
  for (const g of full.grid) console.log(`          ${g}`);
  console.log(
    `          chosen lambda=${full.lambda.toExponential(0)}; trained in ${full.seconds.toFixed(1)} s ` +
      `(${full.iterations} L-BFGS iterations)`,
  );
  console.log(
    `          pruned to ${provisional.hashed.values.length} of ${nonZero} non-zero hashed weights (|w| >= ${cutoff.toPrecision(3)}), ` +
      `quantised to ${QUANT_LEVELS} levels: validation AP ${f4(averagePrecision(fullValRaw, val.y))} -> ${f4(averagePrecision(fullVal, val.y))}`,
  );
  console.log(`          validation F1 ${f4(fullThreshold.f1)} at threshold ${fullThreshold.threshold}`);
  const topDense = DENSE_FEATURE_NAMES.map((n, k) => [n, full.model.weights[NUM_BUCKETS + k]!] as const).sort(
    (a, b) => Math.abs(b[1]) - Math.abs(a[1]),
  );
  console.log(
    `          strongest dense weights: ${topDense
      .slice(0, 8)
      .map(([n, w]) => `${n} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`)
      .join(', ')}`,
  );

  // --- the one test evaluation ------------------------------------------------
  const scoredOn = (s: Split): { mb: BinaryMetrics; mf: BinaryMetrics; apb: number; apf: number } => {
    const baseScores = predictMatrix(buildMatrix(texts(s), false), base.model.weights, base.model.bias);
    const fullScores = Float64Array.from(s.rows, (r) => exportedModel.scoreSentence(r.text));
    return {
      mb: binaryMetrics(baseScores, s.y, baseThreshold.threshold),
      mf: binaryMetrics(fullScores, s.y, fullThreshold.threshold),
      apb: averagePrecision(baseScores, s.y),
      apf: averagePrecision(fullScores, s.y),
    };
  };
  const onTest = scoredOn(test);
  const onExpert = scoredOn(expert);
  const table = (title: string, r: ReturnType<typeof scoredOn>): void => {
    console.log('');
    console.log(title);
    console.log(
      `${''.padEnd(34)} ${'threshold'.padStart(9)}  ${'precision'.padStart(9)}  ${'recall'.padStart(6)}  ${'F1'.padStart(6)}  ${'AP'.padStart(6)}`,
    );
    console.log(metricsRow('baseline (word+char n-gram LR)', baseThreshold.threshold, r.mb, r.apb));
    console.log(metricsRow('model (n-grams + linguistic)', fullThreshold.threshold, r.mf, r.apf));
    const delta = r.mf.f1 - r.mb.f1;
    console.log(
      `F1 model - baseline: ${delta >= 0 ? '+' : ''}${f4(delta)}${delta > 0 ? ' (model beats baseline)' : ' (MODEL DOES NOT BEAT BASELINE)'}`,
    );
  };
  table(`Held-out test split (${describe(test)}), check-worthy class:`, onTest);
  table(`Expert-labelled validation set (${describe(expert)}), check-worthy class:`, onExpert);
  const { mb, mf, apb, apf } = onTest;
  console.log(`decision threshold (queue iff score >= threshold): ${fullThreshold.threshold}`);

  const weights = exportWeights(full.model, {
    pruneBelow: cutoff,
    levels: QUANT_LEVELS,
    threshold: fullThreshold.threshold,
    dense: true,
    training: {
      script: 'scripts/train-checkworthy.ts',
      data: { file: 'claimbuster/train.csv', sha256: dataSha256, sentences: all.length, positiveLabel: 1 },
      seed: SEED,
      split: {
        by: 'file_id',
        testDebates: test.debates,
        validationDebates: val.debates,
        trainSentences: train.rows.length,
        validationSentences: val.rows.length,
        testSentences: test.rows.length,
      },
      optimiser: 'full-batch L-BFGS, mean log-loss + L2 (bias unregularised), no class weighting',
      lambda: full.lambda,
      thresholdRule: 'max F1 of the check-worthy class on the validation debates, with these exported weights',
      hashedWeightsKept: provisional.hashed.values.length,
      hashedWeightsNonZero: nonZero,
      validation: { ap: round4(averagePrecision(fullVal, val.y)), f1: round4(fullThreshold.f1) },
      test: { ...rounded(mf), ap: round4(apf) },
      baselineTest: { ...rounded(mb), ap: round4(apb), threshold: round4(baseThreshold.threshold), lambda: base.lambda },
    },
  });
  const json = JSON.stringify(weights);
  const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (write) {
    writeFileSync(outPath, json + '\n');
    console.log(`weights   ${outPath} (${(json.length / 1024).toFixed(0)} KiB)`);
  } else {
    console.log(`weights   not written (--no-write); would be ${(json.length / 1024).toFixed(0)} KiB`);
  }
  console.log(
    `          sha256 ${createHash('sha256')
      .update(json + '\n')
      .digest('hex')}`,
  );
  console.log(`total time ${totalSeconds.toFixed(1)} s`);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function rounded(m: BinaryMetrics): Record<string, number> {
  return { precision: round4(m.precision), recall: round4(m.recall), f1: round4(m.f1), tp: m.tp, fp: m.fp, fn: m.fn };
}

main();
