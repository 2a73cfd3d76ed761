import { FeatureVector, NUM_BUCKETS, extractFeatures } from './features';
import { LinearCheckworthinessModel, sigmoid } from './linear-model';
import {
  averagePrecision,
  binaryMetrics,
  blendLinear,
  buildMatrix,
  buildTfidfMatrix,
  candidateMerit,
  chooseThreshold,
  crossValidatedThresholdF1,
  exportWeights,
  fitTfidf,
  mulberry32,
  naiveBayesRatios,
  nestedCrossValidatedF1,
  pickGroups,
  predictMatrix,
  pruneCutoff,
  scaleColumns,
  seededShuffle,
  stackRows,
  stratifiedFolds,
  trainLogisticRegression,
  wordNgrams,
} from './training';

describe('check-worthiness training utilities', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('seededShuffle permutes a copy deterministically', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const s1 = seededShuffle(items, mulberry32(7));
    expect(seededShuffle(items, mulberry32(7))).toEqual(s1);
    expect([...s1].sort((x, y) => x - y)).toEqual(items);
    expect(s1).not.toEqual(items);
    expect(items[0]).toBe(0);
  });

  it('pickGroups is deterministic, order-independent and sized by fraction', () => {
    const groups = Array.from({ length: 33 }, (_, i) => `debate-${i}`);
    const a = pickGroups(groups, 0.2, 1);
    const b = pickGroups([...groups].reverse().concat(groups), 0.2, 1);
    expect([...a].sort()).toEqual([...b].sort());
    expect(a.size).toBe(7);
  });

  it('computes precision, recall, F1 and average precision', () => {
    const scores = [0.9, 0.8, 0.7, 0.2, 0.1];
    const y = [1, 0, 1, 1, 0];
    const m = binaryMetrics(scores, y, 0.5);
    expect(m).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(averagePrecision([0.9, 0.8, 0.1], [1, 1, 0])).toBe(1);
    expect(averagePrecision(scores, y)).toBeCloseTo((1 + 2 / 3 + 3 / 4) / 3);
  });

  it('chooses the F1-maximising threshold between two scores', () => {
    const { threshold, f1 } = chooseThreshold([0.9, 0.8, 0.6, 0.3, 0.1], [1, 1, 1, 0, 0]);
    expect(f1).toBe(1);
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThanOrEqual(0.6);
  });

  it('deals each class evenly over stratified folds, the same way for the same seed', () => {
    const y = Array.from({ length: 103 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const folds = stratifiedFolds(y, 5, 3);
    expect(Array.from(stratifiedFolds(y, 5, 3))).toEqual(Array.from(folds));
    expect(Array.from(stratifiedFolds(y, 5, 4))).not.toEqual(Array.from(folds));
    for (let f = 0; f < 5; f++) {
      const positives = y.filter((v, i) => v === 1 && folds[i] === f).length;
      const negatives = y.filter((v, i) => v === 0 && folds[i] === f).length;
      expect(positives).toBeGreaterThanOrEqual(5);
      expect(positives).toBeLessThanOrEqual(6);
      expect(negatives).toBeGreaterThanOrEqual(15);
      expect(negatives).toBeLessThanOrEqual(16);
    }
  });

  it('measures a threshold on rows it was not chosen on', () => {
    // Scores separable with a wide gap: any fold's threshold separates the left-out rows too.
    const separable = Array.from({ length: 40 }, (_, i) => (i < 20 ? i / 100 : 0.6 + i / 100));
    const y = separable.map((s) => (s >= 0.5 ? 1 : 0));
    expect(crossValidatedThresholdF1(separable, y, { folds: 5, repeats: 3, seed: 1 }).f1).toBe(1);
    // One positive scored among the negatives: the whole-set threshold gives up that positive
    // (F1 < 1 but positive); when it is left out it is not found, and when it is in the choosing
    // folds it can pull the threshold down; the cross-validated F1 is never above the whole-set F1.
    const scores = [...separable];
    const labels = [...y];
    labels[5] = 1;
    const whole = chooseThreshold(scores, labels).f1;
    const cv = crossValidatedThresholdF1(scores, labels, { folds: 5, repeats: 5, seed: 1 });
    expect(cv.f1).toBeLessThanOrEqual(whole);
    expect(cv.f1).toBeGreaterThan(0.8);
    expect(cv.precision).toBeGreaterThan(0);
    expect(cv.recall).toBeLessThan(1);
  });

  it('chooses scorer and threshold on the other folds only, and says what each fold chose', () => {
    const separable = Array.from({ length: 40 }, (_, i) => (i < 20 ? i / 100 : 0.6 + i / 100));
    const y = separable.map((s) => (s >= 0.5 ? 1 : 0));
    const reversed = separable.map((s) => 1 - s);
    const nested = nestedCrossValidatedF1([reversed, separable], y, { folds: 5, repeats: 3, seed: 1 });
    // The scorer that ranks negatives first is never chosen, and the good one separates every left-out fold.
    expect(nested.f1).toBe(1);
    expect(nested.chosen).toEqual([0, 15]);
    expect(nested.folds).toHaveLength(5);
    for (const fold of nested.folds) {
      expect(fold.candidate).toBe(1);
      expect(fold.metrics.fn + fold.metrics.fp).toBe(0);
    }
    // One candidate: the same as choosing only the threshold on the other folds.
    const labels = [...y];
    labels[5] = 1;
    const options = { folds: 5, repeats: 4, seed: 7 };
    expect(nestedCrossValidatedF1([separable], labels, options).f1).toBeCloseTo(
      crossValidatedThresholdF1(separable, labels, options).f1,
      12,
    );
  });

  it('rates a candidate by its best F1 or by its whole ranking, with the same threshold', () => {
    const scores = [0.9, 0.8, 0.7, 0.6];
    const y = [1, 0, 1, 0];
    const byF1 = candidateMerit(scores, y, 'f1');
    const byRanking = candidateMerit(scores, y, 'averagePrecision');
    // The best cut takes the top three (2 of 3 right, both positives): F1 0.8; AP = (1 + 2/3) / 2.
    expect(byF1.merit).toBeCloseTo(0.8, 12);
    expect(byRanking.merit).toBeCloseTo(averagePrecision(scores, y), 12);
    expect(byRanking.merit).toBeCloseTo(5 / 6, 12);
    expect(byRanking.threshold).toBe(byF1.threshold);
    expect(byRanking.f1).toBe(byF1.f1);
    // Nested cross-validation by ranking also never picks the scorer that ranks negatives first.
    const separable = Array.from({ length: 40 }, (_, i) => (i < 20 ? i / 100 : 0.6 + i / 100));
    const labels = separable.map((s) => (s >= 0.5 ? 1 : 0));
    const reversed = separable.map((s) => 1 - s);
    const nested = nestedCrossValidatedF1([reversed, separable], labels, { folds: 5, repeats: 2, seed: 3, select: 'averagePrecision' });
    expect(nested.chosen).toEqual([0, 10]);
    expect(nested.f1).toBe(1);
  });

  it('scales n-gram columns by how unevenly the classes use them, dense columns left as they are', () => {
    const X = buildMatrix(['Taxes rose 10 percent.', 'Taxes fell 5 percent.', 'Thank you all.', 'Thank you, friends.'], true);
    const y = Uint8Array.from([1, 1, 0, 0]);
    const ratios = naiveBayesRatios(X, y);
    const probe = (text: string): Map<number, number> => extractFeatures(text, new FeatureVector(), { dense: false }).toMap();
    const [percentColumn] = [...probe('percent')].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
    const [thankColumn] = [...probe('thank')].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
    expect(ratios[percentColumn]).toBeGreaterThan(0.5);
    expect(ratios[thankColumn]).toBeGreaterThan(0.5);
    for (let j = NUM_BUCKETS; j < X.cols; j++) expect(ratios[j]).toBe(1);
    const scaled = scaleColumns(X, ratios);
    for (let k = 0; k < X.values.length; k++) expect(scaled.values[k]).toBeCloseTo(X.values[k]! * ratios[X.colIdx[k]!]!, 5);
    expect(scaled.colIdx).toBe(X.colIdx);
  });

  it('builds a plain TF-IDF baseline: word 1-2-grams over a vocabulary, unit rows', () => {
    expect(wordNgrams('Taxes rose 10%.')).toEqual(['taxes', 'rose', '00', '%', 'taxes rose', 'rose 00', '00 %']);
    const train = ['Taxes rose.', 'Taxes fell.', 'Prices rose.'];
    const vocabulary = fitTfidf(train, 2);
    expect([...vocabulary.columns.keys()]).toEqual(['rose', 'taxes']);
    // In 2 of 3 sentences each: idf = ln(4 / 3) + 1.
    expect(vocabulary.idf[0]).toBeCloseTo(Math.log(4 / 3) + 1);
    const X = buildTfidfMatrix(['Taxes rose again.', 'Nothing known here.'], vocabulary);
    expect(X.cols).toBe(2);
    expect(Array.from(X.rowPtr)).toEqual([0, 2, 2]);
    expect(Array.from(X.colIdx)).toEqual([0, 1]);
    expect(X.values[0]).toBeCloseTo(Math.SQRT1_2);
    expect(X.values[1]).toBeCloseTo(Math.SQRT1_2);
  });

  describe('logistic regression', () => {
    const pos = [
      'Taxes rose by 10 percent in 1990.',
      'Crime fell 20 percent last year.',
      'We spent $5 billion on it.',
      'Prices rose 3 percent.',
    ];
    const neg = ['Thank you very much.', 'I think that is wrong.', 'What would you do?', 'Good evening everyone.'];
    const texts = [...pos, ...neg];
    const y = Uint8Array.from(texts, (_, i) => (i < pos.length ? 1 : 0));

    it('learns a tiny problem, deterministically', () => {
      const X = buildMatrix(texts, true);
      expect(X.rows).toBe(texts.length);
      const m1 = trainLogisticRegression(X, y, { lambda: 1e-3 });
      const m2 = trainLogisticRegression(X, y, { lambda: 1e-3 });
      expect(Array.from(m1.weights)).toEqual(Array.from(m2.weights));
      expect(m1.bias).toBe(m2.bias);
      const s = predictMatrix(X, m1.weights, m1.bias);
      for (let i = 0; i < texts.length; i++) expect(s[i]! >= 0.5).toBe(y[i] === 1);
      expect(predictMatrix(buildMatrix(['Exports fell 4 percent in 2001.'], true), m1.weights, m1.bias)[0]).toBeGreaterThan(0.5);
    });

    it("adds each row's offset to its log-odds: a constant offset is taken off the bias, the weights unchanged", () => {
      const X = buildMatrix(texts, true);
      const plain = trainLogisticRegression(X, y, { lambda: 1e-2, tolerance: 1e-10 });
      const shifted = trainLogisticRegression(X, y, { lambda: 1e-2, tolerance: 1e-10, offsets: texts.map(() => 1.5) });
      expect(shifted.bias).toBeCloseTo(plain.bias - 1.5, 3);
      expect(shifted.weights.reduce((m, w, j) => Math.max(m, Math.abs(w - plain.weights[j]!)), 0)).toBeLessThan(1e-3);
      // Offsets that already separate the classes leave less to learn than none.
      const told = trainLogisticRegression(X, y, { lambda: 1e-2, tolerance: 1e-10, offsets: texts.map((_, i) => (y[i] === 1 ? 3 : -3)) });
      const norm = (w: Float64Array): number => w.reduce((s, v) => s + v * v, 0);
      expect(norm(told.weights)).toBeLessThan(norm(plain.weights));
      expect(() => trainLogisticRegression(X, y, { lambda: 1e-2, offsets: [1, 2] })).toThrow('wrong length');
    });

    it('weighs a row of weight 2 as two copies of it, and a row of weight 0 as none', () => {
      const X = buildMatrix(texts, true);
      const twice = trainLogisticRegression(stackRows(X, X, [0]), Uint8Array.from([...y, y[0]!]), { lambda: 1e-2, tolerance: 1e-10 });
      const weighted = trainLogisticRegression(X, y, {
        lambda: 1e-2,
        tolerance: 1e-10,
        sampleWeights: texts.map((_, i) => (i === 0 ? 2 : 1)),
      });
      expect(weighted.bias).toBeCloseTo(twice.bias, 4);
      expect(weighted.weights.reduce((m, w, j) => Math.max(m, Math.abs(w - twice.weights[j]!)), 0)).toBeLessThan(1e-4);
      const rest = texts.map((_, i) => i).slice(1);
      const without = trainLogisticRegression(
        stackRows({ ...X, rows: 0, rowPtr: new Int32Array(1) }, X, rest),
        Uint8Array.from(rest, (i) => y[i]!),
        {
          lambda: 1e-2,
          tolerance: 1e-10,
        },
      );
      const zero = trainLogisticRegression(X, y, { lambda: 1e-2, tolerance: 1e-10, sampleWeights: texts.map((_, i) => (i === 0 ? 0 : 1)) });
      expect(zero.bias).toBeCloseTo(without.bias, 4);
      expect(() => trainLogisticRegression(X, y, { lambda: 1e-2, sampleWeights: [1, 2] })).toThrow('wrong length');
    });

    it('stacks the picked rows of one matrix under another', () => {
      const a = buildMatrix(['Prices rose 3 percent.'], true);
      const b = buildMatrix(['Thank you.', 'Crime fell.', 'Good evening.'], true);
      const s = stackRows(a, b, [2, 0]);
      const rowOf = (m: typeof a, r: number): number[] => Array.from(m.colIdx.subarray(m.rowPtr[r]!, m.rowPtr[r + 1]!));
      expect(s.rows).toBe(3);
      expect(rowOf(s, 0)).toEqual(rowOf(a, 0));
      expect(rowOf(s, 1)).toEqual(rowOf(b, 2));
      expect(rowOf(s, 2)).toEqual(rowOf(b, 0));
      expect(Array.from(s.values.subarray(s.rowPtr[1]!, s.rowPtr[2]!))).toEqual(Array.from(b.values.subarray(b.rowPtr[2]!, b.rowPtr[3]!)));
      expect(() => stackRows(a, buildMatrix(['x'], false), [0])).toThrow('different widths');
    });

    it('keeps fitting from a warm start until L-BFGS has its curvature history, then stops at the tolerance', () => {
      const X = buildMatrix(texts, true);
      const strong = trainLogisticRegression(X, y, { lambda: 1e-1 });
      const cold = trainLogisticRegression(X, y, { lambda: 5e-2, tolerance: 1e-9 });
      // A loose tolerance would accept the first short gradient step after the warm start.
      const hasty = trainLogisticRegression(X, y, { lambda: 5e-2, init: strong.theta, tolerance: 1e-2, minIterations: 0 });
      const warm = trainLogisticRegression(X, y, { lambda: 5e-2, init: strong.theta, tolerance: 1e-2 });
      expect(hasty.iterations).toBeLessThan(10);
      expect(warm.iterations).toBeGreaterThanOrEqual(10);
      expect(warm.objective).toBeLessThanOrEqual(hasty.objective);
      expect(warm.objective).toBeCloseTo(cold.objective, 4);
    });

    it('exports pruned, quantised weights that score like the trained model', () => {
      const X = buildMatrix(texts, true);
      const m = trainLogisticRegression(X, y, { lambda: 1e-3 });
      const w = exportWeights(m, { pruneBelow: pruneCutoff(m.weights, 1_000_000), threshold: 0.5, dense: true });
      const model = LinearCheckworthinessModel.fromWeights(w);
      const raw = predictMatrix(X, m.weights, m.bias);
      texts.forEach((t, i) => expect(model.scoreSentence(t)).toBeCloseTo(raw[i]!, 3));
      expect(JSON.parse(JSON.stringify(w))).toEqual(w);
      const few = exportWeights(m, { pruneBelow: pruneCutoff(m.weights, 10), threshold: 0.5, dense: true });
      expect(few.hashed.values.length).toBeLessThanOrEqual(10);
    });

    it('blends two models into one that scores the mean of their log-odds', () => {
      const X = buildMatrix(texts, true);
      const plain = trainLogisticRegression(X, y, { lambda: 1e-3 });
      const ratios = naiveBayesRatios(X, y);
      const Xnb = scaleColumns(X, ratios);
      const nb = trainLogisticRegression(Xnb, y, { lambda: 1e-3 });
      const blend = blendLinear([
        { model: plain, weight: 0.25 },
        { model: nb, weight: 0.75, columnScale: ratios },
      ]);
      const logit = (p: number): number => Math.log(p / (1 - p));
      const a = predictMatrix(X, plain.weights, plain.bias);
      const b = predictMatrix(Xnb, nb.weights, nb.bias);
      const blended = predictMatrix(X, blend.weights, blend.bias);
      texts.forEach((_, i) => expect(logit(blended[i]!)).toBeCloseTo(0.25 * logit(a[i]!) + 0.75 * logit(b[i]!), 4));
      texts.forEach((_, i) => expect(blended[i]! >= 0.5).toBe(y[i] === 1));
      const model = LinearCheckworthinessModel.fromWeights(exportWeights(blend, { pruneBelow: 0, threshold: 0.5, dense: true }));
      texts.forEach((t, i) => expect(model.scoreSentence(t)).toBeCloseTo(blended[i]!, 3));
    });

    it('matches the runtime dot product', () => {
      const X = buildMatrix(texts, false);
      const m = trainLogisticRegression(X, y, { lambda: 1e-3 });
      const model = LinearCheckworthinessModel.fromVector(m.weights, m.bias, 0.5, false);
      const v = extractFeatures(texts[0]!, new FeatureVector(), { dense: false });
      let z = m.bias;
      for (let k = 0; k < v.length; k++) z += m.weights[v.indices[k]!]! * v.values[k]!;
      expect(model.scoreSentence(texts[0]!)).toBeCloseTo(sigmoid(z), 12);
      expect(m.weights.length).toBe(NUM_BUCKETS);
    });
  });
});
