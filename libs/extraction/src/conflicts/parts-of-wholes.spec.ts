import { claimWords } from './claim-words';
import { findDisagreements, type DisagreementClaim } from './disagreements';
import { disagreementClaim as claim } from '../testing/disagreements';
import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { extract } from '../extract';

/** The figure disputes `findDisagreements` finds, as "first-second key"; `letters` gives each claim's source. */
function figureKeys(claims: DisagreementClaim[], letters: string): string[] {
  return findDisagreements(claims, (a, b) => letters[a] === letters[b])
    .filter((found) => found.kind === 'figures')
    .map((found) => `${found.claims.join('-')} ${found.key}`);
}

/** A claim whose opening words, up to `attribution`, are its attribution ("The water board said"). */
function attributed(index: number, text: string, attribution: string): DisagreementClaim {
  return {
    index,
    sentenceIndex: index,
    words: claimWords(text, tokenize(text), [[0, attribution.length]]),
    quantities: extractQuantities(text),
    offset: 0,
    places: [],
    sourceStems: [],
  };
}

describe('findDisagreements: parts counted beside their whole (branch ties12)', () => {
  it('compares two parts of one whole given after it, never a part with the other side’s whole', () => {
    const claims = [
      claim(0, 'The water board said 900 homes lost supply on Monday.'),
      claim(1, 'Of those, 120 were in hill villages.'),
      claim(2, 'The residents council said 1,400 homes lost supply on Monday.'),
      claim(3, 'It said 410 of them were in hill villages.'),
    ];
    const found = figureKeys(claims, 'AABB');
    expect(found).toContain('1-3 part>count:home');
    expect(found.some((pair) => pair.startsWith('1-2 ') || pair.startsWith('0-3 '))).toBe(false);
  });

  it('compares ", N of whom" with "among them N" when both say what part', () => {
    const claims = [
      claim(0, 'The clinic said 300 patients were seen on Sunday, 40 of whom were children.'),
      claim(1, 'The union said 520 patients were seen on Sunday, among them 95 children.'),
    ];
    expect(figureKeys(claims, 'AB')).toContain('0-1 part>count:case');
  });

  it('does not compare parts that are of two groups', () => {
    const claims = [
      claim(0, 'The clinic said 300 patients were seen on Sunday, 40 of whom were children.'),
      claim(1, 'The union said 520 patients were seen on Sunday, among them 95 pensioners.'),
    ];
    expect(figureKeys(claims, 'AB').some((pair) => pair.includes('part>'))).toBe(false);
  });

  it('reads "They included N" as a part of the figure the sentence before gave', () => {
    const claims = [
      claim(0, 'The hospital said 640 people were treated for burns in August.'),
      claim(1, 'They included 85 children.'),
      claim(2, 'The charity said 700 people were treated for burns in August, including 150 children.'),
    ];
    expect(figureKeys(claims, 'AAB').some((pair) => pair.startsWith('1-2 part>'))).toBe(true);
  });

  it('drops a part whose whole no claim of its source gives', () => {
    const claims = [claim(0, 'The water board said it would check the mains.'), claim(1, 'Of those, 120 were in hill villages.')];
    expect(figureKeys(claims, 'AB')).toEqual([]);
  });

  it("sets a neighbouring body's count apart from the story's, and the part counted after it", () => {
    const claims = [
      attributed(0, 'The county board said 1,200 nurses left its hospitals last year.', 'The county board said'),
      attributed(1, 'Of those, 300 took jobs abroad, the county board said.', ''),
      attributed(
        2,
        'The neighbouring Fellbrook board said 640 nurses left its hospitals last year.',
        'The neighbouring Fellbrook board said',
      ),
      attributed(3, 'Of those, 90 took jobs abroad, the Fellbrook board said.', ''),
    ];
    expect(figureKeys(claims, 'AABB')).toEqual([]);
    const plain = [
      claims[0]!,
      claims[1]!,
      attributed(2, 'The Fellbrook board said 640 nurses left its hospitals last year.', 'The Fellbrook board said'),
      claims[3]!,
    ];
    expect(figureKeys(plain, 'AABB').length).toBeGreaterThan(0);
  });
});

describe('the description of a dispute over a part (branch ties12)', () => {
  it('says the figures are a part of the totals each side gave, and which part', () => {
    const text = [
      'The Pellanby Clinic said 160 patients were in its wards on Monday, 23 of whom were on dialysis.',
      'The Pellanby Patients Forum said 95 patients were in the wards on Monday.',
      'The forum said 41 of them were on dialysis.',
    ].join('\n\n');
    const reasons = extract(text).conflicts.map((conflict) => conflict.reason);
    expect(reasons.some((reason) => reason.includes('a part of the totals they gave (dialysis)') && reason.includes('23 against 41'))).toBe(
      true,
    );
  });
});
