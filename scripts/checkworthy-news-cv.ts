/**
 * Does learning from the engine's own news claims carry to news it has not seen? (npm run cv:checkworthy-news -- [lambdas])
 *
 * A news correction is a linear model over the shipped model's features (hashed n-grams + dense features), fitted on the
 * tune half's annotated claims with the shipped debate model's log-odds as fixed offsets (it learns what the debate model
 * gets wrong on news). Cross-validated grouped by text: the tune texts are dealt into FOLDS folds (seeded shuffle); each
 * fold is scored by the whole engine (`scoreHalf`, the rules after the model as in production) with a correction fitted on
 * the other folds, and the check-worthy counts are summed over folds, beside the shipped engine on the same texts, for each
 * set of rules. `NOBIAS=1` drops the correction's intercept (the news base rate) at scoring. Reads no test text.
 * Nothing of it ships: see the check-worthiness section of README.md.
 */
import { CORPUS_ROOT, loadHalf } from '../eval/corpus';
import { scoreHalf } from '../eval/score';
import type { CheckworthinessRule } from '../libs/extraction/src/checkworthiness/checkworthiness-rules';
import { checkworthinessModel } from '../libs/extraction/src/checkworthiness/model/checkworthiness-model';
import { sigmoid } from '../libs/extraction/src/checkworthiness/model/linear-model';
import { buildMatrix, predictMatrix, stackRows, trainLogisticRegression } from '../libs/extraction/src/checkworthiness/model/training';
import { NEWS_CV_FOLDS, NEWS_CV_RULE_SETS, NEWS_CV_SEED, textFolds } from './checkworthy-news-claims';

const SEED = NEWS_CV_SEED;
const FOLDS = NEWS_CV_FOLDS;
const RULE_SETS = NEWS_CV_RULE_SETS;

const logit = (p: number): number => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

function main(): void {
  const lambdas = (process.argv[2] ?? '1e-3,1e-4').split(',').map(Number);
  const withBias = !process.env.NOBIAS;
  const texts = loadHalf(CORPUS_ROOT, 'tune').texts;
  const foldOf = textFolds(texts.length);
  const claims = texts.flatMap((t, i) => t.claims.map((c) => ({ span: c.span, y: c.checkWorthy ? 1 : 0, text: i })));
  const offsets = claims.map((c) => logit(checkworthinessModel.scoreSentence(c.span)));
  const X = buildMatrix(
    claims.map((c) => c.span),
    true,
  );
  const none = { rows: 0, cols: X.cols, rowPtr: new Int32Array(1), colIdx: new Int32Array(0), values: new Float32Array(0) };
  const counts = (ts: typeof texts, without: readonly CheckworthinessRule[], model?: (t: string) => number): number[] => {
    const c = scoreHalf(
      { half: 'tune', texts: ts, matching: { pairs: [], nonPairs: [] } },
      { withoutCheckworthinessRules: new Set(without), checkworthinessModel: model },
    ).checkWorthy;
    return [c.tp + c.tn, c.tp, c.fp, c.fn];
  };
  const show = (c: number[]): string =>
    `${c[0]}/${claims.length}  P ${(c[1]! / (c[1]! + c[2]!)).toFixed(3)}  R ${(c[1]! / (c[1]! + c[3]!)).toFixed(3)}`;
  console.log(`${texts.length} tune texts, ${claims.length} claims, ${FOLDS} folds by text (seed ${SEED}); check-worthy accuracy:`);
  for (const set of RULE_SETS) console.log(`shipped engine        ${set.name.padEnd(34)} ${show(counts(texts, set.without))}`);
  for (const lambda of lambdas) {
    const totals = RULE_SETS.map(() => [0, 0, 0, 0]);
    for (let k = 0; k < FOLDS; k++) {
      const pick = claims.flatMap((c, r) => (foldOf[c.text] !== k ? [r] : []));
      const correction = trainLogisticRegression(
        stackRows(none, X, pick),
        Uint8Array.from(pick, (r) => claims[r]!.y),
        { lambda, offsets: pick.map((r) => offsets[r]!), maxIterations: 300, tolerance: 1e-7 },
      );
      const bias = withBias ? correction.bias : 0;
      const scorer = (t: string): number =>
        sigmoid(logit(checkworthinessModel.scoreSentence(t)) + logit(predictMatrix(buildMatrix([t], true), correction.weights, bias)[0]!));
      const held = texts.filter((_, i) => foldOf[i] === k);
      RULE_SETS.forEach((set, i) => {
        const c = counts(held, set.without, scorer);
        totals[i] = totals[i]!.map((v, j) => v + c[j]!);
      });
    }
    RULE_SETS.forEach((set, i) =>
      console.log(`correction ${lambda.toExponential(0)}${withBias ? '' : ' nobias'}  ${set.name.padEnd(34)} ${show(totals[i]!)}`),
    );
  }
}

main();
