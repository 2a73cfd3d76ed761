/**
 * Retraining the check-worthiness model on the debate sentences plus the tune half's news claims, cross-validated by text
 * (npm run cv:checkworthy-retrain -- [--weights 1,3] [--lambdas 1e-5] [--iterations 120]).
 *
 * The tune texts are dealt into FOLDS folds (seeded, as scripts/checkworthy-news-cv.ts deals them). For each news weight w
 * and L2 strength, each fold's claims are scored by a model trained on every debate sentence (weight 1) and the other
 * folds' claims (weight w, each as the engine scores it: scripts/checkworthy-news-claims.ts), the shipped blend
 * (BLEND_LR_SHARE LR + the rest NB-LR, naive-Bayes ratios from the debates). w = 0 is the debate model alone (it reads no
 * tune claim, so it needs no folds). Counts are the eval's check-worthy counts, summed over folds, for each set of rules:
 *   - at the threshold chosen on the pooled held-out scores (max accuracy with every rule; slightly optimistic), and
 *   - nested: each fold at the threshold the other folds' held-out scores choose.
 * Each config's expert-set figures (the model trained on every tune claim is not fitted here): see train:checkworthy.
 * Reads no test text.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import {
  type SparseMatrix,
  type TrainedLinear,
  blendLinear,
  buildMatrix,
  naiveBayesRatios,
  predictMatrix,
  scaleColumns,
  stackRows,
  trainLogisticRegression,
} from '../libs/extraction/src/checkworthiness/model/training';
import {
  NEWS_CV_FOLDS,
  NEWS_CV_RULE_SETS,
  NEWS_CV_SEED,
  type NewsClaim,
  newsCounts,
  textFolds,
  tuneNewsClaims,
} from './checkworthy-news-claims';
import { DEFAULT_DATA, type Row, WORD_MEAN, labelled, loadWordVectors } from './train-checkworthy';

const SEED = NEWS_CV_SEED;
const FOLDS = NEWS_CV_FOLDS;
const RULE_SETS = NEWS_CV_RULE_SETS;
/** The debate model's blend before news (0.25 LR + 0.75 NB-LR, weights.json training.model at c29d4d40...). */
const BLEND_LR_SHARE = 0.25;
const THRESHOLDS = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 1000) / 1000).concat([0.423]);

function argList(name: string, fallback: string): number[] {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1]! : fallback).split(',').map(Number);
}

function seconds(t0: bigint): string {
  return (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(0);
}

function main(): void {
  const weights = argList('--weights', '1,3');
  const lambdas = argList('--lambdas', '1e-5');
  const [iterations] = argList('--iterations', '120');
  const started = process.hrtime.bigint();

  const train = labelled(parse(readFileSync(DEFAULT_DATA), { columns: true, skip_empty_lines: true }) as Row[]);
  const sets = RULE_SETS.map((s) => tuneNewsClaims(new Set(s.without)).claims);
  const claims = sets[0]!;
  const foldOf = textFolds(Math.max(...claims.map((c) => c.textIndex)) + 1);
  const vectors = loadWordVectors(WORD_MEAN).table;
  const Xdeb = buildMatrix(
    train.rows.map((r) => r.text),
    true,
    vectors,
  );
  const Xnews = buildMatrix(
    claims.map((c) => c.text),
    true,
    vectors,
  );
  const partTexts = [...new Set(sets.flatMap((s) => s.flatMap((c) => c.parts.map((p) => p.text))))];
  const Xparts = buildMatrix(partTexts, true, vectors);
  const ratios = naiveBayesRatios(Xdeb, train.y);
  console.log(
    `${train.rows.length} debate sentences; ${foldOf.length} tune texts, ${claims.length} claims (${claims.filter((c) => c.y).length} check-worthy), ` +
      `${FOLDS} folds by text (seed ${SEED}); featurised at ${seconds(started)} s`,
  );

  /** Fits LR and NB-LR (warm from `from`), returns the blend and the two fits. */
  const fitBlend = (
    X: SparseMatrix,
    y: Uint8Array,
    lambda: number,
    sw: Float64Array | undefined,
    from?: { lr: TrainedLinear; nb: TrainedLinear },
  ): { model: TrainedLinear; lr: TrainedLinear; nb: TrainedLinear } => {
    const maxIterations = from ? iterations! : 300;
    const lr = trainLogisticRegression(X, y, { lambda, sampleWeights: sw, init: from?.lr.theta, maxIterations, tolerance: 1e-7 });
    const nb = trainLogisticRegression(scaleColumns(X, ratios), y, {
      lambda,
      sampleWeights: sw,
      init: from?.nb.theta,
      maxIterations,
      tolerance: 1e-7,
    });
    const model = blendLinear([
      { model: lr, weight: BLEND_LR_SHARE },
      { model: nb, weight: 1 - BLEND_LR_SHARE, columnScale: ratios },
    ]);
    return { model, lr, nb };
  };

  /** Held-out scores of every part text, per fold (the parts of fold k's claims scored by fold k's model). */
  type FoldScores = Float64Array[];
  const partIndex = new Map(partTexts.map((t, i) => [t, i]));
  /** The eval's counts over the claims of the given folds, each fold's parts scored by its own model. */
  const foldCounts = (set: readonly NewsClaim[], s: FoldScores, threshold: (k: number) => number, folds: readonly number[]) => {
    const total = { right: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const k of folds) {
      const c = newsCounts(
        set.filter((cl) => foldOf[cl.textIndex] === k),
        (t) => s[k]![partIndex.get(t)!]!,
        threshold(k),
      );
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += c[key];
    }
    return total;
  };
  const allFolds = Array.from({ length: FOLDS }, (_, k) => k);
  const best = (set: readonly NewsClaim[], s: FoldScores, folds: readonly number[]): number => {
    let bestT = THRESHOLDS[0]!;
    let bestRight = -1;
    for (const t of THRESHOLDS) {
      const right = foldCounts(set, s, () => t, folds).right;
      if (right > bestRight) {
        bestRight = right;
        bestT = t;
      }
    }
    return bestT;
  };
  const show = (c: { right: number; tp: number; fp: number; fn: number }): string =>
    `${String(c.right).padStart(4)} (${(c.tp / (c.tp + c.fp)).toFixed(3)} / ${(c.tp / (c.tp + c.fn)).toFixed(3)})`;
  console.log('');
  console.log(`Check-worthy accuracy of ${claims.length} tune claims, held out by text (P / R of the check-worthy class):`);
  console.log(`${'model'.padEnd(26)} ${'rules'.padEnd(34)} ${'at 0.423'.padEnd(20)} ${'pooled best t'.padEnd(28)} nested t`);
  const report = (row: { name: string; scores: FoldScores }): void => {
    RULE_SETS.forEach((rs, i) => {
      const set = sets[i]!;
      const t = best(set, row.scores, allFolds);
      const nested = foldCounts(
        set,
        row.scores,
        (k) =>
          best(
            set,
            row.scores,
            allFolds.filter((j) => j !== k),
          ),
        allFolds,
      );
      console.log(
        `${row.name.padEnd(26)} ${rs.name.padEnd(34)} ${show(foldCounts(set, row.scores, () => 0.423, allFolds)).padEnd(20)} ` +
          `${`${show(foldCounts(set, row.scores, () => t, allFolds))} t=${t}`.padEnd(28)} ${show(nested)} (t ${allFolds
            .map((k) =>
              best(
                set,
                row.scores,
                allFolds.filter((j) => j !== k),
              ),
            )
            .join(',')})`,
      );
    });
  };
  for (const lambda of lambdas) {
    const t0 = process.hrtime.bigint();
    const debate = fitBlend(Xdeb, train.y, lambda, undefined);
    const all = predictMatrix(Xparts, debate.model.weights, debate.model.bias);
    console.log(`debates only, L2 ${lambda.toExponential(0)}: ${debate.lr.iterations} + ${debate.nb.iterations} it, ${seconds(t0)} s`);
    report({ name: `debates only, L2 ${lambda.toExponential(0)}`, scores: Array.from({ length: FOLDS }, () => all) });
    for (const w of weights) {
      if (w === 0) {
        // The control: the debate fit continued for as many iterations as the folds' fits, with no news claim.
        const t1 = process.hrtime.bigint();
        const more = fitBlend(Xdeb, train.y, lambda, undefined, debate);
        const s = predictMatrix(Xparts, more.model.weights, more.model.bias);
        console.log(
          `  debates only, L2 ${lambda.toExponential(0)}, ${more.lr.iterations} + ${more.nb.iterations} it more, ${seconds(t1)} s`,
        );
        report({ name: `debates, +${iterations} it`, scores: Array.from({ length: FOLDS }, () => s) });
        continue;
      }
      const scores: FoldScores = [];
      for (let k = 0; k < FOLDS; k++) {
        const t1 = process.hrtime.bigint();
        const pick = claims.flatMap((c, r) => (foldOf[c.textIndex] !== k ? [r] : []));
        const X = stackRows(Xdeb, Xnews, pick);
        const y = new Uint8Array(X.rows);
        y.set(train.y);
        pick.forEach((r, i) => (y[train.rows.length + i] = claims[r]!.y));
        const sw = new Float64Array(X.rows).fill(1);
        sw.fill(w, train.rows.length);
        const fitted = fitBlend(X, y, lambda, sw, debate);
        scores.push(predictMatrix(Xparts, fitted.model.weights, fitted.model.bias));
        console.log(
          `  news x${w}, L2 ${lambda.toExponential(0)}, fold ${k + 1}: ${fitted.lr.iterations} + ${fitted.nb.iterations} it, ${seconds(t1)} s`,
        );
      }
      report({ name: `+ news x${w}, L2 ${lambda.toExponential(0)}`, scores });
    }
  }
  console.log(`total time ${seconds(started)} s`);
}

main();
