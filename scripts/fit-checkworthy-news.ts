/**
 * Fit the news calibration of check-worthiness (npm run fit:checkworthy-news).
 *
 *   tsx scripts/fit-checkworthy-news.ts [--no-write]
 *
 * The debate-trained model (weights.json, npm run train:checkworthy) scores news claims; this fits
 * the logistic regression that combines its log-odds with what the engine knows of a claim
 * (libs/extraction/src/checkworthiness/news-calibration.ts) on the annotated claims of the news
 * corpus's TUNE half (eval/corpus/tune). The test half is never read; the expert-labelled debate
 * sentences are not used (they judge the model, not its use on news).
 *
 * Protocol (deterministic):
 *  1. Every annotated tune claim the engine finds gives one row: the inputs of the engine claim that
 *     covers most of it, computed from that claim's text as the engine does, and its annotation.
 *  2. The L2 strength is chosen by cross-validation grouped by story (a text, or the two texts of a
 *     same-story pair, stays in one fold: 5 folds, 5 seeded repeats), on accuracy at log-odds 0.
 *     The cross-validated accuracy is printed beside the engine's accuracy without the calibration
 *     (the model's score and the two rules as they were applied before), on the same claims.
 *  3. The calibration is fitted on every row with the chosen strength and written to
 *     news-calibration.json. Rerun it after retraining the model or changing the engine's features.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../libs/extraction/src/extract';
import { extractCheckworthinessFeatures } from '../libs/extraction/src/checkworthiness/checkworthiness-features';
import { checkworthinessRule } from '../libs/extraction/src/checkworthiness/checkworthiness-rules';
import { CHECKWORTHINESS_THRESHOLD, scoreSentence } from '../libs/extraction/src/checkworthiness/model';
import {
  mulberry32,
  seededShuffle,
  type SparseMatrix,
  trainLogisticRegression,
} from '../libs/extraction/src/checkworthiness/model/training';
import {
  calibratedLogOdds,
  calibrationInputs,
  NEWS_CALIBRATION_INPUTS,
  type NewsCalibration,
} from '../libs/extraction/src/checkworthiness/news-calibration';
import { extractQuantitiesFromTokens } from '../libs/extraction/src/quantities/extract-quantities';
import { tokenize } from '../libs/extraction/src/tokenizer';
import { loadCorpus } from '../eval/corpus';
import { align } from '../eval/score';

const LAMBDA_GRID = [1e-1, 3e-2, 1e-2, 3e-3, 1e-3];
const CV = { folds: 5, repeats: 5, seed: 20261204 };
const OUT = resolve(__dirname, '../libs/extraction/src/checkworthiness/news-calibration.json');
const WEIGHTS = resolve(__dirname, '../libs/extraction/src/checkworthiness/model/weights.json');

interface Row {
  inputs: number[];
  label: 0 | 1;
  /** The story: a text, or both texts of a same-story pair ("convoy-a", "convoy-b" -> "convoy"). */
  story: string;
  /** The engine's judgement without the calibration: the model's score and the two rules as applied before. */
  before: boolean;
}

function rowsOfTuneHalf(): Row[] {
  const tune = loadCorpus().find((half) => half.half === 'tune');
  if (!tune) throw new Error('no tune half');
  const rows: Row[] = [];
  for (const text of tune.texts) {
    const result = extract(text.raw);
    for (const claim of text.claims) {
      const alignment = align(result.text, claim, result.claims);
      const engine = alignment.engine[0];
      if (!alignment.found || !engine) continue;
      const tokens = tokenize(engine.text);
      const features = extractCheckworthinessFeatures(engine.text, tokens);
      const quantities = extractQuantitiesFromTokens(engine.text, tokens);
      const score = scoreSentence(engine.text);
      const rule = checkworthinessRule(tokens, features, quantities);
      const before = rule === 'forecast-without-figure' ? false : rule === 'checkable-figure' ? true : score >= CHECKWORTHINESS_THRESHOLD;
      rows.push({
        inputs: calibrationInputs(engine.text, score, { tokens, features, quantities }),
        label: claim.checkWorthy ? 1 : 0,
        story: text.id.replace(/-[ab]$/, ''),
        before,
      });
    }
  }
  return rows;
}

/**
 * The input sets tried, from the model alone to everything the engine knows of a claim. The simplest whose
 * cross-validated accuracy is within one standard error of the best is fitted (the one-standard-error rule).
 */
const INPUT_SETS: ReadonlyArray<{ name: string; inputs: readonly string[] }> = [
  { name: 'model alone (its log-odds re-scaled for news)', inputs: ['modelLogOdds'] },
  { name: 'model + the two rules', inputs: ['modelLogOdds', 'rule:forecast-without-figure', 'rule:checkable-figure'] },
  { name: 'model + rules + features, type, quote, dates', inputs: NEWS_CALIBRATION_INPUTS },
];

/** Mean and spread of each chosen input over the rows (a constant input keeps spread 1). */
function standardisation(rows: readonly Row[], at: readonly number[]): { mean: number[]; scale: number[] } {
  const d = at.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) mean[j]! += row.inputs[at[j]!]! / rows.length;
  for (const row of rows) for (let j = 0; j < d; j++) scale[j]! += (row.inputs[at[j]!]! - mean[j]!) ** 2 / rows.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  return { mean, scale };
}

/** Fit on `rows` (the named inputs only), standardised with their own mean and spread. */
function fit(rows: readonly Row[], inputs: readonly string[], lambda: number): NewsCalibration {
  const at = inputs.map((name) => NEWS_CALIBRATION_INPUTS.indexOf(name));
  const { mean, scale } = standardisation(rows, at);
  const d = mean.length;
  const X: SparseMatrix = {
    rows: rows.length,
    cols: d,
    rowPtr: Int32Array.from({ length: rows.length + 1 }, (_, r) => r * d),
    colIdx: Int32Array.from({ length: rows.length * d }, (_, k) => k % d),
    values: Float32Array.from({ length: rows.length * d }, (_, k) => {
      const j = k % d;
      return (rows[Math.floor(k / d)]!.inputs[at[j]!]! - mean[j]!) / scale[j]!;
    }),
  };
  const model = trainLogisticRegression(
    X,
    Uint8Array.from(rows, (r) => r.label),
    { lambda, maxIterations: 1000 },
  );
  return { inputs: [...inputs], mean, scale, weights: Array.from(model.weights), bias: model.bias };
}

const judgedRight = (rows: readonly Row[], judge: (row: Row) => boolean): number =>
  rows.reduce((n, row) => n + (judge(row) === (row.label === 1) ? 1 : 0), 0);

/** Claims judged right, summed over the held-out folds of every repeat (divide by CV.repeats for one pass). */
function crossValidated(rows: readonly Row[], inputs: readonly string[], lambda: number): number {
  const stories = [...new Set(rows.map((r) => r.story))];
  let right = 0;
  for (let repeat = 0; repeat < CV.repeats; repeat++) {
    const order = seededShuffle(stories, mulberry32(CV.seed + repeat));
    const foldOf = new Map(order.map((story, i) => [story, i % CV.folds]));
    for (let fold = 0; fold < CV.folds; fold++) {
      const calibration = fit(
        rows.filter((r) => foldOf.get(r.story) !== fold),
        inputs,
        lambda,
      );
      right += judgedRight(
        rows.filter((r) => foldOf.get(r.story) === fold),
        (r) => calibratedLogOdds(r.inputs, calibration) >= 0,
      );
    }
  }
  return right;
}

function main(): void {
  const write = !process.argv.includes('--no-write');
  const rows = rowsOfTuneHalf();
  const positives = rows.filter((r) => r.label === 1).length;
  const pct = (n: number): string => (n / rows.length).toFixed(4);
  console.log('Check-worthiness news calibration: fitting report');
  console.log(
    `tune half  ${rows.length} claims found, ${positives} check-worthy (${((100 * positives) / rows.length).toFixed(1)}%), ${new Set(rows.map((r) => r.story)).size} stories`,
  );
  console.log(`inputs     ${NEWS_CALIBRATION_INPUTS.length}: ${NEWS_CALIBRATION_INPUTS.join(', ')}`);
  const before = judgedRight(rows, (r) => r.before);
  console.log(
    `without the calibration (model score and the two rules, threshold ${CHECKWORTHINESS_THRESHOLD}): ${before} right, accuracy ${pct(before)}`,
  );
  console.log(`Cross-validated by story (${CV.folds} folds, ${CV.repeats} repeats; claims right per pass, on stories left out):`);
  const tried = INPUT_SETS.map((set) => {
    let best = { lambda: LAMBDA_GRID[0]!, right: -1 };
    for (const lambda of LAMBDA_GRID) {
      const right = crossValidated(rows, set.inputs, lambda) / CV.repeats;
      if (right > best.right) best = { lambda, right };
    }
    console.log(
      `  ${set.name.padEnd(46)} ${set.inputs.length} inputs  best lambda ${best.lambda.toExponential(0)}  ${best.right.toFixed(1)} right, accuracy ${pct(best.right)}`,
    );
    return { ...set, ...best };
  });
  const top = Math.max(...tried.map((t) => t.right / rows.length));
  const standardError = Math.sqrt((top * (1 - top)) / rows.length);
  const chosen = tried.find((t) => t.right / rows.length >= top - standardError)!;
  const calibration = fit(rows, chosen.inputs, chosen.lambda);
  const inSample = judgedRight(rows, (r) => calibratedLogOdds(r.inputs, calibration) >= 0);
  console.log(
    `chosen     ${chosen.name}, lambda ${chosen.lambda.toExponential(0)} (the simplest within one standard error, ${standardError.toFixed(4)}, of the best ${top.toFixed(4)}):`,
  );
  console.log(
    `           cross-validated accuracy ${pct(chosen.right)} on stories left out; fitted on all, ${inSample} right (${pct(inSample)})`,
  );
  const strongest = calibration.weights
    .map((w, j) => [calibration.inputs[j]!, w] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 10)
    .map(([name, w]) => `${name} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`);
  console.log(`strongest  (per standard deviation) ${strongest.join(', ')}`);
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const json = JSON.stringify({
    inputs: calibration.inputs,
    mean: calibration.mean.map(round),
    scale: calibration.scale.map(round),
    weights: calibration.weights.map(round),
    bias: round(calibration.bias),
    fitted: {
      script: 'scripts/fit-checkworthy-news.ts',
      corpus: 'eval/corpus/tune',
      claims: rows.length,
      checkWorthy: positives,
      lambda: chosen.lambda,
      crossValidatedAccuracy: Number(pct(chosen.right)),
      accuracyWithoutCalibration: Number(pct(before)),
      modelWeightsSha256: createHash('sha256').update(readFileSync(WEIGHTS)).digest('hex'),
    },
  });
  if (write) {
    writeFileSync(OUT, json + '\n');
    console.log(`written    ${OUT}`);
  } else console.log('not written (--no-write)');
}

main();
