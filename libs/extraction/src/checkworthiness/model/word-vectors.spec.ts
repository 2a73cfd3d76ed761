import { FeatureVector, WORD_VECTOR_OFFSET, extractFeatures } from './features';
import { LinearCheckworthinessModel, WEIGHTS_FORMAT } from './linear-model';
import { blendLinear, buildMatrix, exportWeights, predictMatrix, trainLogisticRegression } from './training';
import { type WordVectorMean, type WordVectorTable, foldWordVectors, foldedTable, wordVectorRow } from './word-vectors';

/** A 3-d table of invented vectors. */
function table(mean: WordVectorMean): WordVectorTable {
  const words = ['rose', 'percent', 'thank', 'you', 'o', "o'neill"];
  const values = Float64Array.from([1, 0, 0.5, 0.9, 0.1, 0.4, -1, 0.2, 0, -0.8, 0.3, 0, 0.2, 0.2, 0.2, 0, 0, 1]);
  return { dims: 3, mean, rows: new Map(words.map((w, k) => [w, k])), values };
}

function wordColumns(text: string, t: WordVectorTable): number[] {
  const m = extractFeatures(text, new FeatureVector(), { dense: false, wordVectors: t }).toMap();
  return [0, 1, 2].map((d) => m.get(WORD_VECTOR_OFFSET + d) ?? 0);
}

describe('word vectors', () => {
  it('looks a word up, falling back to its part before an apostrophe only when it has no vector of its own', () => {
    const t = table('tokens');
    expect(wordVectorRow(t, 'rose')).toBe(0);
    expect(wordVectorRow(t, "rose's")).toBe(0);
    expect(wordVectorRow(t, "o'neill")).toBe(5);
    expect(wordVectorRow(t, "o'brien")).toBe(4);
    expect(wordVectorRow(t, 'unknown')).toBe(-1);
  });

  it('averages over every token, or over the words with a vector', () => {
    // Tokens: prices, rose, 5, percent (lower-cased by the extractor); two have vectors.
    const all = wordColumns('Prices ROSE 5 percent', table('tokens'));
    const known = wordColumns('Prices ROSE 5 percent', table('known'));
    [1.9 / 4, 0.1 / 4, 0.9 / 4].forEach((v, d) => expect(all[d]).toBeCloseTo(v, 12));
    [1.9 / 2, 0.1 / 2, 0.9 / 2].forEach((v, d) => expect(known[d]).toBeCloseTo(v, 12));
    expect(wordColumns('Nothing known here', table('known'))).toEqual([0, 0, 0]);
  });

  it('folds weights into per-word scores whose mean is the trained model’s part of the log-odds', () => {
    for (const mean of ['tokens', 'known'] as const) {
      const t = table(mean);
      const w = [0.7, -1.3, 2];
      const folded = foldWordVectors(t, w, 32767);
      expect(folded.words.split(' ')).toHaveLength(6);
      const text = "Thank you, O'Neill: prices rose 5 percent";
      const cols = wordColumns(text, t);
      const direct = cols.reduce((s, v, d) => s + v * w[d]!, 0);
      const m = extractFeatures(text, new FeatureVector(), { dense: false, wordVectors: foldedTable(folded) }).toMap();
      expect(m.get(WORD_VECTOR_OFFSET)).toBeCloseTo(direct, 3);
    }
  });

  it('scores the exported model as the trained one, with no vectors at run time', () => {
    const texts = [
      'Prices rose 5 percent last year',
      'Thank you, thank you very much',
      'Unemployment rose to 8 percent',
      'You are welcome',
    ];
    const y = Uint8Array.from([1, 0, 1, 0]);
    const t = table('known');
    const X = buildMatrix(texts, true, t);
    expect(X.cols).toBe(WORD_VECTOR_OFFSET + 3);
    const m = blendLinear([{ model: trainLogisticRegression(X, y, { lambda: 1e-3, maxIterations: 50 }), weight: 1 }]);
    const trained = predictMatrix(X, m.weights, m.bias);
    const json = exportWeights(m, { pruneBelow: 0, threshold: 0.5, dense: true, wordVectors: t });
    expect(json.format).toBe(WEIGHTS_FORMAT);
    expect(json.wordScores?.mean).toBe('known');
    const model = LinearCheckworthinessModel.fromWeights(json);
    texts.forEach((text, r) => expect(model.scoreSentence(text)).toBeCloseTo(trained[r]!, 4));
  });
});
