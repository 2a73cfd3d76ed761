import { familyNameBeforeGivenName } from '../entities/name-cues';
import { rows } from '../testing/attribution';

describe('family names written before a hyphenated given name (attr-ref2)', () => {
  it('reads the family name of East Asian name orders, never a double-barrelled surname', () => {
    expect(familyNameBeforeGivenName('Lee Soo-jin')).toBe('Lee');
    expect(familyNameBeforeGivenName('Grace Tan Hui-min')).toBe('Tan');
    expect(familyNameBeforeGivenName('Owen Price-Jones')).toBeNull();
    expect(familyNameBeforeGivenName('Tan')).toBeNull();
  });

  it('takes "Mr X" and "Ms X" to the sibling of that sex when two share the family name', () => {
    const text =
      'Grace Tan Hui-min, a lawyer, says the chain should close three shops.\n\n' +
      'Her brother, Daniel Tan Wei-ming, says the shops made a profit last year.\n\n' +
      '"The shops earned $2 million," Mr Tan says.\n\n' +
      'Ms Tan says that figure includes a property sale.';
    const found = rows(text);
    expect(found[2]).toMatch(/^Daniel Tan Wei-ming \//);
    expect(found[3]).toMatch(/^Grace Tan Hui-min \//);
  });

  it('takes a bare family name opening a sentence to the person named in full', () => {
    const text = 'Lee Soo-jin, a lawyer, said the contract was void.\n\nLee said the court would rule in May.';
    expect(rows(text)[1]).toMatch(/^Lee Soo-jin \//);
  });
});

describe('a first name alone (attr-ref2)', () => {
  it('is the one person named in full with it', () => {
    const text =
      'Helen Marsh, a farmer, says the river flooded twice.\n\n' +
      'Her cousin, Peter Marsh, says it flooded once.\n\n' +
      'Helen disputes that.\n\n' +
      'Peter says the second flood was a burst main.';
    const found = rows(text);
    expect(found[2]).toBe('Helen Marsh / - / -');
    expect(found[3]).toBe('Peter Marsh / - / -');
  });

  it('is nobody when two people named in full share it', () => {
    const text = 'Helen Marsh said the river flooded.\n\nHelen Gray said it did not.\n\nHelen disputes that.';
    expect(rows(text)[2]).not.toMatch(/^Helen (Marsh|Gray)/);
  });

  it('is not read from a name that only addresses someone', () => {
    const text = 'Guests: Bridget Lorne and Tom Hale.\n\nHOST: Bridget, how much did the bill rise?';
    expect(rows(text)[1]).not.toMatch(/^Bridget Lorne/);
  });
});

describe('a gender learned from the pronouns the text uses (attr-ref2)', () => {
  it('gives a person whose first name says none the gender of "he" in a sentence she opens', () => {
    const text =
      'Two directors have spoken: Robin Vale and Morgan Crane.\n\n' +
      'Crane says she has not seen the valuation.\n\n' +
      'Vale, who spent 20 years at a bank, declined to say what price he would accept.\n\n' +
      'She says the committee will publish its view before the vote.';
    expect(rows(text)[3]).toBe('Morgan Crane / - / -');
  });

  it('gives a speaker found by "the latter" the gender of "she" right after the verb', () => {
    const text =
      'Two directors have spoken: Robin Vale and Morgan Crane.\n\n' +
      'The former says the offer is low.\n\n' +
      'The latter says she has not seen the valuation.\n\n' +
      'He says the committee will vote in May.';
    expect(rows(text)[3]).toBe('Robin Vale / - / -');
  });

  it('does not learn from a pronoun inside a relative clause on the name', () => {
    const text =
      'Sam Holt, the coxswain, said the boat launched 41 times.\n\n' +
      'Jory Penn, who has crewed with her since 2015, said most launches were at night.\n\n' +
      'He said three crew members would leave.';
    expect(rows(text)[2]).toBe('Jory Penn / - / -');
  });
});

describe('a request is no statement (attr-ref2)', () => {
  it('leaves "X has asked for Y" unattributed', () => {
    const text = 'Dana Roe chairs the audit committee.\n\nRoe has asked for a valuation twice, in letters seen by this newspaper.';
    expect(rows(text)[1]).toBe('- / - / -');
  });
});
