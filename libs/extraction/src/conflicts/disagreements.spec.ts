import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { findDisagreements, type DisagreementClaim } from './disagreements';
import { compatible, intervalOf } from './measures';

/** A claim as written; `content` is the part after the attribution when the two differ. */
function claim(index: number, text: string, sentenceIndex = index, content = text, places: string[] = []): DisagreementClaim {
  const at = text.indexOf(content);
  const attribution: Array<[number, number]> =
    at <= 0 && content === text
      ? []
      : [
          [0, at],
          [at + content.length, text.length],
        ];
  return {
    index,
    sentenceIndex,
    words: claimWords(text, tokenize(text), attribution),
    quantities: extractQuantities(text),
    offset: 0,
    places,
  };
}

const differentSources = () => false;

function pairs(claims: DisagreementClaim[], sameSource: (a: number, b: number) => boolean = differentSources): string[] {
  return findDisagreements(claims, sameSource).map((found) => `${found.kind}:${found.claims.join('-')}`);
}

describe('findDisagreements: figures', () => {
  it('proposes incompatible counts of the same named thing, the noun before or after the figure', () => {
    expect(
      pairs([
        claim(0, 'Measles cases in the province rose to 1,240 this year.'),
        claim(1, 'Officials recorded 3,100 measles cases in the province.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('proposes incompatible counts of the same thing', () => {
    expect(
      pairs([
        claim(0, 'The union counted 5,000 marchers in the square on Saturday.'),
        claim(1, 'Only 800 marchers took part, the police said.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('proposes a count of dead against "no one was hurt", "nobody died", "none of … were killed"', () => {
    const killed = claim(0, 'Nine people were killed in the blast at the depot.');
    expect(pairs([killed, claim(1, 'In fact no one was hurt in the blast at the depot.')])).toEqual(['figures:0-1']);
    expect(pairs([killed, claim(1, 'Nobody died at the depot, the company said.')])).toEqual(['figures:0-1']);
    expect(pairs([killed, claim(1, 'None of the workers at the depot were killed.')])).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'There were no casualties at the depot.'), claim(1, 'The blast at the depot killed nine workers.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('reads a death toll and bare casualty counts as counts of the dead', () => {
    expect(
      pairs([claim(0, 'The death toll from the landslide in the valley rose to 31.'), claim(1, 'Only 12 died in the valley landslide.')]),
    ).toEqual(['figures:0-1']);
  });

  it('keeps apart the dead and the injured, and soldiers and civilians', () => {
    expect(pairs([claim(0, 'Nine people were killed in the blast.'), claim(1, 'Only 40 people were injured in the blast.')])).toEqual([]);
    expect(pairs([claim(0, 'Nine soldiers were killed in the raid.'), claim(1, 'Only 40 civilians were killed in the raid.')])).toEqual([]);
  });

  it('proposes two shares of the same measure and keeps apart a measure with another modifier', () => {
    const claims = [
      claim(0, 'Adult literacy stands at 62 percent.', 0),
      claim(1, 'Female literacy had in fact fallen to 31 percent.', 5),
      claim(2, 'The census put female literacy at 48 percent.', 6),
    ];
    expect(pairs(claims)).toEqual(['figures:1-2']);
  });

  it('proposes 25 percent against 4 percent of the same thing, but not a share without saying of what', () => {
    expect(
      pairs([claim(0, 'Turnout in the strike ballot was 25 percent.'), claim(1, 'Turnout in the strike ballot was only 4 percent.')]),
    ).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'It was 25 percent.'), claim(1, 'In fact it was 4 percent.')])).toEqual([]);
    // "real" disputes the figure, it does not name another measure.
    expect(pairs([claim(0, 'Inflation was 4 percent in May.'), claim(1, 'The real inflation was 25 percent in May.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('keeps apart a level and a change, a forecast and a figure, and shares of different things', () => {
    expect(pairs([claim(0, 'Rents in the city rose by 9 percent.'), claim(1, 'Rents in the city were 30 percent of income.')])).toEqual([]);
    expect(pairs([claim(0, 'Inflation will fall to 2 percent.'), claim(1, 'Inflation actually reached 7 percent.')])).toEqual([]);
    expect(
      pairs([
        claim(0, 'Half of the new flats are luxury apartments.'),
        claim(1, 'In fact two thirds of the new flats are social housing.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'Two thirds of the flats we approved are social housing.'),
        claim(1, 'Only one in five of the flats finished is social housing.'),
      ]),
    ).toEqual([]);
  });

  it('does not compare a part ("including 300 children") with a whole', () => {
    expect(
      pairs([
        claim(0, 'Some 9,000 people, including 4,000 children, crossed the border.'),
        claim(1, 'In fact 700 children crossed the border, the agency said.'),
      ]),
    ).toEqual([]);
  });

  it('respects bounds and approximations: "at least 20" and 22, "about 60,000" and 58,000, "a third" and 33 percent are compatible', () => {
    expect(
      pairs([claim(0, 'At least 20 people were killed, officials said.'), claim(1, 'But 22 people were killed, the mayor said.')]),
    ).toEqual([]);
    expect(pairs([claim(0, 'About 60,000 refugees crossed the border.'), claim(1, 'Only 58,000 refugees crossed the border.')])).toEqual(
      [],
    );
    expect(
      pairs([claim(0, 'A third of the residents of the town fled.'), claim(1, 'In fact 33 percent of the residents of the town fled.')]),
    ).toEqual([]);
    expect(pairs([claim(0, 'More than 3,000 votes separate them.'), claim(1, 'In fact just 1,200 votes separate them.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('compares sums of money of the same thing, not two sums in one article', () => {
    expect(
      pairs([claim(0, 'The bridge will cost 2.4 billion euros.'), claim(1, 'The bridge would in fact cost only 900 million euros.')]),
    ).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'The firm diverted 4.8 million euros.', 0), claim(1, 'It recovered 1.1 million euros.', 9)])).toEqual([]);
  });

  it('never compares different events: other dates, places, kinds of event, an event set apart, the same source', () => {
    expect(pairs([claim(0, 'Floods killed 7 people in March 2021.'), claim(1, 'But floods killed 40 people in May 2023.')])).toEqual([]);
    expect(
      pairs([
        claim(0, 'The storm killed 7 people in Brel.', 0, undefined, ['Brel']),
        claim(1, 'But the storm killed 40 people in Ostra.', 1, undefined, ['Ostra']),
      ]),
    ).toEqual([]);
    expect(pairs([claim(0, 'The fire killed 7 people.'), claim(1, 'But the flood killed 40 people.')])).toEqual([]);
    expect(pairs([claim(0, 'The blast killed 7 people.'), claim(1, 'In a separate attack, 40 people were killed.')])).toEqual([]);
    expect(pairs([claim(0, 'The blast killed 7 people.'), claim(1, 'Last year 40 people were killed.')])).toEqual([]);
    expect(pairs([claim(0, 'Only 800 marchers came.'), claim(1, 'In fact 5,000 marchers came.')], () => true)).toEqual([]);
  });
});

describe('findDisagreements: denials', () => {
  it('pairs an assertion with the denial that answers it', () => {
    const claims = [
      claim(
        0,
        'The auditor said the council had sold the harbour land below its value.',
        0,
        'the council had sold the harbour land below its value',
      ),
      claim(
        1,
        'The council denied that, saying the harbour land was sold at market price.',
        1,
        'that, saying the harbour land was sold at market price',
      ),
    ];
    expect(pairs(claims)).toEqual(['denial:0-1']);
  });

  it('reads "rejected the claims", "dismissed … as", "said that was false" as denials pointing back', () => {
    const assertion = claim(0, 'The rebels said they had shot down the helicopter.', 0, 'they had shot down the helicopter');
    expect(pairs([assertion, claim(1, 'The army rejected the claims about the helicopter.', 1)])).toEqual(['denial:0-1']);
    expect(pairs([assertion, claim(1, 'The army dismissed the helicopter report as propaganda.', 1)])).toEqual(['denial:0-1']);
    expect(pairs([assertion, claim(1, 'The army said the reports about the helicopter were untrue.', 1)])).toEqual(['denial:0-1']);
    expect(pairs([assertion, claim(1, 'An army spokesman said that was false and the helicopter had landed safely.', 1)])).toEqual([
      'denial:0-1',
    ]);
  });

  it('pairs a negated restatement ("never", "did not") on the same subject, even further away', () => {
    expect(
      pairs([
        claim(0, 'The minister signed the export licences for the rifles.', 0),
        claim(1, 'The ministry said the minister never signed the export licences.', 8),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The mayor approved the sale of the harbour land in May.', 0),
        claim(1, 'The mayor did not approve the sale of the harbour land, her office said.', 2),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not read a hedge ("could not prove") or an unrelated denial as an answer', () => {
    expect(
      pairs([
        claim(0, 'Walking lowered the risk of heart disease in the study.', 0),
        claim(1, 'The study could not prove that walking lowered the risk of heart disease.', 3),
      ]),
    ).toEqual([]);
    const claims = [
      claim(0, 'Nobody will be left alone with this.', 0),
      claim(
        1,
        'The ministry denied that, saying the rail budget had risen every year.',
        1,
        'that, saying the rail budget had risen every year',
      ),
    ];
    expect(pairs(claims)).toEqual([]);
  });
});

describe('intervals', () => {
  it('reads bounds as open ranges, hedges as ±15% and plain figures to their last digit', () => {
    const [atLeast] = extractQuantities('at least 20 people');
    const [about] = extractQuantities('about 100 people');
    const [decimal] = extractQuantities('4.2 percent');
    expect(intervalOf(atLeast!)).toEqual([20, Infinity]);
    expect(intervalOf(about!)![0]).toBeCloseTo(85);
    expect(intervalOf(decimal!)![1]).toBeCloseTo(4.25);
    expect(compatible([20, Infinity], [22, 22])).toBe(true);
    expect(compatible([25, 25], [4, 4])).toBe(false);
  });
});
