import { CHECKWORTHINESS_THRESHOLD, checkworthinessModel, isCheckWorthy, scoreSentence } from './checkworthiness-model';
import { HASH_BITS } from './features';
import { WEIGHTS_FORMAT } from './linear-model';
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
