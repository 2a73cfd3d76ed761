import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import {
  actOfCount,
  countedNouns,
  happeningAgreement,
  happeningOf,
  holdingsAndHolders,
  MIN_PAIRING_SCORE,
  pairingScore,
  propertiesAndHomes,
  qualifierNamesActOf,
  thingSimilarity,
  thingSimilarityCache,
} from './figure-pairing';
import { measuresOf, type Measured } from './measures';

/** The first figure of a sentence, all of it content. */
function figure(text: string): Measured {
  const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
  return measured[0]!;
}

describe('figure pairing: which figures of two buckets may count one thing', () => {
  it('reads what happened to counted things right beside the count, not further off', () => {
    expect(happeningOf(figure('Rangers found about 60 dead geese on the marsh.'))).toBe('death');
    expect(happeningOf(figure('The storm had killed roughly 400 sheep on the hill farms.'))).toBe('death');
    expect(happeningOf(figure('Some 30 cattle were injured in the barn fire.'))).toBe('injury');
    expect(happeningOf(figure('The death toll after the avalanche that swept over four chalets was not known.'))).toBeUndefined();
    expect(happeningOf(figure('The council counted 70 stalls at the fair.'))).toBeUndefined();
  });

  it('scores one thing 2, a kind of one another 1, two things 0', () => {
    expect(thingSimilarity(figure('Inspectors counted 300 shops.'), figure('Only 120 stores had opened.'))).toBe(2);
    expect(thingSimilarity(figure('Inspectors counted 48 supermarkets.'), figure('Only 31 stores had opened.'))).toBe(1);
    expect(thingSimilarity(figure('The union said 1,900 jobs would go.'), figure('About 1,100 workers will be laid off.'))).toBe(1);
    expect(thingSimilarity(figure('Inspectors counted 48 supermarkets.'), figure('Only 31 lorries had arrived.'))).toBe(0);
  });

  it("scores a count of an act's noun and a count the act is said of as one thing (branch conflicts18)", () => {
    const cancellations = figure('The airline logged 70 cancellations.');
    const cancelled = figure('About 200 flights were cancelled.');
    expect(actOfCount(cancellations, cancelled)).toBe(true);
    expect(thingSimilarity(cancellations, cancelled)).toBe(2);
    expect(actOfCount(figure('Staff walked out on three occasions.'), figure('There were two walkouts.'))).toBe(true);
    expect(actOfCount(cancellations, figure('About 200 flights were delayed.'))).toBe(false);
    expect(thingSimilarity(cancellations, figure('About 200 flights were delayed.'))).toBe(0);
  });

  it('reads a participle before the counted noun as the act an act noun counts (branch figure-nouns)', () => {
    const closures = figure('The bank announced 45 closures.');
    const closed = figure('The bank listed 30 closed branches.');
    expect(actOfCount(closures, closed)).toBe(true);
    expect(thingSimilarity(closures, closed)).toBe(2);
    expect(qualifierNamesActOf('closed', closures)).toBe(true);
    const leaks = figure('Engineers found 12 leaks.');
    expect(actOfCount(leaks, figure('Engineers found 40 leaked tanks.'))).toBe(true);
    expect(actOfCount(figure('Crews fixed 20 bursts.'), figure('Crews found 31 burst pipes.'))).toBe(true);
    // A qualifier that is no participle names no act: "repair crews" are no count of repairs.
    expect(actOfCount(figure('Crews made 40 repairs.'), figure('The firm sent 18 repair crews.'))).toBe(false);
    expect(actOfCount(closures, figure('The bank listed 30 renovated branches.'))).toBe(false);
    expect(qualifierNamesActOf('renovated', closures)).toBe(false);
  });

  it('links properties with homes, houses, flats and households as a kind of one another, not with families (branch figure-nouns)', () => {
    expect(propertiesAndHomes('property', 'home')).toBe(true);
    expect(propertiesAndHomes('house', 'property')).toBe(true);
    expect(propertiesAndHomes('property', 'apartment')).toBe(true);
    expect(propertiesAndHomes('property', 'household')).toBe(true);
    expect(propertiesAndHomes('property', 'family')).toBe(false);
    expect(propertiesAndHomes('property', 'shop')).toBe(false);
    expect(thingSimilarity(figure('Crews checked 420 properties.'), figure('Crews checked 95 homes.'))).toBe(1);
    expect(thingSimilarity(figure('Some 420 properties were flooded.'), figure('Crews checked 95 homes.'))).toBe(0);
  });

  it('counts people for a casualty figure that names no other noun', () => {
    expect(countedNouns(figure('Nine people were killed.'))).toContain('people');
    expect(countedNouns(figure('Police said 120 cars were towed.'))).toEqual(['car']);
  });

  it('compares a count and a casualty figure only when the count says the same happened to what it counts', () => {
    const deadGeese = figure('Rangers found about 60 dead geese on the marsh.');
    const geeseCounted = figure('Volunteers counted 400 geese on the marsh.');
    const geeseKilledAsCasualty = figure('The warden put the number of dead at more than 250, mostly geese.');
    expect(happeningAgreement(deadGeese, figure('Some 30 cattle were injured in the barn fire.'))).toBeNull();
    expect(happeningAgreement(geeseKilledAsCasualty, geeseCounted)).toBeNull();
    expect(happeningAgreement(geeseKilledAsCasualty, deadGeese)).toBe(1);
    expect(happeningAgreement(geeseCounted, figure('Only 120 stores had opened.'))).toBe(1);
  });

  it('needs one tie beyond a kind of one thing and one happening', () => {
    expect(pairingScore({ thing: 1, happening: 1, near: false, context: false })).toBeLessThan(MIN_PAIRING_SCORE);
    expect(pairingScore({ thing: 1, happening: 1, near: true, context: false })).toBeGreaterThanOrEqual(MIN_PAIRING_SCORE);
    expect(pairingScore({ thing: 2, happening: 1, near: false, context: false })).toBeGreaterThanOrEqual(MIN_PAIRING_SCORE);
    expect(pairingScore({ thing: 0, happening: 1, near: true, context: true })).toBe(0);
  });
});

describe('figure pairing: holdings and their holders (branch pair10)', () => {
  it('reads an account and its user, a household and an applicant as a kind of one another, never two holders', () => {
    expect(holdingsAndHolders('account', 'user')).toBe(true);
    expect(holdingsAndHolders('subscriber', 'subscription')).toBe(true);
    expect(holdingsAndHolders('household', 'applicant')).toBe(true);
    expect(holdingsAndHolders('user', 'member')).toBe(false);
    expect(holdingsAndHolders('household', 'account')).toBe(false);
    expect(thingSimilarity(figure('The ferry app had 40,000 users.'), figure('The audit counted 15,000 accounts.'))).toBe(1);
  });
});

describe('figure pairing: the per-article cache of thing scores (branch speed-conf)', () => {
  it('gives the score thingSimilarity gives for every pair, in either order and when asked again', () => {
    const figures = [
      'Inspectors counted 23 hypermarkets.',
      'Only 17 stores had opened.',
      'The union said 2,300 jobs would go.',
      'About 1,700 workers will be laid off.',
      'The storm had killed roughly 450 sheep on the hill farms.',
      'Rangers found about 65 dead geese on the marsh.',
      'The flood damaged 80 homes in the valley.',
      'The flood destroyed 35 properties near the weir.',
      'The river damaged 12 properties upstream.',
      'Operators logged 270 cancellations.',
      'Some 950 trains were cancelled.',
      'Inspectors counted 23 lorries.',
    ].map(figure);
    const cached = thingSimilarityCache();
    for (let round = 0; round < 2; round++)
      for (const x of figures) for (const y of figures) expect(cached(x, y)).toBe(thingSimilarity(x, y));
  });

  it('keeps a fate apart for properties and homes though their nouns were scored before', () => {
    const cached = thingSimilarityCache();
    const homes = figure('The flood damaged 80 homes in the valley.');
    expect(cached(homes, figure('The river damaged 12 properties upstream.'))).toBe(1);
    expect(cached(homes, figure('The flood destroyed 35 properties near the weir.'))).toBe(0);
  });
});
