import { extractQuantities } from '../quantities/extract-quantities';
import { compatible, findDisagreements, intervalOf, type DisagreementClaim } from './disagreements';

function claim(index: number, text: string, sentenceIndex = index, fullText?: string, places: string[] = []): DisagreementClaim {
  return { index, text, fullText, sentenceIndex, quantities: extractQuantities(text), places };
}

const differentSources = () => false;

function pairs(claims: DisagreementClaim[], sameSource: (a: number, b: number) => boolean = differentSources): string[] {
  return findDisagreements(claims, sameSource).map((found) => `${found.kind}:${found.claims.join('-')}`);
}

describe('findDisagreements: figures', () => {
  it('proposes incompatible figures for the same counted thing', () => {
    expect(
      pairs([
        claim(0, 'The union counted 5,000 marchers in the square on Saturday.'),
        claim(1, 'Only 800 marchers took part, the police said.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('proposes a count of dead against "no one was hurt"', () => {
    expect(
      pairs([
        claim(0, 'Nine people were killed in the blast at the depot.'),
        claim(1, 'In fact no one was hurt in the blast at the depot.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('proposes two shares of the same measure and keeps apart a measure with another modifier', () => {
    const claims = [
      claim(0, 'Adult literacy stands at 62 percent.', 0),
      claim(1, 'Female literacy had in fact fallen to 31 percent.', 5),
      claim(2, 'The census put female literacy at 48 percent.', 6),
    ];
    expect(pairs(claims)).toEqual(['figures:1-2']);
  });

  it('respects bounds and approximations: "at least 20" and 22, "about 60,000" and 58,000 are compatible', () => {
    expect(
      pairs([claim(0, 'At least 20 people were killed, officials said.'), claim(1, 'But 22 people were killed, the mayor said.')]),
    ).toEqual([]);
    expect(pairs([claim(0, 'About 60,000 refugees crossed the border.'), claim(1, 'Only 58,000 refugees crossed the border.')])).toEqual(
      [],
    );
    expect(pairs([claim(0, 'More than 3,000 votes separate them.'), claim(1, 'In fact just 1,200 votes separate them.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('never compares different events: other dates, other places, other measures, the same source', () => {
    expect(pairs([claim(0, 'Floods killed 7 people in March 2021.'), claim(1, 'But floods killed 40 people in May 2023.')])).toEqual([]);
    expect(
      pairs([
        claim(0, 'The storm killed 7 people in Brel.', 0, undefined, ['Brel']),
        claim(1, 'But the storm killed 40 people in Ostra.', 1, undefined, ['Ostra']),
      ]),
    ).toEqual([]);
    expect(pairs([claim(0, 'The firm diverted 4.8 million euros.', 0), claim(1, 'It recovered 1.1 million euros.', 9)])).toEqual([]);
    expect(pairs([claim(0, 'Only 800 marchers came.'), claim(1, 'In fact 5,000 marchers came.')], () => true)).toEqual([]);
  });
});

describe('findDisagreements: denials', () => {
  it('pairs an assertion with the denial that answers it', () => {
    const claims = [
      claim(
        0,
        'the council had sold the harbour land below its value',
        0,
        'The auditor said the council had sold the harbour land below its value.',
      ),
      claim(
        1,
        'that, saying the harbour land was sold at market price',
        1,
        'The council denied that, saying the harbour land was sold at market price.',
      ),
    ];
    expect(pairs(claims)).toEqual(['denial:0-1']);
  });

  it('pairs a negated restatement on the same subject, even further away', () => {
    const claims = [
      claim(0, 'The minister signed the export licences for the rifles.', 0),
      claim(1, 'The ministry said the minister never signed the export licences.', 8),
    ];
    expect(pairs(claims)).toEqual(['denial:0-1']);
  });

  it('does not pair a denial with an unrelated claim nearby', () => {
    const claims = [
      claim(0, 'Nobody will be left alone with this.', 0),
      claim(
        1,
        'that, saying the rail budget had risen every year',
        1,
        'The ministry denied that, saying the rail budget had risen every year.',
      ),
    ];
    expect(pairs(claims)).toEqual([]);
  });
});

describe('intervals', () => {
  it('reads bounds as open ranges and hedges as ±15%', () => {
    const [atLeast] = extractQuantities('at least 20 people');
    const [about] = extractQuantities('about 100 people');
    expect(intervalOf(atLeast!)).toEqual([20, Infinity]);
    expect(intervalOf(about!)![0]).toBeCloseTo(85);
    expect(compatible([20, Infinity], [22, 22])).toBe(true);
    expect(compatible([25, 25], [4, 4])).toBe(false);
  });
});
