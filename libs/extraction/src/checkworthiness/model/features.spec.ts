import {
  DENSE_FEATURE_NAMES,
  FeatureVector,
  NUM_BUCKETS,
  NUM_DENSE,
  NUM_FEATURES,
  denseFeatures,
  extractFeatures,
  fnv1a32,
  hashWord,
  normaliseText,
  tokenise,
} from './features';

describe('check-worthiness features', () => {
  describe('normaliseText / tokenise', () => {
    it('maps typographic quotes, apostrophes and dashes to ASCII', () => {
      expect(normaliseText('“Russia’s aid” – mid\u2011October\u00a0now')).toBe('"Russia\'s aid" - mid-October now');
      expect(normaliseText('plain ascii')).toBe('plain ascii');
    });

    it('lower-cases, keeps numbers and contractions whole, maps digits to 0', () => {
      expect(tokenise('Unemployment rose to 8.5 percent in 2009.')).toEqual(['unemployment', 'rose', 'to', '0.0', 'percent', 'in', '0000']);
      expect(tokenise("Russia’s $3,179 – mid-October, 50% of it; don't.")).toEqual([
        "russia's",
        '$',
        '0,000',
        'mid',
        'october',
        '00',
        '%',
        'of',
        'it',
        "don't",
      ]);
    });

    it('handles empty and punctuation-only input', () => {
      expect(tokenise('')).toEqual([]);
      expect(tokenise(' -- ... ')).toEqual([]);
    });
  });

  describe('hashing', () => {
    it('implements FNV-1a 32-bit', () => {
      expect(fnv1a32('')).toBe(0x811c9dc5);
      expect(fnv1a32('a')).toBe(0xe40c292c);
      expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    });

    it('is stable (changing it would silently invalidate the committed weights)', () => {
      expect(hashWord('percent')).toBe(hashWord('percent'));
      expect(hashWord('percent')).toBe(977738338);
    });

    it('extracts identical vectors for identical text, independent of call history', () => {
      const text = 'The strikes, according to the Russian military, were paused in mid-October.';
      const a = extractFeatures(text, new FeatureVector(), { dense: true });
      const snapshot = { idx: Array.from(a.indices.subarray(0, a.length)), val: Array.from(a.values.subarray(0, a.length)) };
      extractFeatures('Something else entirely, with 12 numbers and 3 more!', new FeatureVector(), { dense: true });
      const b = extractFeatures(text, new FeatureVector(4), { dense: true });
      expect(Array.from(b.indices.subarray(0, b.length))).toEqual(snapshot.idx);
      expect(Array.from(b.values.subarray(0, b.length))).toEqual(snapshot.val);
    });
  });

  describe('extractFeatures', () => {
    const text = 'Unemployment rose to 8.5 percent in 2009, the highest level in 26 years.';

    it('puts n-grams in [0, NUM_BUCKETS) and dense features after them', () => {
      const v = extractFeatures(text, new FeatureVector(), { dense: true });
      let dense = 0;
      for (let k = 0; k < v.length; k++) {
        const i = v.indices[k]!;
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(NUM_FEATURES);
        if (i >= NUM_BUCKETS) dense++;
      }
      expect(dense).toBeGreaterThan(0);
      expect(dense).toBeLessThanOrEqual(NUM_DENSE);
    });

    it('leaves the dense block out for the baseline and shares the n-gram part', () => {
      const full = extractFeatures(text, new FeatureVector(), { dense: true });
      const fullNgrams = Array.from(full.indices.subarray(0, full.length)).filter((i) => i < NUM_BUCKETS);
      const base = extractFeatures(text, new FeatureVector(), { dense: false });
      const baseIdx = Array.from(base.indices.subarray(0, base.length));
      expect(baseIdx.every((i) => i < NUM_BUCKETS)).toBe(true);
      expect(baseIdx).toEqual(fullNgrams);
    });

    it('scales the word and the char n-gram blocks to unit L2 norm each', () => {
      const v = extractFeatures(text, new FeatureVector(), { dense: false });
      let sq = 0;
      for (let k = 0; k < v.length; k++) sq += v.values[k]! ** 2;
      expect(sq).toBeCloseTo(2, 10);
    });

    it('yields no features for empty text and copes with very long text', () => {
      expect(extractFeatures('', new FeatureVector(), { dense: true }).length).toBe(0);
      const long = 'word '.repeat(5000) + '1234';
      const v = extractFeatures(long, new FeatureVector(8), { dense: true });
      expect(v.length).toBeGreaterThan(5000);
    });
  });

  describe('dense linguistic features', () => {
    it('has one name per dense slot', () => {
      expect(new Set(DENSE_FEATURE_NAMES).size).toBe(NUM_DENSE);
    });

    it('finds numbers, percent, years, change verbs, superlatives', () => {
      const d = denseFeatures('Unemployment rose to 8.5 percent in 2009, the highest level in 26 years.');
      expect(d).toMatchObject({
        has_digit: 1,
        has_decimal: 1,
        has_percent: 1,
        has_year: 1,
        has_change_verb: 1,
        has_comparative: 1,
        has_statistic_noun: 1,
        has_time_expression: 1,
        is_question: 0,
        first_person_opinion: 0,
        len_10_19: 1,
      });
      expect(d.number_count).toBeCloseTo(3 / 4);
    });

    it('finds money, magnitudes and big numbers', () => {
      const d = denseFeatures("If the president were reelected, we'd go to almost $20 trillion of national debt.");
      expect(d).toMatchObject({ has_money: 1, has_magnitude_word: 1, has_big_number: 1, has_conditional: 1 });
      expect(denseFeatures('3,179 people have left.').has_big_number).toBe(1);
    });

    it('counts capitalised tokens not at the start as an entity proxy (but not "I")', () => {
      const d = denseFeatures('The German politicians cited damage caused by Russian airstrikes, Norbert Röttgen said.');
      expect(d.entity_caps_count).toBeCloseTo(4 / 6); // German, Russian, Norbert, Röttgen
      expect(d.has_caps_sequence).toBe(1);
      expect(d.has_reporting_verb).toBe(1);
      expect(denseFeatures('Then I said I would.').entity_caps_count).toBe(0);
      expect(denseFeatures('Moscow pointed out that 1% of UN aid goes there.').has_acronym).toBe(1);
    });

    it('finds attribution', () => {
      const d = denseFeatures('The strikes, according to the Russian military, were paused in mid-October and have not resumed.');
      expect(d).toMatchObject({ has_according_to: 1, has_reporting_verb: 1, has_month_or_weekday: 1, has_negation: 1 });
      expect(d.past_tense_rate).toBeGreaterThan(0);
    });

    it('finds first-person opinion, hedges, future/deontic modals', () => {
      const d = denseFeatures('I think we should perhaps cut taxes.');
      expect(d).toMatchObject({ first_person_opinion: 1, has_hedge: 1, has_deontic_or_future: 1 });
      expect(d.first_person_rate).toBeGreaterThan(0);
      expect(denseFeatures('In my opinion this is wrong.').first_person_opinion).toBe(1);
    });

    it('finds courtesy, questions, second person, record verbs and perfect aspect', () => {
      expect(denseFeatures("Thank you very much, it's good to be here tonight.")).toMatchObject({ has_courtesy: 1, len_10_19: 1 });
      expect(denseFeatures('Thank you very much.').second_person_rate).toBeGreaterThan(0);
      expect(denseFeatures('Is that true?')).toMatchObject({ is_question: 1, len_1_4: 1 });
      expect(denseFeatures('He has voted against it twice.')).toMatchObject({
        has_record_verb: 1,
        has_perfect_aspect: 1,
        has_number_word: 1,
      });
      expect(denseFeatures('He has voted against it twice.').third_person_rate).toBeGreaterThan(0);
    });

    it('keeps every dense value in [0, 1]', () => {
      for (const s of ['', '?', 'I I I I I', '1 2 3 4 5 6 7 8 9', 'A B C D E F G H I J K L M N O P Q']) {
        for (const v of Object.values(denseFeatures(s))) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }
    });
  });
});
