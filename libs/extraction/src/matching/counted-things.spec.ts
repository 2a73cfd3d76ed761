import { normaliseClaim } from './normalise';
import { packFigures, findFigures, subjectsDiffer, unrelatedCounts } from './figures';
import { thingKeys, thingsCompatible } from './counted-things';
import { computeSignature } from './signature';
import { claimSimilarity } from './similarity';
import { MATCH_SUGGEST_THRESHOLD } from './thresholds';

const keys = (noun: string) => thingKeys(noun)!;
const packed = (text: string) => {
  const claim = normaliseClaim(text);
  return packFigures(claim.figures, claim.timeFrames, claim.subject);
};

describe('thingKeys / thingsCompatible', () => {
  it('relates one thing, synonyms, a kind of the other, people and a kind of people', () => {
    expect(thingsCompatible(keys('nurses'), keys('nurse'))).toBe(true);
    expect(thingsCompatible(keys('supermarkets'), keys('stores'))).toBe(true);
    expect(thingsCompatible(keys('people'), keys('miners'))).toBe(true);
    expect(thingsCompatible(keys('miners'), keys('workers'))).toBe(true);
    expect(thingsCompatible(keys('jobs'), keys('miners'))).toBe(true);
  });

  it('tells two things apart', () => {
    expect(thingsCompatible(keys('tractors'), keys('students'))).toBe(false);
    expect(thingsCompatible(keys('kettles'), keys('ferries'))).toBe(false);
  });

  it('reads the head of a noun phrase', () => {
    expect(keys('premature infants').own).toContain('infant');
    expect(thingsCompatible(keys('asylum-seekers'), keys('asylum seekers'))).toBe(true);
  });
});

describe('counted nouns of figures', () => {
  it('keeps what a count counts, after the number or after "of its"', () => {
    expect(findFigures('The farm has 63 tractors.')[0]?.counted).toBe('tractors');
    expect(findFigures('The college said 63 of its students had left.')[0]?.counted).toBe('students');
  });

  it('finds a number counting two things, and none when one thing is counted or a noun is unread', () => {
    expect(unrelatedCounts(packed('The farm has 63 tractors.'), packed('The college said 63 of its students had left.'))).toEqual({
      numbers: 1,
      distinctive: 1,
    });
    expect(unrelatedCounts(packed('The farm has 63 tractors.'), packed('63 tractors were sold at the auction.')).numbers).toBe(0);
    expect(unrelatedCounts(packed('The farm has 63 tractors.'), packed('The auction raised 63 on Friday.')).numbers).toBe(0);
  });

  it('a packed counted noun is no figure: no conflict between two counted nouns', () => {
    const a = computeSignature('The farm has 63 tractors.');
    const b = computeSignature('The farm said 63 tractors were idle.');
    expect(claimSimilarity(a, b)).toBeGreaterThan(0);
  });

  it('scores a number counting two things, with nothing else shared, below the suggest threshold (no story known)', () => {
    const a = computeSignature('The valley’s farm has 63 tractors.');
    const b = computeSignature('The college said in a statement that 63 of its students had been on a trip when the storm hit.');
    expect(claimSimilarity(a, b)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });
});

describe('subject nouns', () => {
  it('reads a subject noun after a determiner, before an auxiliary, also after an attribution’s "that"', () => {
    expect(normaliseClaim('The kettle had failed a safety test in June.').subject).toBe('kettle');
    expect(normaliseClaim('The maker said in a statement that the kettle had failed a safety test.').subject).toBe('kettle');
    expect(normaliseClaim('Kettles had failed a safety test.').subject).toBeUndefined();
    expect(normaliseClaim('The old kettle had failed a safety test.').subject).toBeUndefined();
  });

  it('tells claims about two things from claims about one thing', () => {
    expect(subjectsDiffer(packed('The kettle had failed a safety test.'), packed('The ferry had failed a safety test.'))).toBe(true);
    expect(subjectsDiffer(packed('The supermarket had failed a safety test.'), packed('The store had failed a safety test.'))).toBe(false);
    expect(subjectsDiffer(packed('The kettle had failed a safety test.'), packed('Kettles had failed a safety test.'))).toBe(false);
  });

  it('scales down two claims about two things that share no number, not those that share one', () => {
    const kettle = 'The kettle had failed its yearly safety test in June.';
    const ferry = 'The ferry had failed a safety test in June.';
    expect(claimSimilarity(computeSignature(kettle), computeSignature(ferry))).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
    expect(
      claimSimilarity(
        computeSignature('The convoy was stopped for seven hours at the border.'),
        computeSignature('The trucks were stopped for seven hours at the border.'),
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });
});
