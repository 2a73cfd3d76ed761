import { CHECKWORTHINESS_THRESHOLD, checkworthinessModel, isCheckWorthy, scoreSentence } from './checkworthiness-model';
import { DENSE_FEATURE_NAMES, HASH_BITS, NUM_BUCKETS, NUM_FEATURES } from './features';
import { type CheckworthinessWeights, LinearCheckworthinessModel, WEIGHTS_FORMAT } from './linear-model';
import weights from './weights.json';

const CHECK_WORTHY = 'Unemployment rose to 8.5 percent in 2009, the highest level in 26 years.';
const NOT_CHECK_WORTHY = "Thank you very much, it's good to be here tonight.";

describe('checkworthiness model (committed weights)', () => {
  it('loads weights in the expected format', () => {
    expect(weights.format).toBe(WEIGHTS_FORMAT);
    expect(weights.hashBits).toBe(HASH_BITS);
    expect(weights.dense).toBe(true);
    expect(weights.hashed.indexDeltas.length).toBe(weights.hashed.values.length);
    expect(weights.hashed.values.length).toBeGreaterThan(1000);
  });

  it('exports a threshold in (0, 1)', () => {
    expect(CHECKWORTHINESS_THRESHOLD).toBeGreaterThan(0);
    expect(CHECKWORTHINESS_THRESHOLD).toBeLessThan(1);
    expect(checkworthinessModel.threshold).toBe(CHECKWORTHINESS_THRESHOLD);
  });

  it('scores in [0, 1], also for odd input', () => {
    for (const s of [CHECK_WORTHY, NOT_CHECK_WORTHY, '', '   ', '?', '1234567890', 'ÄÖÜ ß 日本語 😀', 'x'.repeat(20000)]) {
      const p = scoreSentence(s);
      expect(Number.isFinite(p)).toBe(true);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('puts a clear factual claim above and a pleasantry below the threshold', () => {
    expect(scoreSentence(CHECK_WORTHY)).toBeGreaterThan(CHECKWORTHINESS_THRESHOLD);
    expect(scoreSentence(NOT_CHECK_WORTHY)).toBeLessThan(CHECKWORTHINESS_THRESHOLD);
    expect(isCheckWorthy(CHECK_WORTHY)).toBe(true);
    expect(isCheckWorthy(NOT_CHECK_WORTHY)).toBe(false);
  });

  it('passes news-style factual sentences', () => {
    expect(
      isCheckWorthy(
        '3,179 people, including 1,519 children – among them 138 newborn babies – have left eastern Aleppo through the ‘humanitarian corridors’ set up by Syrian government forces, the Russian Reconciliation Center also noted on Monday.',
      ),
    ).toBe(true);
    expect(isCheckWorthy('The strikes, according to the Russian military, were paused in mid-October and have not resumed.')).toBe(true);
  });

  it('is deterministic and scores 10,000 sentences', () => {
    const first = scoreSentence(CHECK_WORTHY);
    let n = 0;
    for (let i = 0; i < 10_000; i++) {
      const p = scoreSentence(i % 2 === 0 ? `${CHECK_WORTHY} ${i}` : NOT_CHECK_WORTHY);
      if (p >= 0 && p <= 1) n++;
    }
    expect(n).toBe(10_000);
    expect(scoreSentence(CHECK_WORTHY)).toBe(first);
  });
});

describe('LinearCheckworthinessModel.fromWeights (16-bit levels)', () => {
  const SCALE = 0.00731;
  /** A weights file with a level in every hashed bucket (`levelOf`), one dense weight and no word scores. */
  const everyBucket = (levelOf: (bucket: number) => number): CheckworthinessWeights => ({
    format: WEIGHTS_FORMAT,
    hashBits: HASH_BITS,
    dense: true,
    bias: -0.25,
    threshold: 0.5,
    denseWeights: { has_digit: 0.75 },
    hashed: {
      scale: SCALE,
      indexDeltas: Array.from({ length: NUM_BUCKETS }, (_, k) => (k === 0 ? 0 : 1)),
      values: Array.from({ length: NUM_BUCKETS }, (_, k) => levelOf(k)),
    },
  });
  const spread = (bucket: number): number => ((bucket * 7919) % 4095) - 2047;

  it('scores exactly as a table of the scaled weights in float32 does', () => {
    const json = everyBucket(spread);
    const table = new Float32Array(NUM_FEATURES);
    for (let k = 0; k < NUM_BUCKETS; k++) table[k] = spread(k) * SCALE;
    table[NUM_BUCKETS + DENSE_FEATURE_NAMES.indexOf('has_digit')] = 0.75;
    const levels = LinearCheckworthinessModel.fromWeights(json);
    const scaled = LinearCheckworthinessModel.fromVector(table, json.bias, json.threshold, true);
    for (const sentence of ['The ferry carried 212 passengers across the bay on Sunday.', 'Lovely weather for it.', '']) {
      expect(levels.logit(sentence)).toBe(scaled.logit(sentence));
    }
  });

  it('refuses a level that does not fit in 16 bits', () => {
    expect(() => LinearCheckworthinessModel.fromWeights(everyBucket((k) => (k === 5 ? 40000 : 1)))).toThrow(/16-bit/);
    expect(() => LinearCheckworthinessModel.fromWeights(everyBucket((k) => (k === 5 ? 2.5 : 1)))).toThrow(/16-bit/);
  });
});
