import { CONFLICTING_PAIRS, COPY_PAIRS, RELATED_BUT_DIFFERENT_PAIRS, REWORDED_PAIRS, type ClaimPair } from './matching-test-pairs';
import { computeSignature, signArticleClaims } from './signature';
import { claimSimilarity, newOverlap, scoreSimilarity } from './similarity';
import { StoryRelation } from './story';
import { MATCH_CONFIRM_THRESHOLD, MATCH_SUGGEST_THRESHOLD, MAX_SIMILARITY_WITH_CONFLICT } from './thresholds';

const similarity = (a: string, b: string): number => claimSimilarity(computeSignature(a), computeSignature(b));
const pairName = ([a, b]: ClaimPair): string => `${a.slice(0, 50)}… / ${b.slice(0, 50)}…`;
const named = (pairs: readonly ClaimPair[]): Array<[string, string, string]> => pairs.map((pair) => [pairName(pair), ...pair]);

describe('thresholds', () => {
  it('suggest below confirm, and a conflict can never reach confirm', () => {
    expect(MATCH_SUGGEST_THRESHOLD).toBeLessThan(MATCH_CONFIRM_THRESHOLD);
    expect(MAX_SIMILARITY_WITH_CONFLICT).toBeLessThan(MATCH_CONFIRM_THRESHOLD);
  });
});

describe('claimSimilarity on labelled pairs', () => {
  it('matches the brief’s example above the suggest threshold', () => {
    expect(
      similarity(
        '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
        'The Russian Reconciliation Center said 3,179 people including 1,519 children left eastern Aleppo via humanitarian corridors',
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('meets an acronym in the full name it abbreviates, and not in another', () => {
    const full = 'Inspectors from the Food Standards Agency closed the Tarvo bakery.';
    expect(similarity(full, 'Inspectors from the FSA closed the Tarvo bakery.')).toBeGreaterThanOrEqual(0.6);
    expect(similarity(full, 'Inspectors from the FSA closed the Tarvo bakery.')).toBeGreaterThan(
      similarity(full, 'Inspectors from the KRU closed the Tarvo bakery.'),
    );
  });

  it.each(named(REWORDED_PAIRS))('suggests a rewording: %s', (_, a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it.each(named(COPY_PAIRS))('confirms a copy: %s', (_, a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(MATCH_CONFIRM_THRESHOLD);
  });

  it.each(named(CONFLICTING_PAIRS))('never confirms other numbers, names or polarity: %s', (_, a, b) => {
    expect(similarity(a, b)).toBeLessThan(MATCH_CONFIRM_THRESHOLD);
  });

  it.each(named(RELATED_BUT_DIFFERENT_PAIRS))('does not suggest a different claim on the same topic: %s', (_, a, b) => {
    expect(similarity(a, b)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it('does not suggest claims of different stories', () => {
    for (let i = 2; i < REWORDED_PAIRS.length; i++) {
      for (let j = i + 1; j < REWORDED_PAIRS.length; j++) {
        expect(similarity(REWORDED_PAIRS[i]![0], REWORDED_PAIRS[j]![1])).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
      }
    }
  });

  it('keeps 3,179 vs 2,100 people below confirm even with identical wording', () => {
    const a = '3,179 people have left eastern Aleppo through humanitarian corridors.';
    const b = '2,100 people have left eastern Aleppo through humanitarian corridors.';
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, b)).toBeLessThan(MATCH_CONFIRM_THRESHOLD);
  });

  it('weighs an amount written to another scale or rounded as the distinctive number it is', () => {
    const [exact] = signArticleClaims(['Brannock Rail said ticket revenue rose to €2,368 million in the year.']);
    const [rounded] = signArticleClaims(['Ticket revenue at Brannock Rail hit €2.37bn in the year.']);
    const [alike] = signArticleClaims(['Ticket revenue at Brannock Rail hit €2,368 million in the year.']);
    // Weighed as the distinctive number it is, not as a common number such as 12.
    expect(claimSimilarity(exact!, rounded!)).toBeGreaterThan(claimSimilarity(exact!, alike!) - 0.1);
    const [homes] = signArticleClaims(['The storm cut power to 4,861 homes in Brannock, the grid operator said.']);
    const [nearly] = signArticleClaims(['Nearly 5,000 homes in Brannock lost power.']);
    expect(claimSimilarity(homes!, nearly!)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('does not treat a left-out number as a conflict', () => {
    expect(
      similarity(
        '3,179 people, including 1,519 children, left eastern Aleppo in December.',
        '3,179 people left eastern Aleppo in December.',
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('suggests a restatement that adds details of its own', () => {
    expect(
      similarity(
        'Forty-two Ostrava Line ferries were stranded at Kelmport on Friday.',
        'Strong winds left 42 ferries of the Ostrava Line stranded in the harbour of Kelmport on Friday, the worst disruption to sailings since a storm in 2009.',
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('does not link short claims that share only a common share such as half or a quarter', () => {
    expect(
      similarity('Tenants spend more than half of their wages on rent.', "The council offered to pay half of the ferry crews' fuel bills."),
    ).toBeLessThan(MATCH_SUGGEST_THRESHOLD / 2);
    expect(
      similarity('Tenants spend a quarter of their wages on rent.', 'The council cut fuel grants to ferry crews by a quarter.'),
    ).toBeLessThan(MATCH_SUGGEST_THRESHOLD / 2);
  });

  it('does not link claims of no known common story that share a figure and not one word or name', () => {
    expect(
      similarity("It's 37 per cent on staying warm.", 'Barley yields had fallen 37 percent this year because of the dry spring.'),
    ).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
    // The same figure with the thing it counts shared still is a restatement.
    expect(similarity('Heating is 37 per cent of the bill.', 'Heating makes up 37 percent of the bill.')).toBeGreaterThanOrEqual(
      MATCH_SUGGEST_THRESHOLD,
    );
  });

  it('is symmetric, in [0, 1], and 0 for claims without words', () => {
    const texts = [...REWORDED_PAIRS[0]!, ...CONFLICTING_PAIRS[0]!, 'Turkey did not shoot down the jet.', '…'];
    for (const a of texts) {
      for (const b of texts) {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(similarity(b, a), 12);
      }
    }
    expect(similarity('…', '…')).toBe(0);
  });
});

describe('claimSimilarity: one value for two measures', () => {
  it('scales down two claims whose only shared number is an amount per person against one per household, never confirming them', () => {
    const perPerson = 'Council tax arrears per resident stand at £412 in Dunmore.';
    const perHousehold = 'Council tax arrears per household stand at £412 in Dunmore.';
    const perInhabitant = 'In Dunmore council tax arrears per inhabitant are £412.';
    expect(similarity(perPerson, perHousehold)).toBeLessThan(MATCH_CONFIRM_THRESHOLD);
    expect(similarity(perPerson, perHousehold)).toBeLessThan(0.7 * similarity(perPerson, perHousehold.replace('household', 'head')));
    expect(similarity(perPerson, perInhabitant)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
    expect(similarity('Mortgage debt per resident is €31,000.', 'Outstanding mortgage debt per household is €31,000.')).toBeLessThan(
      MATCH_SUGGEST_THRESHOLD,
    );
  });

  it('takes figures alone, however many, for chance across stories (branch matching22)', () => {
    const totals = { weight: 4, names: 0, negated: false };
    const figuresOnly = { ...newOverlap(), weight: 3, numbers: 2, distinctive: 1 };
    expect(scoreSimilarity(figuresOnly, totals, totals, StoryRelation.different)).toBeLessThan(
      scoreSimilarity({ ...figuresOnly, words: 1 }, totals, totals, StoryRelation.different),
    );
    expect(scoreSimilarity(figuresOnly, totals, totals, StoryRelation.different)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
    expect(scoreSimilarity(figuresOnly, totals, totals, StoryRelation.same)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });
});

describe('claimSimilarity: phrasing across stories (branch matching25)', () => {
  it('never links two stories that name nothing in common on phrasing alone, with no number or name shared', () => {
    const [, harbour] = signArticleClaims(['Velmar Harbour Trust approved the dredging plan.', 'Not everyone is convinced.']);
    const [, choir] = signArticleClaims(['The Ostrava Choir Society reported its results.', 'Not everyone was convinced.']);
    expect(claimSimilarity(harbour!, choir!)).toBe(0);
    const totals = { weight: 10, names: 0, negated: false };
    const phrasing = { ...newOverlap(), weight: 10, words: 3 };
    expect(scoreSimilarity(phrasing, totals, totals, StoryRelation.different)).toBe(0);
    expect(scoreSimilarity(phrasing, totals, totals, StoryRelation.unknown)).toBeGreaterThan(0);
  });
});
