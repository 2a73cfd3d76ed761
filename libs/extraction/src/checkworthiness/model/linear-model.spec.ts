import { DENSE_FEATURE_NAMES, NUM_BUCKETS, NUM_DENSE, NUM_FEATURES } from './features';
import { type CheckworthinessWeights, LinearCheckworthinessModel } from './linear-model';
import weightsJson from './weights.json';

/** The committed weights without the folded word scores, which a model built from a vector cannot take. */
const committed = { ...(weightsJson as unknown as CheckworthinessWeights), wordScores: undefined };

/** The weights as one float32 per feature, each bucket's product of quantised value and scale rounded on the store. */
function float32Weights(json: CheckworthinessWeights): Float32Array {
  const w = new Float32Array(NUM_FEATURES);
  let idx = 0;
  json.hashed.indexDeltas.forEach((delta, k) => {
    idx += delta;
    w[idx] = json.hashed.values[k]! * json.hashed.scale;
  });
  for (let k = 0; k < NUM_DENSE; k++) w[NUM_BUCKETS + k] = json.denseWeights[DENSE_FEATURE_NAMES[k]!] ?? 0;
  return w;
}

describe('LinearCheckworthinessModel.fromWeights (16-bit hashed weights)', () => {
  it('scores every sentence exactly as a float32 table of the same weights does', () => {
    const quantised = LinearCheckworthinessModel.fromWeights(committed);
    const table = LinearCheckworthinessModel.fromVector(float32Weights(committed), committed.bias, committed.threshold, committed.dense);
    const sentences = [
      'The harbour board raised fees by 12 percent last spring, its treasurer told members.',
      '"We never saw a single invoice," the tenant said.',
      'Rainfall in the valley was a third below the ten-year average.',
      'Thanks, everyone.',
      '',
      'ÄÖÜ ß 日本語 1,250,000',
    ];
    for (const sentence of sentences) expect(quantised.logit(sentence)).toBe(table.logit(sentence));
  });

  it('takes the widest 16-bit values and refuses one past them', () => {
    const weights = (value: number): CheckworthinessWeights => ({
      ...committed,
      hashed: { scale: 0.001, indexDeltas: [1, 1], values: [-32768, value] },
    });
    expect(() => LinearCheckworthinessModel.fromWeights(weights(32767))).not.toThrow();
    expect(() => LinearCheckworthinessModel.fromWeights(weights(32768))).toThrow(/16-bit/);
    expect(() => LinearCheckworthinessModel.fromWeights(weights(2.5))).toThrow(/16-bit/);
  });
});
