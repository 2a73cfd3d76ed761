import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords, stemOfWord } from './claim-words';
import { createConflictTrace } from './conflict-trace';
import { findDisagreements, isNumberSign, opensCorrelative, type DisagreementClaim } from './disagreements';
import { compatible, intervalOf } from './measures';

/** A claim as written; `content` is the part after the attribution when the two differ. */
function claim(
  index: number,
  text: string,
  sentenceIndex = index,
  content = text,
  places: string[] = [],
  sourceStems: string[] = [],
): DisagreementClaim {
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
    sourceStems,
  };
}

const differentSources = () => false;

function denials(claims: DisagreementClaim[]): string[] {
  return pairs(claims).filter((pair) => pair.startsWith('denial:'));
}

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
    // The speaker's own people are a part of all those counted: "none of its members".
    expect(pairs([killed, claim(1, 'The union said none of its members had been killed at the depot.')])).toEqual([]);
    expect(
      pairs([
        claim(0, 'Three members of the union were killed at the depot.'),
        claim(1, 'The union said none of its members had been killed at the depot.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'There were no casualties at the depot.'), claim(1, 'The blast at the depot killed nine workers.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('reads a death toll and bare casualty counts as counts of the dead', () => {
    expect(
      pairs([claim(0, 'The death toll from the landslide in the valley rose to 31.'), claim(1, 'Only 12 died in the valley landslide.')]),
    ).toEqual(['figures:0-1']);
  });

  it('reads one group counted under a broader noun as one group: "dockers" are "workers", "electricians" "workers"', () => {
    expect(
      pairs([
        claim(0, 'At least 11 dockers were killed when the crane fell at the Ostmere terminal, the fire service said.'),
        claim(1, 'The port authority said six workers had died at the Ostmere terminal.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'Four workers were injured when the scaffold gave way.'),
        claim(1, 'The contractor said 15 electricians had been injured when the scaffold gave way.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Neither is the broader noun of the other: two groups.
    expect(
      pairs([claim(0, 'At least 11 dockers were killed at the Ostmere terminal.'), claim(1, 'Six farmers died at the Ostmere terminal.')]),
    ).toEqual([]);
  });

  it('reads a noun owned by the one speaking ("its pilots", "its staff of pilots") as the one modified before', () => {
    expect(
      pairs([
        claim(0, 'The union said the number of harbour pilots at the port had fallen by half since 2019.'),
        claim(1, 'The port authority said its pilots had grown by a third since 2019.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The union said the number of harbour pilots at the port had fallen by half since 2019.'),
        claim(1, 'The port authority said its staff of pilots had grown by a third in that time.'),
      ]),
    ).toEqual(['figures:0-1']);
    // A modifier after the possessive still narrows the measure.
    expect(
      pairs([
        claim(0, 'The union said the number of harbour pilots at the port had fallen by half since 2019.'),
        claim(1, 'The port authority said its trainee pilots had grown by a third since 2019.'),
      ]),
    ).toEqual([]);
  });

  it('reads no qualifier in a phrase of place or time after what is counted ("after fights near the ferry building")', () => {
    expect(
      pairs([
        claim(0, 'Police said they had detained 31 people after fights near the ferry building.'),
        claim(1, 'The club said more than 90 of its fans had been detained.'),
      ]),
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

describe('findDisagreements: one measure under two nouns (branch figure-nouns)', () => {
  it('compares a count of an act with a count whose participle names it', () => {
    expect(
      pairs([
        claim(0, 'The ferry company said 75 cancelled sailings were logged at Wexlade harbour in May.'),
        claim(1, 'The islanders group said there had been 190 cancellations at Wexlade harbour in May.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares homes and households with properties, unless only one side says what befell them', () => {
    expect(
      pairs([
        claim(0, 'The water board said 1,800 households in Dunmarsh had no supply on Friday.'),
        claim(1, 'The parish council said 4,500 properties in Dunmarsh had no supply on Friday.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The network said 31,500 homes in the shire lost power on Friday.'),
        claim(1, 'The agency said 265 properties in the shire were flooded on Friday.'),
      ]),
    ).toEqual([]);
  });

  it('does not compare homes and properties counted over two spans, a span said again by "that long" too', () => {
    const sixMonths = claim(0, 'The council said 900 homes in Skarrow had stood empty for over nine weeks.');
    expect(pairs([sixMonths, claim(1, 'The landlords said 450 properties in Skarrow had been empty for that long.')])).toEqual([
      'figures:0-1',
    ]);
    expect(pairs([sixMonths, claim(1, 'The landlords said 450 properties in Skarrow had been empty for over 40 months.')])).toEqual([]);
    // Properties and homes with a span on one side only are two tallies too.
    expect(pairs([sixMonths, claim(1, 'The landlords said 450 properties in Skarrow were empty.')])).toEqual([]);
  });
});

describe('findDisagreements: sums of money by what they are', () => {
  it('never compares sums of two kinds (a budget and a cost, a fine and a salary), whatever the currency', () => {
    const budget = claim(0, 'The budget for the harbour works is 500 million crowns.');
    expect(pairs([budget, claim(1, 'The dredging alone will go ahead at a cost of about 60 million crowns.', 1)])).toEqual([]);
    expect(pairs([claim(0, 'The mill was fined 3 million euros.'), claim(1, 'Its manager earns a salary of 200,000 euros.')])).toEqual([]);
    expect(
      pairs([claim(0, 'The port earned revenue of 80 million dollars.'), claim(1, 'But the port has debts of 15 million dollars.')]),
    ).toEqual([]);
  });

  it('still compares sums of one kind, in crowns as in euros, and sums whose kind is not said', () => {
    expect(
      pairs([
        claim(0, 'The budget for the harbour works is 500 million crowns.'),
        claim(1, 'In fact the harbour budget is only 300 million crowns.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Spending and an investment, a cost and a price are one kind of sum.
    expect(
      pairs([
        claim(0, 'The council had spent 4 million euros on the pier.'),
        claim(1, 'In fact the investment in the pier was only 1 million euros.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'The new ferry will cost 90 million euros.'), claim(1, 'In fact the ferry will be only 40 million euros.')]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: sums for two things', () => {
  it('does not compare two sums each said to go to another thing ("for a depot", "on road repairs")', () => {
    expect(
      pairs([
        claim(0, 'The council found 7 million euros for a new bus depot.'),
        claim(1, 'The council had spent 3.5 million euros on road repairs since 2021.'),
      ]),
    ).toEqual([]);
  });

  it('still compares two sums for one thing, and a sum whose purpose only one side gives', () => {
    expect(
      pairs([
        claim(0, 'The council found 9 million euros for road repairs.'),
        claim(1, 'The council had spent only 4.2 million euros on road repairs since 2023.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'The council spent 9 million euros on the pier.'), claim(1, 'In fact the council spent only 4 million euros.')]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: the running period against a year written out', () => {
  it('sets "this year" apart from a year written out, not from a month or from "this year" again', () => {
    const thisYear = claim(0, 'Eleven people have drowned in the canal this year.');
    expect(pairs([thisYear, claim(1, 'In 2022, four people drowned in the canal.')])).toEqual([]);
    expect(pairs([thisYear, claim(1, 'In fact only four people have drowned in the canal this year.')])).toEqual(['figures:0-1']);
    expect(pairs([thisYear, claim(1, 'In fact only four people drowned in the canal.')])).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: people counted by what happened to them', () => {
  it('compares people who fled, left their homes or were evacuated, never with the dead', () => {
    expect(
      pairs([
        claim(0, 'About 6,000 people fled the valley after the landslide.'),
        claim(1, 'Fewer than 900 residents had left their homes in the valley, the prefect said.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'Some 4,500 villagers were evacuated from the delta.'),
        claim(1, 'The prefect put the number of evacuees at 1,200.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'Nine people were killed in the valley.'), claim(1, 'Only 4,000 people fled the valley.')])).toEqual([]);
    // "no one was hurt" answers the dead and the injured, not the displaced.
    expect(pairs([claim(0, 'No one was hurt in the valley.'), claim(1, 'But 4,000 people fled the valley.')])).toEqual([]);
  });

  it('compares arrests and detentions, and counts of people taking part', () => {
    expect(
      pairs([claim(0, 'Police arrested 31 people at the stadium.'), claim(1, 'More than 200 fans were detained at the stadium.')]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'Some 40,000 people took part in the rally in the park.'),
        claim(1, 'Only 6,000 people attended the rally in the park.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'The guards put the number of marchers at 9,000.'), claim(1, 'In fact 50,000 people joined the march.')]),
    ).toEqual(['figures:0-1']);
    // A range holding the other figure is no conflict.
    expect(
      pairs([claim(0, 'At least 5,000 marchers came to the square.'), claim(1, 'Between 6,000 and 8,000 people joined the march.')]),
    ).toEqual([]);
  });

  it('reads a group ("militants", "children") as a part of all people: only a part larger than the whole contradicts it', () => {
    expect(pairs([claim(0, 'At least 50 people died in the clashes.'), claim(1, 'Only 12 militants were killed in the clashes.')])).toEqual(
      [],
    );
    expect(pairs([claim(0, 'Nine people died in the clashes.'), claim(1, 'In fact 30 militants were killed in the clashes.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('reads "52 wounded people" as a count of the injured', () => {
    expect(
      pairs([claim(0, 'Doctors treated 52 wounded people at the clinic.'), claim(1, 'In fact no one was hurt, the garrison said.')]),
    ).toEqual(['figures:0-1']);
  });

  it('keeps a count over a period apart from the count of one event, unless both count over one', () => {
    expect(
      pairs([
        claim(0, 'Since the conflict began in 2019, 340 civilians have been killed in the district.'),
        claim(1, 'Only 12 civilians were killed in the district.'),
      ]),
    ).toEqual([]);
    expect(pairs([claim(0, 'So far 90 miners have died in the pits.'), claim(1, 'Only 3 miners died in the pits.')])).toEqual([]);
    expect(
      pairs([
        claim(0, 'The council has opened 90 new clinics since 2018.'),
        claim(1, 'Only 35 new clinics have opened in that time, the nurses said.'),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: changes, majorities and what a share measures', () => {
  it('compares a change by its direction: "grew by" and "growth was", "had risen" and "the rise was"', () => {
    expect(pairs([claim(0, 'The economy grew by 3.1 percent last year.'), claim(1, 'Growth last year was just 1.2 percent.')])).toEqual([
      'figures:0-1',
    ]);
    expect(
      pairs([
        claim(0, 'The price of bread had risen 30 percent since spring.'),
        claim(1, 'The rise was nearer 8 percent and blamed the drought.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Two things that changed are two measures; a level reached ("fell to") is no change.
    expect(pairs([claim(0, 'Wages rose 4 percent this year.'), claim(1, 'Rents rose 9 percent this year.')])).toEqual([]);
    expect(pairs([claim(0, 'Inflation fell to 2 percent.'), claim(1, 'Inflation rose by 5 percent.')])).toEqual([]);
  });

  it('reads "a majority of" as more than half of the same thing', () => {
    expect(
      pairs([claim(0, 'A survey put support for the dam at 35 percent.'), claim(1, 'A majority of residents support the dam.')]),
    ).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'Support for the dam was 64 percent.'), claim(1, 'A majority of residents support the dam.')])).toEqual([]);
  });

  it('reads the participle after a share as its measure: "70 percent repaired" and "repairs at 20 percent"', () => {
    expect(
      pairs([claim(0, 'The levee was 70 percent repaired by Monday.'), claim(1, 'Repairs to the levee stood at 20 percent.')]),
    ).toEqual(['figures:0-1']);
  });

  it('lets "the bridge" stand for the bridge named before, whatever modified it there', () => {
    expect(
      pairs([
        claim(0, 'The new estuary bridge will cost 400 million euros.'),
        claim(1, 'Engineers put the cost of the bridge at 750 million euros.'),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: spans of time and days', () => {
  it('compares spans of time of the same thing in one unit, "within" as at most', () => {
    expect(
      pairs([
        claim(0, 'The blockade of the ferry port lasted 14 hours.'),
        claim(1, 'Officers ended the blockade of the ferry port within two hours.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'The blockade of the ferry port lasted 2 days.'), claim(1, 'The blockade of the ferry port lasted 48 hours.')]),
    ).toEqual([]);
    expect(pairs([claim(0, 'The blockade lasted 14 hours.'), claim(1, 'The rescue took two hours.')])).toEqual([]);
  });

  it('compares two days given for one happening, not the days of two', () => {
    expect(
      pairs([
        claim(
          0,
          'The guild said it had sent the permit request for the parade on June 3.',
          0,
          'it had sent the permit request for the parade on June 3',
        ),
        claim(
          1,
          'The council said the permit request for the parade arrived on June 12.',
          1,
          'the permit request for the parade arrived on June 12',
        ),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The ferry strike began on June 3.', 0),
        claim(1, 'The dock strike ended on June 12, the union said.', 1, 'The dock strike ended on June 12'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: opposite directions and figures that point back', () => {
  it('proposes a fall against a rise of the same measure, whatever the sizes, two rises only when their sizes cannot both hold', () => {
    expect(
      pairs([
        claim(0, 'The number of new permits had fallen by half in a month.'),
        claim(1, 'New permits had nearly doubled over the same month.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'Ticket sales at the lido were halved this summer.'), claim(1, 'Ticket sales at the lido grew by a quarter.')]),
    ).toEqual(['figures:0-1']);
    // A doubling is a rise of 100 percent: against a rise of a quarter both cannot hold (since branch pair12); a rise of 95
    // percent may be called a doubling.
    expect(pairs([claim(0, 'Ticket sales at the lido doubled.'), claim(1, 'Ticket sales at the lido grew by a quarter.')])).toEqual([
      'figures:0-1',
    ]);
    expect(pairs([claim(0, 'Ticket sales at the lido doubled.'), claim(1, 'Ticket sales at the lido grew by 95 percent.')])).toEqual([]);
    // Two things that moved are two measures; a level reached ("fell to") says no direction.
    expect(pairs([claim(0, 'Exports of timber doubled.'), claim(1, 'Imports of steel fell by a third.')])).toEqual([]);
    expect(pairs([claim(0, 'Ticket sales fell to 3,000.'), claim(1, 'Ticket sales grew by a quarter.')])).toEqual([]);
  });

  it('reads a change said with no figure as a direction: "had eased" against "had doubled", never a modifier or a level', () => {
    expect(
      pairs([
        claim(0, 'The inspectors said leaks from the main had doubled since spring.', 0),
        claim(1, 'The water company said leaks from the main had eased over the same months.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'Footfall in the arcade fell sharply this winter.', 0), claim(1, 'Footfall in the arcade rose by a fifth.', 1)]),
    ).toEqual(['figures:0-1']);
    // "increased parking charges" is a modifier; "fell to 3,000", "cut 40 jobs" a level and a count; a negated change says none.
    expect(
      pairs([claim(0, 'Increased parking charges kept shoppers away.', 0), claim(1, 'Parking charges at the arcade fell by a fifth.', 1)]),
    ).toEqual([]);
    expect(pairs([claim(0, 'Ticket sales fell to 3,000.', 0), claim(1, 'Ticket sales had increased since May.', 1)])).toEqual([]);
    expect(pairs([claim(0, 'Ticket sales had not fallen.', 0), claim(1, 'Ticket sales had doubled.', 1)])).not.toContain('figures:0-1');
  });

  it('reads a share of a workforce the article counts as a count of workers, of jobs when they are lost', () => {
    const staff = claim(0, 'The bakery employs 800 people, the owners said.', 0, 'The bakery employs 800 people');
    const cuts = claim(1, 'The owners said 120 jobs at the bakery would be cut.', 1);
    const union = claim(2, 'The union said half of the workforce would be laid off.', 5);
    const found = findDisagreements([staff, cuts, union], (a, b) => a + b === 1);
    expect(found.map((d) => `${d.kind}:${d.claims.join('-')}`)).toEqual(['figures:1-2']);
    // A seventh of 800 is about the 120 jobs: no disagreement; nor with no workforce counted in the article.
    expect(
      pairs([staff, cuts, claim(2, 'The union said about 15 percent of the workforce would be laid off.', 5)], (a, b) => a + b === 1),
    ).toEqual([]);
    expect(pairs([cuts, claim(1, 'The union said half of the workforce would be laid off.', 5)])).toEqual([]);
  });

  it('compares lengths written in different units on one scale, "barely" setting one figure against the other', () => {
    expect(
      pairs([
        claim(0, 'The harbour board said the silt in the channel had been cut by three metres.', 0),
        claim(1, 'The pilots said the silt in the channel had been cut by barely 40 centimetres.', 4),
      ]),
    ).toEqual(['figures:0-1']);
    // 300 centimetres are three metres.
    expect(
      pairs([
        claim(0, 'The harbour board said the silt in the channel had been cut by three metres.', 0),
        claim(1, 'The pilots said the silt in the channel had been cut by 300 centimetres.', 1),
      ]),
    ).toEqual([]);
  });

  it('proposes one disagreement, not two, for changes in percent of opposite directions', () => {
    const found = findDisagreements([claim(0, 'Bus fares rose by 6 percent.'), claim(1, 'Bus fares fell by 2 percent.')], differentSources);
    expect(found.map((d) => d.key)).toEqual(['share-change']);
  });

  it('compares "put the loss at" with the figure given just before by another source, not with an earlier one', () => {
    const crop = claim(
      0,
      'The growers said the frost had destroyed 40 percent of the apricot crop.',
      0,
      'the frost had destroyed 40 percent of the apricot crop',
    );
    const estimate = claim(1, 'The insurers put the loss at 9 percent.', 1, 'the loss at 9 percent');
    expect(pairs([crop, estimate])).toEqual(['figures:0-1']);
    expect(
      pairs([crop, claim(1, 'According to the insurers, the share was closer to 9 percent.', 2, 'the share was closer to 9 percent')]),
    ).toEqual(['figures:0-1']);
    // Another source's figure in between is what the estimate answers.
    const between = claim(2, 'The agriculture office said 25 percent of the crop was lost.', 1, '25 percent of the crop was lost');
    expect(pairs([crop, between, { ...estimate, index: 1, sentenceIndex: 2 }])).not.toContain('figures:0-1');
    // A figure that names its own measure is compared by its words.
    expect(pairs([crop, claim(1, 'The insurers put the number of claims at 9 percent.', 1, 'the number of claims at 9 percent')])).toEqual(
      [],
    );
  });

  it('reads a hedge the figure leaves out ("put the spending at barely …") and a past form ("the sum spent") as no modifier', () => {
    const spent = claim(0, 'The council had spent 4 million euros on the pier.', 0);
    expect(
      pairs([spent, claim(1, 'The auditors put the spending at barely 1 million euros.', 1, 'the spending at barely 1 million euros')]),
    ).toEqual(['figures:0-1']);
    expect(pairs([spent, claim(1, 'The auditors put the sum spent by the council at 1 million euros.', 1)])).toEqual(['figures:0-1']);
  });

  it('counts a crowd as people taking part: "the crowd was 20,000"', () => {
    expect(
      pairs([
        claim(0, 'The organisers said the crowd was 30,000.', 0, 'the crowd was 30,000'),
        claim(1, 'Police said 6,000 people took part.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads "hip and knee operations" as modifying operations by either word', () => {
    expect(
      pairs([
        claim(0, 'The wait for hip and knee operations rose by 30 percent.'),
        claim(1, 'The wait for hip operations rose by 5 percent.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'The wait for knee operations rose by 30 percent.'), claim(1, 'The wait for hip operations rose by 5 percent.')]),
    ).toEqual([]);
  });

  it('compares two days when the second corrects the first right after it, or names its source', () => {
    expect(
      pairs([
        claim(0, 'The club said it had sent the application on March 2.', 0, 'it had sent the application on March 2'),
        claim(1, 'The council said the application only arrived on March 20.', 1, 'the application only arrived on March 20'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The club said it had written to the council on March 2.', 0, 'it had written to the council on March 2', [], ['club']),
        claim(1, 'The council said the letter only arrived on March 20.', 1, 'the letter only arrived on March 20', [], ['council']),
      ]),
    ).toEqual(['figures:0-1']);
    // Without a word of correction, or further apart, two days are two happenings.
    expect(
      pairs([
        claim(0, 'The club said it had sent the application on March 2.', 0, 'it had sent the application on March 2'),
        claim(1, 'The council said the application was approved on March 20.', 1, 'the application was approved on March 20'),
      ]),
    ).toEqual([]);
  });

  it('compares people counted far apart in the article when nothing sets the events apart', () => {
    expect(pairs([claim(0, 'Nine people were killed in the blast.', 0), claim(1, 'Officials said 31 people died.', 12)])).toEqual([
      'figures:0-1',
    ]);
    expect(
      pairs([claim(0, 'Nine people were killed in the blast.', 0), claim(1, 'In the neighbouring district, 31 people died.', 12)]),
    ).toEqual([]);
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

  it('passes over a denial spelling out another statement after "the claim that" / "reports that"', () => {
    const assertion = claim(0, 'The ferry operator said its boats had been full all summer.', 0, 'its boats had been full all summer');
    expect(
      pairs([assertion, claim(1, 'The harbour board has rejected claims that it doubled the mooring charges for fishermen.', 1)]),
    ).toEqual([]);
    expect(pairs([assertion, claim(1, 'The harbour board denied reports that it was planning to sell the marina.', 1)])).toEqual([]);
    // What it spells out is what the assertion said: the denial answers it.
    expect(pairs([assertion, claim(1, 'The harbour board rejected the claim that the boats had been full.', 1)])).toEqual(['denial:0-1']);
    // Naming the statement without saying what it was still points back at it.
    expect(pairs([assertion, claim(1, 'The harbour board rejected the claims.', 1)])).toEqual(['denial:0-1']);
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

  it('reads a denial pointing at the statement before as its answer: "denied that.", "contested the findings", "called … false"', () => {
    expect(
      pairs([
        claim(0, 'Villagers said troops had burned the granary.', 0, 'troops had burned the granary'),
        claim(1, 'The garrison categorically denied that.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'Inspectors said a cracked valve caused the leak.', 0, 'a cracked valve caused the leak'),
        claim(1, 'The operator strongly contested the findings.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The union said 4,000 jobs had been lost.', 0, '4,000 jobs had been lost'),
        claim(1, 'The employers called the figures false.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'Activists said the mine had poisoned the river.', 0, 'the mine had poisoned the river'),
        claim(1, 'The company said the claims were baseless.', 1, 'the claims were baseless'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads "I would disagree with that" as a denial verb pointing at the statement before, its preposition between', () => {
    const finding = claim(
      0,
      'Road salt explains most of the damage to the orchards, the surveyor said.',
      0,
      'Road salt explains most of the damage to the orchards',
    );
    expect(pairs([finding, claim(1, 'I would disagree with that, at least for the orchards by the lake.', 1)])).toEqual(['denial:0-1']);
    expect(pairs([finding, claim(1, 'The growers disagree with that.', 1)])).toEqual(['denial:0-1']);
    // Agreeing ("nobody would disagree with that") denies nothing.
    expect(pairs([finding, claim(1, 'Nobody would disagree with that.', 1)])).toEqual([]);
  });

  it('reads "this is plainly not what happened" as pointing at the statement before', () => {
    expect(
      pairs([
        claim(0, '"The guards set the dogs on us," she said.', 0),
        claim(1, 'A spokesman for the prison said: "This is plainly not what happened.', 1, 'This is plainly not what happened.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('answers a negated statement only with a denial pointing at it: "the council never answered the petition." / "The mayor rejected that."', () => {
    const negated = claim(
      0,
      'The residents said the council had never answered their petition.',
      0,
      'the council had never answered their petition',
    );
    expect(pairs([negated, claim(1, 'The mayor rejected that.', 1)])).toEqual(['denial:0-1']);
    // A negation with no pointing back is no answer to it; nor is a denial two sentences on.
    expect(pairs([negated, claim(1, 'The mayor said the council had met the residents four times.', 1)])).toEqual([]);
    expect(pairs([negated, claim(1, 'The mayor rejected that.', 2)])).toEqual([]);
  });

  it('compares figures of one measure as figures, not as a negated restatement', () => {
    // "a roof costing at least 8 million euros" and "pledged 2 million euros towards the roof … never replied".
    expect(
      denials([
        claim(0, 'The director said the theatre needed a new roof costing at least 8 million euros.', 0),
        claim(1, 'The friends society said it had pledged 2 million euros towards the roof and that the board had never replied.', 6),
      ]),
    ).toEqual([]);
  });

  it('pairs contrary states of one thing said by two sources close together: "was open" / "had been shut", "had halted" / "ran"', () => {
    expect(
      pairs([
        claim(0, 'The port authority said the cold store on the quay was open and fully stocked.', 0),
        claim(1, 'The traders guild said the store had been shut to traders since June.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The union said the printing press had halted entirely.', 3),
        claim(1, 'The publisher said the printing press had run at full speed all night.', 5),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it("pairs contrary states from WordNet's adjective antonyms said after a copula, farther apart when one definite subject has both", () => {
    expect(
      pairs([
        claim(0, 'The harbour master said the pilot was sober when the tug sailed.', 0),
        claim(1, 'A deckhand said the pilot was drunk when the tug sailed.', 5),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The owners said the orchard was profitable last season.', 0),
        claim(1, 'The auditors said the orchard had been unprofitable last season.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // A modifier is no state ("a sober assessment", "drunk drivers"); another subject far away is another thing.
    expect(
      pairs([
        claim(0, 'The harbour master gave a sober assessment of the pilot.', 0),
        claim(1, 'A deckhand said drunk pilots had sailed before.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([claim(0, 'The harbour master said the pilot was sober.', 0), claim(1, 'A deckhand said the skipper was drunk.', 5)]),
    ).toEqual([]);
  });

  it('pairs WordNet\'s antonym nouns after a copula and antonym verbs said of their subject: "a success" / "a failure", "succeeded" / "failed"', () => {
    expect(
      pairs([
        claim(0, 'The organisers said the regatta was a success.', 0),
        claim(1, 'Residents said the regatta had been a complete failure.', 4),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, "The council said the town's appeal had succeeded.", 0),
        claim(1, "Campaigners said the town's appeal had failed, because the deadline was missed.", 1),
      ]),
    ).toEqual(['denial:0-1']);
    // "failed its own inspection": what it acts on after it; another subject far away.
    expect(
      pairs([
        claim(0, 'The council said the appeal had succeeded.', 0),
        claim(1, 'Campaigners said the appeal panel had failed its own inspection.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The organisers said the regatta was a success.', 0),
        claim(1, 'Residents said the ferry service was a failure.', 6),
      ]),
    ).toEqual([]);
  });

  it('pairs comparatives of opposite ways against one baseline, a time after "than" no other event', () => {
    expect(
      pairs([
        claim(0, 'The club said ticket sales this season were higher than in 2019.', 0),
        claim(1, 'The supporters trust said ticket sales this season were lower than in 2019.', 6),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The operator said the new trams were quieter than the old buses.', 0),
        claim(1, 'Residents said the new trams were noisier than the old buses.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The union said delays were more frequent in winter.', 0),
        claim(1, 'The operator said delays were less frequent in winter.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // Two seasons are two times: "more frequent in winter" / "less frequent in summer".
    expect(
      pairs([
        claim(0, 'The union said delays were more frequent in winter.', 0),
        claim(1, 'The operator said delays were less frequent in the summer.', 1),
      ]),
    ).toEqual([]);
    // Two baselines with nothing in common; a comparative against a plain state.
    expect(
      pairs([
        claim(0, 'The operator said the new trams were quieter than the old buses.', 0),
        claim(1, 'Residents said the new trams were noisier than the freight lorries.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The operator said the new trams were quieter than the old buses.', 0),
        claim(1, 'Residents said the new trams were noisy.', 1),
      ]),
    ).toEqual([]);
  });

  it('pairs a comparative against the other source\'s "the same as" or "unchanged" of one thing or one named baseline', () => {
    expect(
      pairs([
        claim(0, 'The operator said fares on the coast route were higher than in 2024.', 0),
        claim(1, 'The passengers group said fares on the coast route were the same as in 2024.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // "than a year ago" and "the same as last year" compare with one year; the comparative needs no copula before it.
    expect(
      pairs([
        claim(0, 'Patients said waits at the clinic had stayed the same as last year.', 0),
        claim(1, 'Nurses said waits at the clinic were getting longer than a year ago.', 2),
      ]),
    ).toEqual(['denial:0-1']);
    // No word in common before the two, but one named baseline.
    expect(
      pairs([
        claim(0, 'Parents said the new building is colder than Mill Road was.', 0),
        claim(1, 'The trust said heating bills are the same as they were at Mill Road.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not pair a comparative with "the same as" of another thing, another baseline, far apart or with no baseline', () => {
    // One time compared with, two things compared.
    expect(
      pairs([
        claim(0, 'The operator said bus fares were higher than last year.', 0),
        claim(1, 'The council said parking charges stayed the same as last year.', 1),
      ]),
    ).toEqual([]);
    // Two baselines: 2019 and 2024.
    expect(
      pairs([
        claim(0, 'The operator said fares on the coast route were higher than in 2019.', 0),
        claim(1, 'The passengers group said fares on the coast route were the same as in 2024.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The operator said fares on the coast route were higher than in 2024.', 0),
        claim(1, 'The passengers group said fares on the coast route were the same as in 2024.', 6),
      ]),
    ).toEqual([]);
    // "higher" compares with nothing said.
    expect(
      pairs([
        claim(0, 'The operator said fares on the coast route were higher.', 0),
        claim(1, 'The passengers group said fares on the coast route were the same as in 2024.', 1),
      ]),
    ).toEqual([]);
    // Two comparatives against two years stay apart: "than in 2019" / "than in 2021".
    expect(
      pairs([
        claim(0, 'The club said ticket sales were higher than in 2019.', 0),
        claim(1, 'The supporters trust said ticket sales were lower than in 2021.', 1),
      ]),
    ).toEqual([]);
  });

  it('pairs a thing done on purpose against the same thing done by accident: "deliberately" / "by mistake", "in error", "accidental"', () => {
    // The act after the adverb ("deliberately opened the sluice") is what the other side says happened by mistake.
    expect(
      pairs([
        claim(0, 'The anglers said a keeper had deliberately opened the sluice gate above the weir.', 0),
        claim(1, 'The estate said the sluice gate had been opened in error by a contractor.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The inspectors said the records had been intentionally deleted from the server.', 0),
        claim(1, 'The firm said the records were deleted by mistake during an upgrade.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // One side names the act only as a happening ("the collision"), or both by one kind of event ("blaze" / "fire").
    expect(
      pairs([
        claim(0, 'The referee said the goalkeeper deliberately kicked the winger in the second half.', 0),
        claim(1, 'The goalkeeper said the collision had been accidental.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'Investigators said the blaze at the timber yard was started deliberately.', 0),
        claim(1, 'The owners said the fire was accidental.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not read intent against accident of two acts, a noun of error without its preposition, or one pole twice', () => {
    // Two kinds of event, each a happening: the crash was an accident, the fire was set.
    expect(
      pairs([
        claim(0, 'Police said the fire at the depot was started deliberately.', 0),
        claim(1, 'The drivers said the crash on the ring road was accidental.', 1),
      ]),
    ).toEqual([]);
    // "the accident", "an error in the figures": no way of doing something.
    expect(
      pairs([
        claim(0, 'The anglers said a keeper had deliberately opened the sluice gate.', 0),
        claim(1, 'The estate said the accident at the sluice gate was reported in the spring.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The inspectors said the records had been deliberately deleted.', 0),
        claim(1, 'The firm said the records were deleted on purpose to save space.', 1),
      ]),
    ).toEqual([]);
  });

  it('compares times of day of one happening: statements in turn, or a word of what the time is of', () => {
    // Next to each other, two times of one role answer each other.
    expect(
      pairs([
        claim(0, 'The coastguard said the mayday was received at 4.10am.', 0),
        claim(1, 'The skipper said the crew had radioed for help at 3.20am.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // Farther apart, a word of what stopped ties them: an end ("until 2am") and a stopping ("switched off at 11pm").
    expect(
      pairs([
        claim(0, 'The tenants said the generator had run until 2am every night.', 0),
        claim(1, 'The landlord said the generator was switched off at 10pm.', 3),
      ]),
    ).toEqual(['figures:0-1']);
    // "did not reach the quay until 9.50pm" says when it did.
    expect(
      pairs([
        claim(0, 'The port said its first tug arrived at 9.10pm.', 0),
        claim(1, 'The owners said the first tug did not reach the quay until 9.50pm.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('does not compare times of day that overlap, of another role or day, far apart untied, or answered twice in turn', () => {
    expect(
      pairs([
        claim(0, 'The coastguard said the mayday came at about 4am.', 0),
        claim(1, 'The skipper said the crew radioed at 4.10am.', 1),
      ]),
    ).toEqual([]);
    // A start against a happening.
    expect(
      pairs([
        claim(0, 'The tenants said lorries had come from 6am.', 0),
        claim(1, 'The site manager said the first lorry came at 8am.', 1),
      ]),
    ).toEqual([]);
    // Another day of the week.
    expect(
      pairs([
        claim(0, 'The tenants said the generator ran until 2am on Saturday.', 0),
        claim(1, 'The landlord said the generator was switched off at 10pm on Sunday.', 1),
      ]),
    ).toEqual([]);
    // Three sentences apart with nothing in common.
    expect(
      pairs([
        claim(0, 'The coastguard said the mayday was received at 4.10am.', 0),
        claim(1, 'The skipper said the crew radioed at 3.20am.', 3),
      ]),
    ).toEqual([]);
    // The call answered by the owners; the tug's arrival after it is no answer to the owners' call.
    expect(
      pairs([
        claim(0, 'The port said the call came in at 9.14pm.', 0),
        claim(1, 'The owners said the master phoned at 8.35pm.', 1),
        claim(2, 'The port said its tug was alongside at 9.22pm.', 2),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('answers what a denier was "asked about" sentences back: two words of what was asked and what the denial says', () => {
    const assertion = claim(0, 'The anglers said dead trout had been found below the weir on Sunday.', 0);
    const denial = (text: string) => claim(1, text, 9, text.slice(text.indexOf('"')));
    expect(
      pairs([assertion, denial('Asked about the dead trout below the weir, the manager said: "That is simply not the case."')]),
    ).toEqual(['denial:0-1']);
    // Asked about something else, or not asked at all, a bare denial nine sentences on answers nothing there.
    expect(pairs([assertion, denial('Asked about the new footbridge, the manager said: "That is simply not the case."')])).toEqual([]);
    expect(pairs([assertion, denial('Later that evening the manager said: "That is simply not the case."')])).toEqual([]);
  });

  it('does not read contrary states of different things, far apart, negated or named together as a contradiction', () => {
    const open = claim(0, 'The port authority said the cold store was open and fully stocked.', 0);
    // Another thing in the other state.
    expect(pairs([open, claim(1, 'The traders guild said the fish market had been shut.', 1)])).toEqual([]);
    // Far apart in the article.
    expect(pairs([open, claim(1, 'The traders guild said the cold store had been shut.', 6)])).toEqual([]);
    // "was not closed" agrees.
    expect(pairs([open, claim(1, 'The traders guild said the store was not shut but short of staff.', 1)])).toEqual([]);
    // "had stopped operating at night" names both states: no state of its own.
    expect(
      pairs([
        claim(0, 'The operator said the ferry was operating as usual.', 0),
        claim(1, 'The islanders said the ferry had stopped operating at night.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads "told the assembly on Tuesday" as the day of the statement, not of what it says', () => {
    expect(
      pairs([
        claim(
          0,
          'The minister told the assembly on Tuesday that the store was open.',
          0,
          'the assembly on Tuesday that the store was open',
        ),
        claim(1, 'The traders guild said the store had been shut since June.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads a denial of responsibility pointing back: "that ruling was made by the tribunal, not by his office"', () => {
    const accusation = claim(
      0,
      "Pellworth blamed the Mayor's Office for cancelling the festival last year.",
      0,
      "the Mayor's Office for cancelling the festival last year",
    );
    expect(
      pairs([
        accusation,
        claim(
          1,
          'The mayor said that ruling was made by the licensing tribunal, not by his office.',
          1,
          'that ruling was made by the licensing tribunal, not by his office',
        ),
      ]),
    ).toEqual(['denial:0-1']);
    // "said that prices had not risen": "that" opening a clause points at nothing.
    expect(
      pairs([
        claim(0, 'The union said rents in the city rose sharply last year.', 0, 'rents in the city rose sharply last year'),
        claim(1, 'The minister said that wages had not risen.', 1, 'that wages had not risen'),
      ]),
    ).toEqual([]);
  });

  it('reads "denied this again" as pointing at the statement before, of its event', () => {
    expect(
      pairs([
        claim(0, 'Farmers said in April that troops had seized grain during an earlier sweep.', 0),
        claim(1, 'The army denied this again.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // Pointing back with a referent is no demonstrative: an earlier event stays apart.
    expect(
      pairs([
        claim(0, 'Fishermen said the nets issued two years ago had rotted.', 0),
        claim(1, 'The agency called the society figures inflated.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads no denial in a question ("asked why … had not been") or an evaluation ("is nothing to be pleased about")', () => {
    expect(
      pairs([
        claim(0, 'The landlord said the boiler in the basement had been serviced in May.', 0),
        claim(1, 'The tenants asked why the boiler in the basement had not been replaced.', 3),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The airline says delays on its routes are below the regional average.', 0),
        claim(1, 'The passenger group said the regional average for delays is nothing to be pleased about.', 1),
      ]),
    ).toEqual([]);
    // "had nothing to do with" still denies.
    expect(
      pairs([
        claim(0, 'Inspectors said silt from the quarry had killed the eels.', 0),
        claim(1, 'The quarry said the eels deaths had nothing to do with its silt.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it.each([
    ['The prison service denied any wrongdoing.', undefined],
    ['The prison service said the allegations were without foundation.', 'the allegations were without foundation'],
    ['The prison service said nobody had been beaten in the yard.', 'nobody had been beaten in the yard'],
    ['The prison service said it did not recognise the account.', 'it did not recognise the account'],
    ['The prison service insisted the guards had done nothing wrong.', 'the guards had done nothing wrong'],
  ])('reads %s as a denial of the statement before', (text, content) => {
    const assertion = claim(
      0,
      'Witnesses said guards had beaten two prisoners in the yard.',
      0,
      'guards had beaten two prisoners in the yard',
    );
    expect(pairs([assertion, claim(1, text, 1, content ?? text)])).toEqual(['denial:0-1']);
  });

  it('answers a negated claim with the next sentence saying the contrary of every one: "every shipment … was checked"', () => {
    const negated = claim(
      0,
      'The inspectors said 12 grain shipments had not been inspected.',
      0,
      '12 grain shipments had not been inspected',
    );
    expect(
      pairs([
        negated,
        claim(1, '"Every shipment on the manifest was checked," the importer said.', 1, 'Every shipment on the manifest was checked,'),
      ]),
    ).toEqual(['denial:1-0']);
    // Said of some, not of every one, a shared word the negation does not negate ties nothing.
    expect(
      pairs([negated, claim(1, 'The importer said the shipments were checked at night.', 1, 'the shipments were checked at night')]),
    ).toEqual([]);
  });

  it('reads "there was no …" and "insisted that no …" as a negated restatement', () => {
    expect(
      pairs([
        claim(0, 'Residents said the tannery dumped waste in the lake at night.', 0, 'the tannery dumped waste in the lake at night'),
        claim(1, 'The tannery insisted that no waste had been dumped in the lake.', 4, 'that no waste had been dumped in the lake'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('ties a denial to what was said before of its source: "army units shelled the bridge", "the army denied any role in the shelling"', () => {
    const assertion = claim(0, 'Witnesses said army units had shelled the bridge.', 0, 'army units had shelled the bridge');
    const denial = { ...claim(1, 'The army denied any role in the shelling.', 1, 'any role in the shelling'), sourceStems: ['army'] };
    expect(pairs([assertion, denial])).toEqual(['denial:0-1']);
    expect(pairs([assertion, { ...denial, sourceStems: [] }])).toEqual([]);
    // Said of it after the denial, it answers nothing.
    expect(
      pairs([
        { ...denial, sentenceIndex: 0 },
        { ...assertion, sentenceIndex: 4 },
      ]),
    ).toEqual([]);
  });

  it("pairs a denial with a later assertion that the denier did what it denies, tied by the denier's name", () => {
    const denial = {
      ...claim(0, 'The Lark Valley Brigade denied shelling any homes.', 0, 'shelling any homes.'),
      sourceStems: ['lark', 'valley', 'brigad'],
    };
    const assertion = claim(
      1,
      'The police said the brigade had shelled the village twice.',
      3,
      'the brigade had shelled the village twice.',
    );
    expect(pairs([denial, assertion])).toEqual(['denial:1-0']);
    // The denier is what was shelled, not who shelled: nothing it denied.
    const target = claim(
      1,
      'The police said soldiers had shelled the brigade near the village.',
      3,
      'soldiers had shelled the brigade near the village.',
    );
    expect(pairs([denial, target])).toEqual([]);
    // Without the denier's name, or far from the denial, nothing ties them.
    expect(pairs([{ ...denial, sourceStems: [] }, assertion])).toEqual([]);
    expect(pairs([denial, { ...assertion, sentenceIndex: 9 }])).toEqual([]);
  });

  it('pairs a contrary assertion answering the sentence before ("But …", "countered"), never two assertions merely in a row', () => {
    const found = claim(
      0,
      'Inspectors found asbestos in the roof of the Fenwick school, the union said.',
      0,
      'Inspectors found asbestos in the roof of the Fenwick school',
    );
    expect(pairs([found, claim(1, 'But the council said the roof panels were ordinary fibreglass.', 1)])).toEqual(['denial:0-1']);
    expect(pairs([found, claim(1, 'The council countered that the roof panels were ordinary fibreglass.', 1)])).toEqual(['denial:0-1']);
    // No sign of answering back, nothing shared, or not right after: two statements.
    expect(pairs([found, claim(1, 'The council said the roof panels were ordinary fibreglass.', 1)])).toEqual([]);
    expect(pairs([found, claim(1, 'But the council said lessons would resume on Monday.', 1)])).toEqual([]);
    expect(pairs([found, claim(1, 'But the council said the roof panels were ordinary fibreglass.', 3)])).toEqual([]);
    expect(pairs([found, claim(1, 'But the council said the roof panels were ordinary fibreglass.', 1)], () => true)).toEqual([]);
  });

  it('reads "that was not the case" as calling the statement before untrue', () => {
    expect(
      pairs([
        claim(0, 'Farmers said the river had flooded their fields.', 0, 'the river had flooded their fields'),
        claim(1, 'The water board said that was not the case.', 1, 'that was not the case'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it.each([
    ["That's not true."],
    ["That's simply wrong."],
    ["That isn't true."],
    ['That is not what happened.'],
    ['It never happened.'],
    ['Nonsense.'],
  ])('reads a short answer calling the statement before untrue: %s', (answer) => {
    expect(pairs([claim(0, 'The ferry turned back 40 passengers in May.', 0), claim(1, answer, 1)])).toEqual(['denial:0-1']);
  });

  it.each([['That is true.'], ['It happened twice.'], ["It's raining."]])('does not read %s as a denial', (answer) => {
    expect(pairs([claim(0, 'The ferry turned back 40 passengers in May.', 0), claim(1, answer, 1)])).toEqual([]);
  });

  it('does not take "the figures" as pointing at a statement without a figure', () => {
    expect(
      pairs([
        claim(0, 'The mayor said the market was crowded.', 0, 'the market was crowded'),
        claim(1, 'The guild called the figures false.', 1),
      ]),
    ).toEqual([]);
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

describe('findDisagreements: denials without a denial verb, and denial verbs that agree', () => {
  it('reads "without a single …" and "without any …" as a negated restatement', () => {
    expect(
      pairs([
        claim(0, 'Dockers said three ferry crossings were cancelled on Friday.', 0),
        claim(1, 'The operator said every ferry crossing ran without a single cancellation on Friday.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('pairs an assertion standing right after a negation with it, on one shared subject word', () => {
    const denial = claim(
      0,
      'The firm said it had never stored chemicals in the warehouse.',
      0,
      'it had never stored chemicals in the warehouse',
    );
    expect(
      pairs([
        denial,
        claim(1, 'Firefighters said they found chemicals stacked to the roof.', 1, 'they found chemicals stacked to the roof'),
      ]),
    ).toEqual(['denial:1-0']);
    expect(
      pairs([
        denial,
        claim(1, 'Firefighters said they found chemicals stacked to the roof.', 3, 'they found chemicals stacked to the roof'),
      ]),
    ).toEqual([]);
  });

  it('meets "fired", "firing" and "fire" as one word', () => {
    expect(
      pairs([
        claim(0, 'The rebels said the gunboat had opened fire at dawn.', 0, 'the gunboat had opened fire at dawn'),
        claim(1, 'The navy said the gunboat had never fired.', 2, 'the gunboat had never fired'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not read what is not known ("could not say who", "cannot confirm") as an assertion to deny', () => {
    expect(
      pairs([
        claim(0, 'The observers said they could not say who had fired the rockets.', 0, 'they could not say who had fired the rockets'),
        claim(1, 'The militia denied that, saying its fighters had fired no rockets.', 1, 'that, saying its fighters had fired no rockets'),
      ]),
    ).toEqual([]);
  });

  it('does not read a negated denial verb ("nobody disputes", "does not deny") as a denial', () => {
    const assertion = claim(0, 'The harbour board said the channel needs dredging every spring.', 0);
    expect(pairs([assertion, claim(1, 'The mayor said nobody disputes that the channel needs dredging.', 1)])).toEqual([]);
    expect(pairs([assertion, claim(1, 'The mayor does not deny that the channel needs dredging.', 1)])).toEqual([]);
    expect(pairs([assertion, claim(1, 'The mayor denied that the channel needs dredging.', 1)])).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: wholes, subjects and answers written other ways', () => {
  it('reads a sum after a share ("a third of the 12 million euros pledged") as a whole, only a part larger than it contradicting it', () => {
    const pledge = claim(1, 'The growers said the spending was less than a third of the 12 million euros the ministry had pledged.', 1);
    expect(pairs([claim(0, 'The ministry said it was spending 3 million euros on the irrigation scheme.', 0), pledge])).toEqual([]);
    expect(pairs([claim(0, 'The ministry said it was spending 14 million euros on the irrigation scheme.', 0), pledge])).toEqual([
      'figures:0-1',
    ]);
  });

  it('reads a share of a counted whole ("two-thirds of the 900 hotel cleaners") as a share of what the whole counts', () => {
    expect(
      pairs([
        claim(0, 'The union said almost half of the 900 hotel cleaners walked out.', 0, 'almost half of the 900 hotel cleaners walked out'),
        claim(
          1,
          'The hotels said fewer than one in ten hotel cleaners stayed away.',
          1,
          'fewer than one in ten hotel cleaners stayed away',
        ),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The union said almost half of the 900 hotel cleaners walked out.', 0, 'almost half of the 900 hotel cleaners walked out'),
        claim(
          1,
          'The hotels said fewer than one in ten kitchen porters stayed away.',
          1,
          'fewer than one in ten kitchen porters stayed away',
        ),
      ]),
    ).toEqual([]);
  });

  it('reads "the number of lorries … has grown to 2,000" as a count of lorries', () => {
    expect(
      pairs([
        claim(
          0,
          'The number of lorries queuing at the port each day has grown to 2,000, the hauliers said.',
          0,
          'The number of lorries queuing at the port each day has grown to 2,000',
        ),
        claim(1, 'Customs officers counted 450 lorries at the port on a typical day.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares a bare count pointing back ("the real figure was a few hundred") with the count another source gave just before', () => {
    const count = claim(0, 'The ministry said more than 4,000 lorries were queuing.', 0, 'more than 4,000 lorries were queuing');
    expect(
      pairs([count, claim(1, 'The hauliers said the real figure was a few hundred.', 1, 'the real figure was a few hundred')]),
    ).toEqual(['figures:0-1']);
    // Compatible, of the same source, or too far after it: nothing.
    expect(pairs([count, claim(1, 'The hauliers said the real figure was nearer 4,500.', 1, 'the real figure was nearer 4,500')])).toEqual(
      [],
    );
    expect(
      pairs([count, claim(1, 'It said the real figure was a few hundred.', 1, 'the real figure was a few hundred')], () => true),
    ).toEqual([]);
    expect(
      pairs([count, claim(1, 'The hauliers said the real figure was a few hundred.', 5, 'the real figure was a few hundred')]),
    ).toEqual([]);
    // A bare count that points at nothing measures nothing.
    expect(pairs([count, claim(1, 'The hauliers said a few hundred had turned back.', 1, 'a few hundred had turned back')])).toEqual([]);
  });

  it('reads "the highest number on any day that week was 40" as a bare count pointing back, not "the number of …"', () => {
    const count = claim(
      0,
      'The union said 95 lorries had queued at the border on one day last week.',
      0,
      '95 lorries had queued at the border on one day last week.',
    );
    const said = (content: string) => claim(1, `The customs office said ${content}`, 1, content);
    expect(pairs([count, said('the highest number on any day that week was 40.')])).toEqual(['figures:0-1']);
    // "the number of drivers at the border": what "of" names is its own measure.
    expect(pairs([count, said('the number of drivers at the border was 40.')])).toEqual([]);
  });

  it('reads "nearer" and "closer to" before a figure as setting it against another', () => {
    const sum = claim(0, 'The opposition said the overspend came to 3.1 million euros.', 0, 'the overspend came to 3.1 million euros.');
    const said = (content: string) => claim(1, `The treasurer said ${content}`, 6, content);
    expect(pairs([sum, said('the overspend was nearer 900,000 euros.')])).toEqual(['figures:0-1']);
    expect(pairs([sum, said('the overspend was closer to 900,000 euros.')])).toEqual(['figures:0-1']);
    // Far apart, one word in common and nothing setting one against the other: two sums.
    expect(pairs([sum, said('the overspend was 900,000 euros.')])).toEqual([]);
  });

  it('ends what is counted at a comma: "put the attendance at 9,000, citing …" names no narrower attendance', () => {
    expect(
      pairs([
        claim(0, 'The promoters said 25,000 fans attended the concert.', 0, '25,000 fans attended the concert'),
        claim(
          1,
          'The residents put the attendance at barely 9,000, citing counts at the gates.',
          1,
          'the attendance at barely 9,000, citing counts at the gates',
        ),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads "the average rise had been 4 percent" as answering the rise just given, not as another change', () => {
    expect(
      pairs([
        claim(0, 'Tenants said water bills had risen by 30 percent this year.', 0, 'water bills had risen by 30 percent this year'),
        claim(1, 'The utility said the average rise had been 5 percent.', 1, 'the average rise had been 5 percent'),
      ]),
    ).toEqual(['figures:0-1']);
    // Each naming what changed, with no pointing back: two changes.
    expect(
      pairs([
        claim(0, 'Tenants said water bills had risen by 30 percent this year.', 0, 'water bills had risen by 30 percent this year'),
        claim(1, 'The utility said staff wages had risen by 5 percent.', 1, 'staff wages had risen by 5 percent'),
      ]),
    ).toEqual([]);
  });

  it('reads "put the real rise at 3 percent" as a change, answering the change just given even when that one is set in "last year"', () => {
    const rise = claim(0, 'The board said fares rose by 11 percent last year.', 0, 'fares rose by 11 percent last year');
    expect(pairs([rise, claim(1, 'Passenger groups put the real rise at 4 percent.', 1, 'the real rise at 4 percent')])).toEqual([
      'figures:0-1',
    ]);
    // A level estimated ("put the rate at") is no change; a figure not pointing back keeps its own event.
    expect(pairs([rise, claim(1, 'Passenger groups put the fare rate at 4 percent.', 1, 'the fare rate at 4 percent')])).toEqual([]);
    expect(pairs([rise, claim(1, 'Passenger groups said fares rose by 4 percent.', 1, 'fares rose by 4 percent')])).toEqual([]);
  });

  it('keeps a day of the week apart from a month or a year given without a day, not from the day a statement was made', () => {
    const final = claim(0, 'A crowd of 30,000 watched the final on Sunday.');
    expect(
      pairs([
        final,
        claim(
          1,
          'The league said a crowd of 8,000 watched the semi-final in March.',
          1,
          'a crowd of 8,000 watched the semi-final in March',
        ),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        final,
        claim(1, 'The league said a crowd of 8,000 watched the final in 2019.', 1, 'a crowd of 8,000 watched the final in 2019'),
      ]),
    ).toEqual([]);
    expect(
      pairs([final, claim(1, 'The league said a crowd of 8,000 watched the final.', 1, 'a crowd of 8,000 watched the final')]),
    ).toEqual(['figures:0-1']);
    // "…, the league said on Monday": the attribution, in the middle, dates the statement.
    const text = 'A crowd of 8,000 watched the final in March, the league said on Monday.';
    const said = text.indexOf(', the league said');
    const statement: DisagreementClaim = {
      ...claim(1, text),
      words: claimWords(text, tokenize(text), [[said, said + ', the league said'.length]]),
    };
    expect(pairs([claim(0, 'A crowd of 30,000 watched the final in March.'), statement])).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: a negated ground of what was said', () => {
  it.each([
    ['There is no truth in that.'],
    ['There is no truth whatsoever in those claims.'],
    ['Those reports have no basis.'],
    ['There is no substance to it.'],
  ])('reads %s as a denial of the assertion just before it', (answer) => {
    expect(
      pairs([
        claim(
          0,
          'The council said the contractor had removed 40 trees from the park.',
          0,
          'the contractor had removed 40 trees from the park',
        ),
        claim(1, answer, 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not read a ground of something else ("no basis for a new tax") as pointing back', () => {
    expect(
      pairs([
        claim(
          0,
          'The council said the contractor had removed 40 trees from the park.',
          0,
          'the contractor had removed 40 trees from the park',
        ),
        claim(1, 'The mayor said there was no basis for a new tax.', 1, 'there was no basis for a new tax'),
      ]),
    ).toEqual([]);
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

describe('findDisagreements: denials by more sources and in more words', () => {
  it('reads "had no record of" as a negated restatement', () => {
    expect(
      denials([
        claim(0, 'The landlord said the gas boilers had been serviced in June.', 0, 'the gas boilers had been serviced in June'),
        claim(
          1,
          'The housing inspectorate said it had no record of any service on the boilers.',
          1,
          'it had no record of any service on the boilers',
        ),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads "No such …" as a denial of the statement right before it', () => {
    expect(
      denials([
        claim(0, 'The opposition said the minister had met the developer in secret.', 0, 'the minister had met the developer in secret'),
        claim(1, 'No such meeting took place, the ministry said.', 1, 'No such meeting took place'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not tie a denial to words the assertion itself says no to ("because no referee was free")', () => {
    const denial = claim(0, 'The league said no umpire had been paid late this year.', 0, 'no umpire had been paid late this year');
    expect(
      denials([
        denial,
        claim(
          1,
          'Ten games were cancelled because no umpire had been paid, the union said.',
          1,
          'Ten games were cancelled because no umpire had been paid',
        ),
      ]),
    ).toEqual([]);
    expect(
      denials([denial, claim(1, 'The union said two umpires had been paid late in March.', 1, 'two umpires had been paid late in March')]),
    ).toEqual(['denial:1-0']);
  });

  it('reads a question as asserting nothing a denial could answer', () => {
    const denial = claim(1, 'The council said it had never closed the pool.', 1, 'it had never closed the pool');
    expect(denials([claim(0, 'Did the council close the pool in May?'), denial])).toEqual([]);
    expect(denials([claim(0, 'The council closed the pool in May.'), denial])).toEqual(['denial:0-1']);
  });

  it('answers the best-tied assertion of each other source: a charge and a finding denied at once', () => {
    const claims = [
      claim(0, 'Prosecutors said the tannery dumped dye in the river for years.', 0, 'the tannery dumped dye in the river for years'),
      claim(1, 'The tannery said it had never dumped dye in the river.', 1, 'it had never dumped dye in the river'),
      claim(
        2,
        'Inspectors said they had found dye in the river below the tannery.',
        2,
        'they had found dye in the river below the tannery',
      ),
    ];
    expect(denials(claims).sort()).toEqual(['denial:0-1', 'denial:2-1']);
    // Of one source, only the best-tied is kept.
    const prosecutorsAndInspectors = (a: number, b: number) => a !== 1 && b !== 1;
    expect(pairs(claims, prosecutorsAndInspectors)).toEqual(['denial:0-1']);
  });

  it('reads findings, conclusions and rumours as statements a denial points at', () => {
    for (const referent of ['finding', 'conclusions', 'rumours']) {
      expect(
        denials([
          claim(0, 'The monitors said the shells had been fired from the ridge.', 0, 'the shells had been fired from the ridge'),
          claim(1, `The militia rejected the ${referent} as biased.`),
        ]),
      ).toEqual(['denial:0-1']);
    }
  });

  it('reads "nine of the wounded" as a part of the toll, no figure of its own', () => {
    expect(
      pairs([
        claim(0, 'The ministry said 34 people had been wounded.', 0, '34 people had been wounded'),
        claim(1, 'Medics said nine of the wounded were children.', 1, 'nine of the wounded were children'),
      ]),
    ).toEqual([]);
  });

  it('reads "three of them children" after a figure as a part of it, no figure of its own', () => {
    const toll = claim(0, 'The ministry said 34 people had been wounded.', 0, '34 people had been wounded');
    const part = claim(1, 'The clinic said it was treating 12 of the wounded, four of them children.', 1);
    expect(pairs([toll, part])).toEqual([]);
    // Without "of them" the figure is its own and is compared.
    expect(pairs([toll, claim(1, 'In fact only four people were wounded, the clinic said.', 1)])).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: a denial verb answering a negated statement', () => {
  it('answers "had not changed" with "denied that … had been frozen", a period opened by "since" dating no event', () => {
    expect(
      denials([
        claim(
          0,
          'The guild said its members earned 90 euros a shift, a rate that had not changed since 2015.',
          0,
          'its members earned 90 euros a shift, a rate that had not changed since 2015',
        ),
        claim(
          1,
          'The owners denied that the rate had been frozen, saying it rose in 2019.',
          1,
          'that the rate had been frozen, saying it rose in 2019',
        ),
      ]),
    ).toEqual(['denial:0-1']);
    // Sharing no subject word, the two say different things.
    expect(
      denials([
        claim(0, 'The guild said its members had not been consulted.', 0, 'its members had not been consulted'),
        claim(1, 'The owners denied that the kitchen had been closed.', 1, 'that the kitchen had been closed'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: names of services are no events', () => {
  it('compares figures of a blast whatever "the fire service" in one of them', () => {
    expect(
      pairs([
        claim(0, 'The union said 140 workers were evacuated after the blast.', 0, '140 workers were evacuated after the blast'),
        claim(
          1,
          'The company said 80 workers were evacuated before the fire service arrived.',
          1,
          '80 workers were evacuated before the fire service arrived',
        ),
      ]),
    ).toEqual(['figures:0-1']);
    // A fire is another kind of event than a blast.
    expect(
      pairs([
        claim(0, 'The union said 140 workers were evacuated after the blast.', 0, '140 workers were evacuated after the blast'),
        claim(1, 'The company said 80 workers were evacuated during the fire.', 1, '80 workers were evacuated during the fire'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: more words calling a statement untrue', () => {
  it.each([
    'The mill called the report biased.',
    'The mill said the allegations were unsubstantiated.',
    'The mill rejected that description.',
    'The mill rejected the union’s interpretation.',
  ])('reads %s as a denial of the statement before', (text) => {
    expect(
      denials([
        claim(0, 'The union said the mill had dumped dye in the canal.', 0, 'the mill had dumped dye in the canal'),
        claim(1, text),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a count dated by a month in a report of a day', () => {
  it('sets a crowd "in March" apart from an undated crowd when the article reports a day of the week', () => {
    const earlier = claim(
      1,
      'The league said the semi-final in March drew a crowd of 9,000.',
      1,
      'the semi-final in March drew a crowd of 9,000',
    );
    const undatedCount = claim(2, 'Stewards said 25,000 people attended the final.', 2, '25,000 people attended the final');
    const day = claim(0, 'The final was played on Sunday in heavy rain.', 0, 'The final was played on Sunday in heavy rain.');
    expect(pairs([day, earlier, undatedCount])).toEqual([]);
    // Without a day of the week, nothing dates the article's own event apart.
    expect(pairs([earlier, undatedCount])).toEqual(['figures:1-2']);
  });
});

describe('findDisagreements: a name both give, right after a negation', () => {
  it('ties "No illness has been linked to Bergkase cheese" to the next sentence eating Bergkase cheese', () => {
    const negated = claim(
      0,
      '"No illness has been linked to Bergkase cheese," the dairy said.',
      0,
      '"No illness has been linked to Bergkase cheese,"',
    );
    expect(
      denials([
        negated,
        claim(
          1,
          'The health office said two people fell ill after eating Bergkase cheese.',
          1,
          'two people fell ill after eating Bergkase cheese',
        ),
      ]),
    ).toEqual(['denial:1-0']);
    // A place both name ties nothing.
    expect(
      denials([
        claim(
          0,
          'The dairy said no illness had been linked to its cheese in Brunn.',
          0,
          'no illness had been linked to its cheese in Brunn',
          ['Brunn'],
        ),
        claim(
          1,
          'The health office said two people fell ill after eating cheese in Brunn.',
          1,
          'two people fell ill after eating cheese in Brunn',
          ['Brunn'],
        ),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: "there had been no such …"', () => {
  it('reads "no" after "been" as opening the clause', () => {
    expect(
      denials([
        claim(0, 'Traders said soldiers had looted shops in the market.', 0, 'soldiers had looted shops in the market'),
        claim(1, 'The army said there had been no such incident.', 1, 'there had been no such incident'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: general truths', () => {
  it('reads "A sound roof does not leak." as no denial of what was said of one roof', () => {
    const assertion = claim(
      0,
      'The landlord said the roof was inspected in May and found sound.',
      0,
      'the roof was inspected in May and found sound',
    );
    expect(denials([assertion, claim(1, 'A sound roof does not leak.')])).toEqual([]);
    expect(denials([assertion, claim(1, 'The roof was not sound, the tenants said.', 1, 'The roof was not sound')])).toEqual([
      'denial:0-1',
    ]);
  });
});

describe('findDisagreements: figures pointing back at a sum or a count', () => {
  it('reads "the cost was well under …" as pointing back at the sum just given by another source', () => {
    expect(
      pairs([
        claim(
          0,
          'The farmers said the drought had cost the valley nearly 40 million euros in lost harvests.',
          0,
          'the drought had cost the valley nearly 40 million euros in lost harvests.',
        ),
        claim(1, 'The ministry said the cost was well under 10 million euros.', 1, 'the cost was well under 10 million euros.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Far from the sum it would answer, it names nothing of its own.
    expect(
      pairs([
        claim(
          0,
          'The farmers said the drought had cost the valley nearly 40 million euros in lost harvests.',
          0,
          'the drought had cost the valley nearly 40 million euros in lost harvests.',
        ),
        claim(1, 'The ministry said the cost was well under 10 million euros.', 6, 'the cost was well under 10 million euros.'),
      ]),
    ).toEqual([]);
  });

  it('gives a bare count pointing back what the figure it answers counts', () => {
    expect(
      pairs([
        claim(
          0,
          'About 3,000 farmers marched to the town hall on Thursday evening, according to police.',
          0,
          'About 3,000 farmers marched to the town hall on Thursday evening',
        ),
        claim(1, 'The organisers put the figure at more than 8,000.', 1, 'the figure at more than 8,000.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Compatible either way: no conflict.
    expect(
      pairs([
        claim(
          0,
          'About 3,000 farmers marched to the town hall on Thursday evening, according to police.',
          0,
          'About 3,000 farmers marched to the town hall on Thursday evening',
        ),
        claim(1, 'The organisers put the figure at more than 2,800.', 1, 'the figure at more than 2,800.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: one happening named in other words', () => {
  it('ties a raid and an air strike, a walkout and a strike, a leak and a spill', () => {
    expect(
      denials([
        claim(
          0,
          'Villagers said army helicopters carried out the raid on the pumping station.',
          0,
          'army helicopters carried out the raid on the pumping station.',
        ),
        claim(1, 'The army denied that any air strike on the pumping station had taken place.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(
          0,
          'The drivers said the walkout had cost the operator 800,000 pounds.',
          0,
          'the walkout had cost the operator 800,000 pounds.',
        ),
        claim(1, 'The operator put the cost of the strike at 90,000 pounds.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The harbour master said 30 tonnes of fuel had leaked into the bay.', 0, '30 tonnes of fuel had leaked into the bay.'),
        claim(1, 'The shipowner said the spill amounted to less than 4 tonnes.', 1, 'the spill amounted to less than 4 tonnes.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The drivers said the stoppage lasted eleven hours.', 0, 'the stoppage lasted eleven hours.'),
        claim(1, 'The operator said the walkout was over within two hours.', 1, 'the walkout was over within two hours.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('keeps a strike of workers apart from an attack, and sums of two happenings apart', () => {
    // "strike" alone is a walkout; only "air strike", "drone strike" is an attack.
    const raid = claim(0, 'Villagers said army helicopters carried out a raid at dawn.', 0, 'army helicopters carried out a raid at dawn.');
    expect(denials([raid, claim(1, 'The governor denied that any strike had taken place.')])).toEqual([]);
    expect(denials([raid, claim(1, 'The governor denied that any drone strike had taken place.')])).toEqual(['denial:0-1']);
    // Two tonnages far apart with nothing but one happening in common are not compared.
    expect(
      pairs([
        claim(0, 'The harbour master said 30 tonnes of fuel had leaked into the bay.', 0, '30 tonnes of fuel had leaked into the bay.'),
        claim(
          1,
          'The shipowner said the spill was cleaned with 4 tonnes of dispersant.',
          5,
          'the spill was cleaned with 4 tonnes of dispersant.',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: a negation right after an assertion', () => {
  it('answers the assertion right before it on one word when that word is what it negates', () => {
    expect(
      denials([
        claim(0, 'Residents said 60 cellars had been flooded on the east bank.', 0, '60 cellars had been flooded on the east bank.'),
        claim(1, 'The water board said there had been no flooding.', 1, 'there had been no flooding.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(
          0,
          'Drivers said supervisors had threatened to cut the pay of anyone who joined the protest.',
          0,
          'supervisors had threatened to cut the pay of anyone who joined the protest.',
        ),
        claim(1, 'The company said no driver had been threatened.', 1, 'no driver had been threatened.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not when the word shared is who the negation speaks of, or the claims stand apart', () => {
    // "no tenant had complained" speaks of tenants; the cellars' flooding is not denied.
    expect(
      denials([
        claim(
          0,
          'The residents group said 60 tenants had reported damp in their cellars.',
          0,
          '60 tenants had reported damp in their cellars.',
        ),
        claim(1, 'The landlord said no tenant had complained to its office.', 1, 'no tenant had complained to its office.'),
      ]),
    ).toEqual([]);
    expect(
      denials([
        claim(0, 'Residents said 60 cellars had been flooded on the east bank.', 0, '60 cellars had been flooded on the east bank.'),
        claim(1, 'The water board said there had been no flooding.', 4, 'there had been no flooding.'),
      ]),
    ).toEqual([]);
  });

  it('reads "no" after a verb as a negation of its clause: "had used no tear gas", "fired no shells"', () => {
    expect(
      denials([
        claim(0, 'Protesters said riot police had fired tear gas into the square.', 0, 'riot police had fired tear gas into the square.'),
        claim(1, 'The police said officers had used no tear gas.', 1, 'officers had used no tear gas.'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a statement said not to hold', () => {
  it('reads "the numbers do not add up", "bore no relation to reality" as calling what was just said untrue', () => {
    const said = claim(
      0,
      'The tenants association said rents on the estate had risen by a third.',
      0,
      'rents on the estate had risen by a third.',
    );
    expect(
      denials([said, claim(1, 'The landlord said the numbers simply did not add up.', 1, 'the numbers simply did not add up.')]),
    ).toEqual(['denial:0-1']);
    expect(denials([said, claim(1, 'The landlord said that account does not stand up.', 1, 'that account does not stand up.')])).toEqual([
      'denial:0-1',
    ]);
    expect(
      denials([said, claim(1, 'The landlord said the figure bore no relation to reality.', 1, 'the figure bore no relation to reality.')]),
    ).toEqual(['denial:0-1']);
    // Said of something else, with no statement pointed at, it denies nothing.
    expect(
      denials([said, claim(1, 'The landlord said the boiler did not add up to much.', 1, 'the boiler did not add up to much.')]),
    ).toEqual([]);
  });
});

describe('findDisagreements: one thing counted in other words', () => {
  it('compares homes and houses, ships and vessels, cases and patients', () => {
    expect(
      pairs([
        claim(0, 'The relief agency said 300 homes had been destroyed in the valley.'),
        claim(1, 'The governor said only 45 houses had been destroyed in the valley.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The harbour office said 14 ships were waiting outside the port on Monday.'),
        claim(1, 'The pilots said 30 vessels were waiting outside the port on Monday.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The clinic said it had treated 2,300 cholera patients in the district.'),
        claim(1, 'The health office put the number of cholera cases in the district at 800.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('keeps counts of other things apart', () => {
    expect(
      pairs([
        claim(0, 'The relief agency said 300 homes had been destroyed in the valley.'),
        claim(1, 'The governor said only 45 schools had been destroyed in the valley.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The relief agency said 300 homes had been destroyed in the valley.'),
        claim(1, 'The governor said about 290 houses had been destroyed in the valley.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: more words for an untruth', () => {
  const said = claim(
    0,
    'The parents group said the academy had excluded 30 pupils in the spring term.',
    0,
    'the academy had excluded 30 pupils in the spring term.',
  );

  it('reads "a gross exaggeration", "pure invention", "completely made up" and "misrepresented" as calling what was just said untrue', () => {
    for (const content of [
      'the figure was a gross exaggeration.',
      'the figures were pure invention.',
      'the account was completely made up.',
      'the report misrepresented what had happened.',
      'those claims distort the facts.',
    ])
      expect(denials([said, claim(1, `The academy said ${content}`, 1, content)])).toEqual(['denial:0-1']);
  });

  it('does not when no statement is pointed at, or the words say something else', () => {
    expect(
      denials([
        said,
        claim(
          1,
          'The academy said its new timetable was made up of longer lessons.',
          1,
          'its new timetable was made up of longer lessons.',
        ),
      ]),
    ).toEqual([]);
    expect(
      denials([said, claim(1, 'The academy said the pupils had exaggerated nothing.', 1, 'the pupils had exaggerated nothing.')]),
    ).toEqual([]);
  });
});

describe('findDisagreements: denials in other words (branch conflicts6)', () => {
  it('reads a statement called a guess ("pure speculation", "conjecture") as called untrue', () => {
    expect(
      denials([
        claim(0, 'The Courier reported that the firm planned to cut 200 jobs at the plant.', 0),
        claim(1, 'The firm said reports of layoffs were pure speculation.', 1, 'reports of layoffs were pure speculation.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'The Courier reported that the firm planned to cut 200 jobs at the plant.', 0),
        claim(1, 'The firm said the story was conjecture.', 1, 'the story was conjecture.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads a time phrase before "that" as when the statement was made, not what it says', () => {
    const denial = claim(1, 'The firm said reports of layoffs were pure speculation.', 1, 'reports of layoffs were pure speculation.');
    expect(
      denials([
        claim(
          0,
          'The Courier reported last week that the firm planned to cut 200 jobs.',
          0,
          'last week that the firm planned to cut 200 jobs.',
        ),
        denial,
      ]),
    ).toEqual(['denial:0-1']);
    // What happened last week is another event than an undated one.
    expect(denials([claim(0, 'The Courier reported that the firm had cut 200 jobs last week.', 0), denial])).toEqual([]);
  });

  it('reads synonyms as one subject word: "shut" and "closed"', () => {
    expect(
      denials([
        claim(0, 'The union said the depot had been shut since Friday.', 0),
        claim(1, 'The mayor opened a new library.', 1),
        claim(2, 'The company said the depot had never closed.', 2),
      ]),
    ).toEqual(['denial:0-2']);
    expect(
      denials([
        claim(0, 'The union said the depot had been shut since Friday.', 0),
        claim(1, 'The mayor opened a new library.', 1),
        claim(2, 'The company said the depot had never been painted.', 2),
      ]),
    ).toEqual([]);
  });

  it('answers the statement of the source a denial names ("the federation\'s account of the valve") on what it speaks of', () => {
    const federation = { sourceStems: [stemOfWord('federation')] };
    const claims = [
      { ...claim(0, 'The federation said the leak came from a valve reported as faulty in March.', 0), ...federation },
      { ...claim(1, 'The federation said all work had stopped at eight.', 1), ...federation },
      claim(2, "The company disputed the federation's account of the valve.", 2),
    ];
    const sameSource = (a: number, b: number) => a + b === 1;
    expect(findDisagreements(claims, sameSource).map((found) => found.claims.join('-'))).toEqual(['0-2']);
  });

  it('does not answer another source than the one a denial names ("the charity\'s figures")', () => {
    const councils = claim(0, 'Village councils said their clinics had treated 9,400 patients since January.', 0);
    const denial = claim(1, "The health ministry called the charity's figures exaggerated.", 1);
    expect(denials([{ ...councils, sourceStems: [stemOfWord('council')] }, denial])).toEqual([]);
    expect(denials([{ ...councils, sourceStems: ['council'], sourceNouns: [stemOfWord('charity')] }, denial])).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: one counted thing in two words (branch conflicts6)', () => {
  it('compares counts of one thing in two words only when something else ties them', () => {
    // Households and families are one thing (WordNet), counted here for two reasons.
    expect(
      pairs([
        claim(0, 'The agency said 40 households near the site had reported contaminated wells.', 0),
        claim(1, 'A neighbour said twelve families on her street had been told not to drink their tap water.', 1),
      ]),
    ).toEqual([]);
    // One side gives its figure as the measure's: the number of cases against the patients treated.
    expect(
      pairs([
        claim(0, 'The charity said it had treated 9,400 patients since January.', 0),
        claim(1, 'The health office put the number of cases at 6,100.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // A word in common ties two words for one thing: ships and vessels in the harbour.
    expect(
      pairs([
        claim(0, 'The union said 14 ships were stuck in the harbour.', 0),
        claim(1, 'The port said only 3 vessels were waiting in the harbour.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: corrections (branch conflicts6)', () => {
  const claimed = claim(0, 'The opposition said 40 planned operations had been cancelled last week.', 0);
  const figures = (claims: DisagreementClaim[], sameSource: (a: number, b: number) => boolean = differentSources) =>
    pairs(claims, sameSource).filter((p) => p.startsWith('figures:'));

  it('reads a figure right after its source called a statement untrue as of the event it corrects', () => {
    const board = (a: number, b: number) => a + b === 3;
    expect(figures([claimed, claim(1, 'That is not accurate.', 1), claim(2, 'Twelve operations were postponed.', 2)], board)).toEqual([
      'figures:0-2',
    ]);
    expect(figures([claimed, claim(1, 'In fact, only twelve operations were postponed.', 1)])).toEqual(['figures:0-1']);
  });

  it('keeps an undated figure apart from one "last week" when nothing says it corrects it', () => {
    expect(figures([claimed, claim(1, 'Twelve operations were postponed.', 2)])).toEqual([]);
    // The untrue call of another source does not make the figure a correction.
    expect(figures([claimed, claim(1, 'That is not accurate.', 1), claim(2, 'Twelve operations were postponed.', 2)])).toEqual([]);
  });
});

describe('findDisagreements: one noun named two ways (branch conflicts6)', () => {
  it('keeps apart claims naming one noun by two names: "the Ostby warehouse" / "the Ulvik warehouse"', () => {
    const denial = claim(1, 'The company said managers at the Ulvik warehouse had never threatened the drivers.', 1);
    const told = (where: string) => claim(0, `The union said managers at ${where} had threatened the drivers.`, 0);
    expect(denials([told('the Ostby warehouse'), denial])).toEqual([]);
    expect(denials([told('the Ulvik warehouse'), denial])).toEqual(['denial:0-1']);
    // "the warehouse in Ulvik" names it as "the Ulvik warehouse" does.
    expect(denials([told('the warehouse in Ulvik'), denial])).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The union said 300 workers at the Brill depot had walked out.', 0),
        claim(1, 'The company said 40 workers at the Tarn depot had walked out.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The union said 300 workers at the Brill depot had walked out.', 0),
        claim(1, 'The company said 40 workers at the Brill depot had walked out.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: a broader or a narrower noun (branch conflicts7)', () => {
  it('compares counts of one thing under a broader noun when a subject word ties the claims', () => {
    expect(
      pairs([
        claim(0, 'The council said about 6,000 shoppers a week would be left without a supermarket nearby.', 0),
        claim(1, 'The grocer said fewer than 2,000 customers a week would have to travel further to reach one of its stores.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The union said 40 warehouses at the port were flooded.', 0),
        claim(1, 'The operator said 12 depots at the port were flooded.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('does not compare them with nothing else in common, nor nouns of two kinds', () => {
    expect(
      pairs([
        claim(0, 'The union said 40 warehouses had been sold since 2019.', 0),
        claim(1, 'The operator said it ran 12 depots in the north.', 1),
      ]),
    ).toEqual([]);
    // A consultant is no kind of midwife: two groups.
    expect(
      pairs([
        claim(0, 'The association said 12 midwives at the hospital had resigned.', 0),
        claim(1, 'The trust said 3 consultants at the hospital had resigned.', 1),
      ]),
    ).toEqual([]);
  });

  it('compares jobs lost with workers losing them, one post per worker, only when both speak of a loss', () => {
    expect(
      pairs([
        claim(0, 'The union said 1,900 jobs would be lost.', 0),
        claim(1, 'The company said about 1,100 workers would be made redundant.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The union said 1,900 jobs would be created.', 0),
        claim(1, 'The company said about 1,100 workers would be made redundant.', 1),
      ]),
    ).toEqual([]);
  });

  it('compares people caught with the offences recorded, one offence each, only when the people are said to be caught', () => {
    expect(
      pairs([
        claim(0, 'The campaigners said the bus-lane cameras caught 2,600 motorists in May.', 0),
        claim(1, 'The council said the bus-lane cameras recorded 700 contraventions in May.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // Motorists who used the lane are not motorists caught.
    expect(
      pairs([
        claim(0, 'The campaigners said 2,600 motorists used the bus lane in May.', 0),
        claim(1, 'The council said the bus-lane cameras recorded 700 contraventions in May.', 1),
      ]),
    ).toEqual([]);
  });

  it('keeps a qualified count under a broader noun apart: "12 new convenience stores" / "48 supermarkets"', () => {
    expect(
      pairs([
        claim(0, 'The union said the grocer would close 48 supermarkets by the end of the year.', 0),
        claim(1, 'The grocer said it would open 12 new convenience stores by the end of the year.', 1),
      ]),
    ).toEqual([]);
  });

  it('lets a toll given on an earlier day be lower than one given on a later day, never higher', () => {
    const said = (index: number, text: string, content: string) => claim(index, text, index, content);
    const tuesday = said(0, 'The militia said on Tuesday that 35 villagers had been killed.', '35 villagers had been killed.');
    const friday = said(1, 'The provincial governor said on Friday that 80 villagers had been killed.', '80 villagers had been killed.');
    expect(pairs([tuesday, friday])).toEqual([]);
    const fewer = said(1, 'The provincial governor said on Friday that 20 villagers had been killed.', '20 villagers had been killed.');
    expect(pairs([tuesday, fewer])).toEqual(['figures:0-1']);
    // One day, two tolls: they disagree. A day opening a period ("since Monday") dates neither.
    const sameDay = said(1, 'The provincial governor said on Tuesday that 80 villagers had been killed.', '80 villagers had been killed.');
    expect(pairs([tuesday, sameDay])).toEqual(['figures:0-1']);
    const since = said(
      1,
      'The governor, whose troops have held the valley since Monday, said 80 villagers had been killed.',
      '80 villagers had been killed.',
    );
    expect(pairs([tuesday, since])).toEqual(['figures:0-1']);
  });

  it('compares people counted as "people" and as a kind of people only when the kind outnumbers the people', () => {
    const said = (index: number, text: string, content: string) => claim(index, text, index, content);
    const passengers = said(
      0,
      'The rail union said 64 passengers had been stuck on the stalled train for three hours.',
      '64 passengers had been stuck on the stalled train for three hours.',
    );
    const people = said(1, 'The operator said 25 people had been stuck on the train.', '25 people had been stuck on the train.');
    expect(pairs([passengers, people])).toEqual(['figures:0-1']);
    // More people than passengers: the crew were on the train too.
    const more = said(1, 'The operator said 90 people had been stuck on the train.', '90 people had been stuck on the train.');
    expect(pairs([passengers, more])).toEqual([]);
    // Nothing else in common: other people.
    const other = said(1, 'The operator said 25 people had complained by email.', '25 people had complained by email.');
    expect(pairs([passengers, other])).toEqual([]);
  });

  it('keeps a count across the whole country apart from a count in one named place', () => {
    const country = claim(0, 'The union said the grocer would close 48 supermarkets across the country.', 0);
    const city = claim(1, 'The grocer said it would close four supermarkets in Brellin.', 1, undefined, ['Brellin']);
    expect(pairs([country, city])).toEqual([]);
    expect(pairs([country, claim(1, 'The grocer said it would close four supermarkets.', 1)])).toEqual(['figures:0-1']);
  });

  it('keeps a count across a whole city or district apart from a count in one named street', () => {
    const city = claim(0, 'The chamber said 31 cafes had shut across the city since March.', 0);
    const street = claim(1, 'The guild said nine cafes had shut on Pell Row since March.', 1, undefined, ['Pell Row']);
    expect(pairs([city, street])).toEqual([]);
    const district = claim(0, 'The chamber said 31 cafes had shut throughout the district since March.', 0);
    expect(pairs([district, street])).toEqual([]);
    // No place on the other side: it may be the street's count.
    expect(pairs([claim(0, 'The chamber said 31 cafes had shut since March.', 0), street])).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'The chamber said 31 cafes had shut on Pell Row since March.', 0, undefined, ['Pell Row']), street])).toEqual([
      'figures:0-1',
    ]);
  });

  it('reads a number right after a singular noun as a label naming one thing, not a count', () => {
    // "on line 3" / "on line 8": two lines, no counts of anything.
    const first = claim(0, 'The operator said its pilot of night trams on line 3 had succeeded.', 0);
    const second = claim(1, 'The drivers said a pilot of night trams on line 8 in 2019 had failed.', 1);
    expect(pairs([first, second])).toEqual([]);
    // One line, two accounts: a contrary state.
    const same = claim(1, 'The drivers said the pilot of night trams on line 3 had failed.', 1);
    expect(denials([first, same])).toEqual(['denial:0-1']);
    // A plural or a verb before the figure leaves it a count.
    expect(
      pairs([
        claim(0, 'The operator said tram journeys on the route reached 4,100 a day.', 0),
        claim(1, 'The drivers said tram journeys on the route reached 1,900 a day.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('keeps two concentrations per litre apart when they name nothing in common', () => {
    const nitrate = claim(0, 'The water company said nitrate at the outfall averaged 2.5 milligrams per litre.', 0);
    const oxygen = claim(1, 'The anglers said dissolved oxygen below the weir fell to 3.2 milligrams per litre.', 1);
    expect(pairs([nitrate, oxygen])).toEqual([]);
    const more = claim(1, 'The anglers said nitrate at the outfall averaged 9.8 milligrams per litre.', 1);
    expect(pairs([nitrate, more])).toEqual(['figures:0-1']);
  });

  it('reads "the year to <month>" as the running year, apart from a year written out', () => {
    const latest = claim(0, 'The passengers group said 31 percent of ferries sailed late in the year to August.', 0);
    const past = claim(1, 'The regulator said 24 percent of ferries sailed late in 2021.', 1);
    expect(pairs([latest, past])).toEqual([]);
    const running = claim(1, 'The regulator said 24 percent of ferries sailed late in the year to August.', 1);
    expect(pairs([latest, running])).toEqual(['figures:0-1']);
  });

  it('reads a time right after "in a report" as the report\'s date, not another event', () => {
    const plan = claim(0, 'The ministry said the debt was 61 percent of output last year.', 0);
    const council = claim(1, "The audit office put this year's debt at 66 percent of output in a report last week.", 1);
    expect(pairs([plan, council])).toEqual([]);
    const lastYear = claim(1, "The audit office put last year's debt at 66 percent of output in a report last week.", 1);
    expect(pairs([plan, lastYear])).toEqual(['figures:0-1']);
  });

  it('reads a negated claim far after an assertion on one word when it names a kind of what the assertion names', () => {
    const filler = (i: number) => claim(i, `The board met on the ${i}th floor of the building to discuss the budget.`, i);
    const assertion = claim(0, 'The association said twelve midwives had resigned since January.', 0);
    const said = (index: number, content: string) => claim(index, `The chief executive said ${content}`, index, content);
    const denial = (content: string) => said(7, content);
    const between = [1, 2, 3, 4, 5, 6].map(filler);
    expect(denials([assertion, ...between, denial('no nurses had resigned this year.')])).toEqual(['denial:0-7']);
    // Consultants are no kind of midwife; what is negated must be the shared word's who.
    expect(denials([assertion, ...between, denial('no consultants had resigned this year.')])).toEqual([]);
    // The people named the same way share two words: that is the other rule's; one word and no kind-of link is nothing.
    expect(denials([assertion, ...between, denial('no porter had resigned this year.')])).toEqual([]);
    // Too far: nine sentences.
    const far = [1, 2, 3, 4, 5, 6, 7, 8].map(filler);
    expect(denials([assertion, ...far, said(9, 'no nurses had resigned this year.')])).toEqual([]);
  });

  it('lets no far negation answer past a third source that says the same word in between', () => {
    const assertion = claim(0, 'The association said twelve midwives had resigned since January.', 0);
    const third = claim(3, 'A patients group said two cleaners had resigned in March.', 3);
    const content = 'no nurses had resigned this year.';
    const denial = claim(6, `The chief executive said ${content}`, 6, content);
    const sources = (a: number, b: number) => a === b;
    expect(pairs([assertion, third, denial], sources).filter((p) => p.startsWith('denial:0-'))).toEqual([]);
  });
});

describe('findDisagreements: a part, an amount for each, a negation agreeing', () => {
  it('does not set an amount each person had against a tally handed out', () => {
    expect(
      pairs([
        claim(0, 'Clinic nurses said 70 percent of the patients admitted had not had three doses of the vaccine.'),
        claim(1, 'The regional board said it had shipped 12,000 doses to the clinics.'),
      ]),
    ).toEqual([]);
    // Amounts for each, given by two sources, still answer each other.
    expect(
      pairs([
        claim(0, 'The board said each patient was given three doses of the vaccine.'),
        claim(1, 'Nurses said each patient was given five doses of the vaccine.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('does not set a part of a counted group against the whole group', () => {
    expect(
      pairs([
        claim(0, 'A ferry carrying 58 passengers ran aground off Telmark on Sunday, the coastguard said.'),
        claim(1, 'Nine passengers were taken to hospital with cuts, the port authority said.'),
      ]),
    ).toEqual([]);
    // The part before "of its" counts the whole's noun: "close 30 of its 200 depots" answers "eight depots would close".
    expect(
      pairs([
        claim(0, 'The union said the carrier would close 30 of its 200 depots this year.'),
        claim(1, 'The carrier said eight depots would close this year.'),
      ]),
    ).toEqual(['figures:0-1']);
    // A part larger than the whole still contradicts it.
    expect(
      pairs([
        claim(0, 'A ferry carrying 58 passengers ran aground off Telmark on Sunday, the coastguard said.'),
        claim(1, 'Seventy passengers were taken to hospital with cuts, the port authority said.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads a gain as a profit, no cost', () => {
    expect(
      pairs([
        claim(0, 'The chief executive said the store refits had cost about 90 million crowns.'),
        claim(1, 'An analyst said the year included a one-off gain of 20 million crowns from a land sale.'),
      ]),
    ).toEqual([]);
  });

  it('reads a negation saying what the other says with a negative word as no denial', () => {
    expect(
      denials([
        claim(
          0,
          'Market district officers said unlicensed traders at two markets would be fined for a week after any new complaint.',
          0,
          'unlicensed traders at two markets would be fined for a week after any new complaint.',
        ),
        claim(
          1,
          'Inspectors estimated that about 300 traders in the Velm market district had not been fully licensed.',
          1,
          'about 300 traders in the Velm market district had not been fully licensed.',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: how a denial refers back (branch conflicts11)', () => {
  it('answers what a paper reported when the denial names the report, statements of other sources between', () => {
    expect(
      denials([
        claim(0, 'The Harbour Gazette reported on Monday that the ferry company had sold two of its boats.', 0),
        claim(1, 'The union said crews had not been paid since March.', 1, 'crews had not been paid since March.'),
        claim(2, 'Councillor Ames said the timetable would be cut in winter.', 2, 'the timetable would be cut in winter.'),
        claim(3, 'A company spokeswoman said the story was untrue.', 3, 'the story was untrue.'),
      ]),
    ).toEqual(['denial:0-3']);
  });

  it('answers what inspectors found when the denial rejects the findings, not what was only forecast', () => {
    expect(
      denials([
        claim(
          0,
          'Inspectors found that the kitchen had been cleaned only twice in a month.',
          0,
          'the kitchen had been cleaned only twice in a month.',
        ),
        claim(
          1,
          'The inspectors said the restaurant would be inspected again in May.',
          1,
          'the restaurant would be inspected again in May.',
        ),
        claim(2, 'Mr Oduya said the cook had been trained last year.', 2, 'the cook had been trained last year.'),
        claim(3, 'The owner rejected the findings.', 3),
      ]),
    ).toEqual(['denial:0-3']);
  });

  it('answers no statement of another kind, nor one eight sentences or more away', () => {
    expect(
      denials([
        claim(0, 'The mayor said the bridge had been closed for repairs.', 0, 'the bridge had been closed for repairs.'),
        claim(1, 'A contractor said the work had cost 40,000 euros.', 1, 'the work had cost 40,000 euros.'),
        claim(2, 'The union said the allegations were untrue.', 5, 'the allegations were untrue.'),
      ]),
    ).toEqual([]);
    expect(
      denials([
        claim(0, 'The Harbour Gazette reported that the ferry company had sold two of its boats.', 0),
        claim(1, 'A company spokeswoman said the story was untrue.', 9, 'the story was untrue.'),
      ]),
    ).toEqual([]);
  });

  it('answers the figures given a sentence or two before when the denial calls "the figure" wrong', () => {
    expect(
      denials([
        claim(0, 'The union said about 300 jobs had been cut at the plant.', 0, 'about 300 jobs had been cut at the plant.'),
        claim(1, 'Its organiser said staff had been told in a meeting.', 1, 'staff had been told in a meeting.'),
        claim(2, 'The company said the figure was wrong.', 2, 'the figure was wrong.'),
      ]),
    ).toEqual(['denial:0-2']);
  });

  it('reads a report of a deal done with a forecast added as a statement of fact a denial answers', () => {
    expect(
      denials([
        claim(
          0,
          'The paper said the club had agreed a fee and that the player would sign on Friday.',
          0,
          'the club had agreed a fee and that the player would sign on Friday.',
        ),
        claim(1, 'A club spokesman said that was untrue.', 1, 'that was untrue.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'The paper said the player would sign on Friday.', 0, 'the player would sign on Friday.'),
        claim(1, 'A club spokesman said that was untrue.', 1, 'that was untrue.'),
      ]),
    ).toEqual([]);
  });

  it('passes over a sentence holding no claim of any source between a statement and a denial pointing back', () => {
    expect(
      denials([
        claim(
          0,
          'The tenants said the landlord had switched off the heating in January.',
          0,
          'the landlord had switched off the heating in January.',
        ),
        claim(1, 'The landlord denied it.', 2),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(
          0,
          'The tenants said the landlord had switched off the heating in January.',
          0,
          'the landlord had switched off the heating in January.',
        ),
        claim(1, 'The landlord denied it.', 3),
      ]),
    ).toEqual([]);
  });

  it("reads a reporter's note that another denies the charge as no denial: the claim asserts, and the other's negation answers it", () => {
    expect(
      denials([
        claim(
          0,
          'The residents accused the water company of closing the village pumping station ahead of a planned sale, a charge the company denies.',
          0,
        ),
        claim(1, 'The company said there was no plan to close the pumping station.', 4, 'there was no plan to close the pumping station.'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: figures of two buckets paired by what they count and what happened to it (figure-pairing.ts)', () => {
  it('compares a count of things killed with a casualty figure of the same things', () => {
    expect(
      pairs([
        claim(0, 'The agency said the spill had killed about 4,000 fish in the canal.'),
        claim(1, 'The firm put the number of dead fish at fewer than 500.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('does not compare a casualty figure with a count that says nothing happened to what it counts', () => {
    expect(
      pairs([
        claim(0, 'Volunteers had moved about 4,000 fish to a clean pond.'),
        claim(1, 'The firm put the number of dead fish at fewer than 500.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The avalanche swept over four chalets above the village.'),
        claim(1, 'Rescuers said they had recovered 19 bodies.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: what a measure and a negation are about (branch attr-cn2)', () => {
  it('compares "the price of X" only with a price of the same thing, not as a reference back', () => {
    expect(
      pairs([
        claim(0, 'The wholesale price of barley malt rose 14 percent last year.'),
        claim(1, 'Brewers raised the price of a pint by 5 percent last year.'),
      ]),
    ).toEqual([]);
    expect(pairs([claim(0, 'The price of a pint rose 14 percent last year.'), claim(1, 'The price rose 5 percent last year.')])).toEqual([
      'figures:0-1',
    ]);
  });

  it('takes a negation said sentences before an assertion as its denial only when the assertion says what it negates', () => {
    const negation = 'The inspectors had not measured the noise of the turbines near the farm.';
    expect(denials([claim(0, negation, 0), claim(1, 'The wind farm counted 40 turbines near the farm in March.', 4)])).toEqual([]);
    expect(denials([claim(0, negation, 0), claim(1, 'The operator measured the noise of the turbines near the farm in May.', 4)])).toEqual([
      'denial:1-0',
    ]);
  });
});

describe('findDisagreements: rates, maxima, gerunds, prefixes and phrases of profit (branch conflicts14)', () => {
  it('compares a rate a month with a count over a year per year, both ways', () => {
    // About 30 a month is about 360 a year: not 140.
    expect(
      pairs([
        claim(0, 'The depot cancelled 140 deliveries in the year to June.'),
        claim(1, 'Drivers said about 30 deliveries a month were being cancelled.'),
      ]),
    ).toEqual(['figures:0-1']);
    // 12 a month is about 144 a year: 140 agrees with it.
    expect(
      pairs([
        claim(0, 'The depot cancelled 140 deliveries over the past year.'),
        claim(1, 'Drivers said 12 deliveries a month were being cancelled.'),
      ]),
    ).toEqual([]);
    // "last year" on the count's side does not set a rate said now apart from it.
    expect(
      pairs([
        claim(0, 'Last year the surgery treated about 9,000 patients.'),
        claim(1, 'The surgery treats fewer than 400 patients a month.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('sets a most reached ("up to") against an upper bound of every one ("no … longer than")', () => {
    expect(
      pairs([
        claim(0, 'Lorries queued at the border crossing for up to 14 hours on Monday.'),
        claim(1, 'No lorry had queued at the border crossing longer than four hours on Monday.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'Lorries queued at the border crossing for up to three hours on Monday.'),
        claim(1, 'No lorry had queued at the border crossing longer than four hours on Monday.'),
      ]),
    ).toEqual([]);
  });

  it('ties spans of time by an -ing form modifying a noun ("opening hours" of what is open)', () => {
    expect(
      pairs([
        claim(0, 'The museum is now open for just 20 hours a week.'),
        claim(1, 'Opening hours at the museum remain 35 hours a week.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('counts "four of them" as the group named before it when no figure stands before', () => {
    expect(
      pairs([
        claim(0, "Cracks were found in 19 of the estate's 40 lamp posts."),
        claim(1, 'Its engineers had checked every lamp post on the estate and found cracks in only three of them.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('pairs a word and its negative prefix after a copula, "under-" only against the word said in full', () => {
    expect(pairs([claim(0, 'The care home is fully staffed.'), claim(1, 'The care home is understaffed.')])).toEqual(['denial:0-1']);
    expect(pairs([claim(0, 'The van was insured.'), claim(1, 'The van was uninsured.')])).toEqual(['denial:0-1']);
    // "funded" is not "fully funded": "underfunded" says too little of it, no contrary.
    expect(pairs([claim(0, 'The school is funded by the county.'), claim(1, 'The school is underfunded.')])).toEqual([]);
  });

  it('reads "It is …" as of the thing the sentence before names', () => {
    expect(
      pairs([
        claim(0, 'The care home is fully staffed, the owner said.', 0),
        claim(1, 'Inspectors visited the care home on Friday.', 5),
        claim(2, 'It is understaffed.', 6),
      ]),
    ).toEqual(['denial:0-2']);
    // Nothing names the home just before: "it" may be anything.
    expect(
      pairs([
        claim(0, 'The care home is fully staffed, the owner said.', 0),
        claim(1, 'Inspectors visited the bakery on Friday.', 5),
        claim(2, 'It is understaffed.', 6),
      ]),
    ).toEqual([]);
  });

  it('reads phrases of profit and loss as the state "profitable" names, over a period running to now', () => {
    expect(pairs([claim(0, 'The mill was profitable last year.'), claim(1, 'The mill has been losing money since 2021.')])).toEqual([
      'denial:0-1',
    ]);
    expect(
      pairs([
        claim(0, 'The ferry line made a loss of 3 million euros last year.'),
        claim(1, 'The ferry line turned a profit in each of the past four years.'),
      ]),
    ).toEqual(['denial:0-1']);
    // A profit that is only a measure, and a loss of jobs, say nothing of the state.
    expect(pairs([claim(0, 'Profit at the mill fell to 2 million euros.'), claim(1, 'The mill announced the loss of 40 jobs.')])).toEqual(
      [],
    );
  });

  it('compares how often something happened: "N times", "on N occasions", "on N days", "once", tied by a word', () => {
    expect(
      pairs([
        claim(0, 'The owners said the lift had been serviced five times in the past year.'),
        claim(1, 'Council records show the lift was serviced once in the past year.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'Ambulances were diverted to the coast on 22 occasions since March.'),
        claim(1, 'The trust said ambulances had been diverted to the coast on nine days.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Nothing in common but how often: two happenings.
    expect(pairs([claim(0, 'The lift had been serviced five times.'), claim(1, 'The tenants wrote to the council twice.')])).toEqual([]);
    // A multiple is no count of occasions.
    expect(pairs([claim(0, 'The repair cost three times the estimate.'), claim(1, 'The repair was done once.')])).toEqual([]);
  });

  it("compares a count of an act's noun with a count the act is said of, and occasions with a count of the act (branch conflicts18)", () => {
    expect(
      pairs([
        claim(0, 'The surgeons said 120 postponements had been logged at the clinic in June.'),
        claim(1, 'The clinic said only 45 operations were postponed in June.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The tenants said 300 residents had signed their letter to the landlord.'),
        claim(1, 'The landlord said the letter carried 90 signatures.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The drivers say they have walked out on five occasions over rosters this year.'),
        claim(1, 'The bus company said there had been two walkouts over rosters this year.'),
      ]),
    ).toEqual(['figures:0-1']);
    // Another act, or none said of the count: two things.
    expect(
      pairs([
        claim(0, 'The clinic said only 45 operations were postponed in June.'),
        claim(1, 'The surgeons said 120 cancellations had been logged at the clinic in June.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The firm said 30 parcels were delivered late in May.'),
        claim(1, 'Customers made 90 complaints about parcels in May.'),
      ]),
    ).toEqual([]);
  });

  it('reads "on N occasions" before "over" as how often, "N times over the limit" as a multiple (branch conflicts18)', () => {
    expect(
      pairs([
        claim(0, 'The porters say they have stopped work on six occasions over the rota.'),
        claim(1, 'The hospital said porters had stopped work twice over the rota.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'The river was four times over the safe level.'), claim(1, 'The river rose twice over the summer.')])).toEqual(
      [],
    );
  });

  it('compares posts with staff who lose them, and jobs at risk with jobs a cut will cost (branch conflicts18)', () => {
    expect(
      pairs([
        claim(0, 'The mill will eliminate 200 positions at its Carlow site.'),
        claim(1, 'The union said 450 staff would be made redundant at the site.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The growers say the tariff will cost 900 jobs in the valley.'),
        claim(1, 'The ministry said about 250 jobs in the valley were at risk.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares two bare "Nm" figures near each other as one unit, never with a sum in pounds (branch conflicts18)', () => {
    expect(
      pairs([
        claim(0, 'Walkers say the dune has been shrinking by 4m a year since 2019.', 0),
        claim(1, 'The trust said the dune had shrunk by about 0.5m a year over that time.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // Far apart, a bare "m" is read in no one unit; a sum in pounds is money.
    expect(
      pairs([
        claim(0, 'Walkers say the dune has been shrinking by 4m a year since 2019.', 0),
        claim(1, 'Dunes on this coast shrink by about 1m a year on average, the agency said.', 9),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'Walkers say the dune has been shrinking by 4m a year since 2019.', 0),
        claim(1, 'The trust said it spends £1m a year on the dune.', 1),
      ]),
    ).toEqual([]);
  });

  it('ties "rejected that figure" to a forecast\'s figure right before it, before a word in common further back (branch conflicts18)', () => {
    expect(
      denials([
        claim(0, 'The growers say the tariff will cost 900 jobs in the valley.', 0),
        claim(1, 'The minister rejected that figure.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    const growers = (a: number, b: number) => a !== 2 && b !== 2;
    expect(
      pairs(
        [
          claim(0, 'The growers said the ministry had ignored their letters for months.', 0),
          claim(1, 'The growers say the tariff will cost 900 jobs in the valley.', 1),
          claim(2, 'The ministry rejected that figure.', 2),
        ],
        growers,
      ),
    ).toContain('denial:1-2');
  });

  it('ties "disputed the audit\'s main finding" to the statement opening on the audit, far back (branch conflicts18)', () => {
    const found = denials([
      claim(0, 'The audit, carried out by Fenby Accountants for the county, concluded that the bridge fund had been overspent.', 0),
      claim(1, 'Traders said the roadworks had cost them customers all summer.', 4),
      claim(2, "Harlow Roads disputed the audit's main finding.", 12),
    ]);
    expect(found).toContain('denial:0-2');
    // A document no statement opens on ties nothing.
    expect(
      denials([
        claim(0, 'Fenby Accountants concluded that the bridge fund had been overspent.', 0),
        claim(1, "Harlow Roads disputed the audit's main finding.", 12),
      ]),
    ).toEqual([]);
  });

  it('reads the year a denial pointing back gives as what it disputes, not another event (branch conflicts18)', () => {
    expect(
      denials([
        claim(0, 'The residents say the council was warned about the flooding by its engineers in 2017.', 0),
        claim(
          1,
          'The council said that account was wrong and that the engineers had first reported in 2020.',
          1,
          'that account was wrong and that the engineers had first reported in 2020.',
        ),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('ties a denial repeating the figure it denies to the assertion, however far back (branch conflicts18)', () => {
    expect(
      denials([
        claim(0, 'Campaigners said about 900 lorries a day used the lane past the school.', 0),
        claim(1, 'The council dismissed the figure of 900 lorries a day as exaggerated.', 9),
      ]),
    ).toEqual(['denial:0-1']);
    // The denier's own figure ("saying … only five occasions") is no figure denied.
    expect(
      denials([
        claim(0, 'Neighbours said litter had been dumped in the lane on at least four occasions.', 0),
        claim(1, 'The owner dismissed the complaints as exaggerated, saying the bins had overflowed on only five occasions.', 9),
      ]),
    ).toEqual([]);
  });

  it('reads a superlative as the state of its word, and a subject before auxiliaries', () => {
    expect(
      pairs([
        claim(0, 'The council says the crossing is one of the safest in the town.', 0),
        claim(1, 'Parents said there had been four accidents at the crossing.', 1),
        claim(2, 'It is the most dangerous crossing in the town.', 2),
      ]),
    ).toEqual(['denial:0-2']);
    expect(
      pairs([claim(0, 'The terminal is open every day.', 0), claim(1, 'The terminal has been closed on Sundays since May.', 7)]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a denial told before the accusation, an opinion before a denial (branch conflicts15)', () => {
  // Sources by claim index: the same letter is one source.
  const by = (letters: string) => (a: number, b: number) => letters[a] === letters[b];

  it('answers the accuser introduced after it, on one subject word, the denier alone speaking between', () => {
    const claims = [
      claim(0, 'The water company has denied claims that it plans to shut the pumping station at Marl Bridge next spring.'),
      claim(1, '"We have made no decision of any kind," a spokesman said.'),
      claim(2, 'Parish councillor Ann Lisle said engineers had been warned in October that their pumping work would end in March.'),
    ];
    expect(pairs(claims, by('AAB'))).toContain('denial:2-0');
  });

  it('leaves a denial pointing at the statement before it to that statement', () => {
    const claims = [
      claim(0, 'Residents said lorries used the lane every night.'),
      claim(1, 'The haulier rejected that, saying its drivers kept to the main road after dark.'),
      claim(2, 'The parish council said it had counted 40 drivers in the lane over a week.'),
    ];
    expect(pairs(claims, by('BAC'))).not.toContain('denial:2-1');
  });

  it('does not reach past another source speaking between, nor a later statement of a source that spoke before', () => {
    const between = [
      claim(0, 'The water company has denied claims that it plans to shut the pumping station at Marl Bridge next spring.'),
      claim(1, 'The regulator said it expected a decision by the summer.'),
      claim(2, 'Parish councillor Ann Lisle said engineers had been warned in October that their pumping work would end in March.'),
    ];
    expect(pairs(between, by('ACB'))).not.toContain('denial:2-0');
    const spokeBefore = [
      claim(0, 'Parish councillor Ann Lisle said the village had waited a year for new pipes.'),
      claim(1, 'The regulator said it expected a decision by the summer.'),
      claim(2, 'The regulator also said the reservoir was full.'),
      claim(3, 'The water company has denied claims that it plans to shut the pumping station at Marl Bridge next spring.'),
      claim(4, 'Ms Lisle said engineers had been warned in October that their pumping work would end in March.'),
    ];
    expect(pairs(spokeBefore, by('BCCAB'))).not.toContain('denial:4-3');
  });

  it('passes over an opinion of the source that spoke just before a denial pointing at its statement', () => {
    const rated = (c: DisagreementClaim, checkworthiness: number): DisagreementClaim => ({ ...c, checkworthiness });
    const claims = [
      rated(
        claim(0, 'The drivers said buses on two routes were being cancelled most evenings because there were not enough mechanics.'),
        0.9,
      ),
      rated(claim(1, '"It is a disgrace and everyone knows it," he said.'), 0.1),
      rated(claim(2, 'The operator rejected that account.'), 0.6),
    ];
    const denied = (list: DisagreementClaim[]) => pairs(list, by('AAB')).filter((p) => p.startsWith('denial:'));
    expect(denied(claims)).toEqual(['denial:0-2']);
    // A statement of fact right before the denial is what it points at.
    const factual = [claims[0]!, rated(claims[1]!, 0.9), claims[2]!];
    expect(denied(factual)).toContain('denial:1-2');
  });

  it('reads "without a" thing as its negation, a bare "without" as a manner', () => {
    expect(
      denials([
        claim(0, 'The union said the ward had been left without a doctor on most nights since June.', 0),
        claim(1, 'The trust said a doctor had been on the ward every night this year.', 5),
      ]),
    ).toEqual(['denial:1-0']);
    expect(
      denials([
        claim(0, 'The union said the ward had been closed without warning on most nights since June.', 0),
        claim(1, 'The trust said the ward had been closed on most nights since June for repairs.', 1),
      ]),
    ).toEqual([]);
  });

  it("reads a denial verb with no object as denying what was just said, when its source's next sentence speaks of it", () => {
    const said = claim(0, 'The residents said the overflow pipe had been fitted as a stopgap.', 0);
    const disagreed = claim(1, 'Mr Ives disagreed.', 1);
    expect(
      pairs([said, disagreed, claim(2, '"That pipe was fitted to last forty years," he said.', 2)], by('ABB')).filter((p) =>
        p.startsWith('denial:'),
      ),
    ).toEqual(['denial:0-1']);
    // Explained by something else: no answer to the chair.
    expect(
      pairs([said, disagreed, claim(2, '"The harbour wall is older than any of us," he said.', 2)], by('ABB')).filter((p) =>
        p.startsWith('denial:'),
      ),
    ).toEqual([]);
    // "a trade dispute." is a noun.
    expect(
      denials([
        claim(0, 'Farmers said 400 acres of beans were in storage.', 0),
        claim(1, 'The association said members wanted payments like those made during the last trade dispute.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads "refused to", "failed to" as negating the verb after them, not "for failing to"', () => {
    expect(
      denials([
        claim(0, 'The union said the company had refused to meet its representatives since March.', 0),
        claim(1, 'The company said it had held four meetings with the union in that time.', 1),
      ]),
    ).toEqual(['denial:1-0']);
    expect(
      denials([
        claim(0, 'The ministry blamed its neighbour for failing to patrol the border.', 0),
        claim(1, 'The border police said officers patrol the border every night.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads a clause opened by "nothing" or "nobody" as negating what its verb acts on, past a determiner', () => {
    expect(
      denials([
        claim(0, 'The anglers said a settling lagoon at the site had overflowed at least three times since May.', 0),
        claim(1, '"Nothing has left that lagoon," the manager said.', 1, '"Nothing has left that lagoon,"'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'The residents said engineers had worked on the estate since the morning.', 0),
        claim(1, 'The chair said nobody had visited the estate.', 1, 'nobody had visited the estate.'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: contrasts, criticism, unbroken records, safety and harm (branch conflicts16)', () => {
  it('reads "X is P, but Y isn\'t." as denying P of Y only, never of X', () => {
    // The contrast agrees with what was said of X.
    expect(
      denials([
        claim(0, 'The mayor says the new Mill Lane market hall is the busiest in the county.', 0),
        claim(1, "The Mill Lane hall is busy, but the old corn exchange market isn't.", 1),
      ]),
    ).toEqual([]);
    expect(
      denials([
        claim(0, 'Ticket sales at the museum rose by a tenth in June, the trust said.', 0),
        claim(1, "Ticket sales are up, but donations at the museum aren't.", 1),
      ]),
    ).toEqual([]);
    // What is said of Y is denied.
    expect(
      denials([
        claim(0, 'Every market hall we run is busy, the corn exchange market included.', 0),
        claim(1, "The Mill Lane hall is busy, but the corn exchange market isn't.", 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads "rejected the criticism" as answering what another source complained of, sentences back', () => {
    const company = (a: number, b: number) => a > 0 && b > 0;
    const told = [
      claim(0, 'Mrs Hale said she rang the helpline five times to complain and never heard back.', 0),
      claim(1, 'The company said its engineers visited the street in May.', 1),
      claim(2, 'It said 40 homes on the street had new meters.', 2),
      claim(3, 'The company rejected the criticism, saying every call is logged.', 3, 'the criticism, saying every call is logged.'),
    ];
    expect(pairs(told, company).filter((pair) => pair.startsWith('denial:'))).toEqual(['denial:0-3']);
    // Not given as a complaint, but aimed at the company by naming it.
    told[0] = claim(0, 'Mrs Hale said the company had ignored her letters for a year.', 0);
    expect(pairs(told, company).filter((pair) => pair.startsWith('denial:'))).toEqual(['denial:0-3']);
    // A statement given as no criticism and naming no one is not what it rejects.
    told[0] = claim(0, 'Mrs Hale said she had lived on the street for 30 years.', 0);
    expect(pairs(told, company).filter((pair) => pair.startsWith('denial:'))).toEqual([]);
  });

  it('reads "the tank is safe" against "the tank leaked" or "the yard had flooded twice", not "a leaked memo"', () => {
    expect(
      denials([
        claim(0, 'The operator said the storage tank was safe and had passed every inspection.', 0),
        claim(1, 'Residents said the storage tank leaked last winter.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // One definite subject ties the two further apart.
    expect(
      denials([
        claim(0, 'The tenants said the yard had flooded twice since March.', 0),
        claim(1, 'The owner said deliveries came in the afternoon.', 1),
        claim(2, 'He said the bins were emptied on Fridays.', 2),
        claim(3, 'The firm insisted the yard was safe.', 4),
      ]),
    ).toEqual(['denial:0-3']);
    expect(
      denials([
        claim(0, 'The operator said the storage tank was safe.', 0),
        claim(1, 'The union said a leaked memo about the storage tank had been sent to staff.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads a record said to be unbroken ("always paid on time") against another source saying it was broken', () => {
    expect(
      denials([
        claim(0, 'The tenant says she has always paid her rent on time.', 0),
        claim(1, 'The landlord said he went abroad in May.', 1),
        claim(2, 'The landlord said her account had missed three payments last year.', 5),
      ]),
    ).toEqual(['denial:0-2']);
    expect(
      denials([
        claim(0, 'The supplier said deliveries had always arrived before noon.', 0),
        claim(1, 'The school said two deliveries were late in March.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // What was missed is something else.
    expect(
      denials([
        claim(0, 'The tenant says she has always paid her rent on time.', 0),
        claim(1, 'The landlord said she had missed two meetings with the agent.', 1),
      ]),
    ).toEqual([]);
  });

  it('ties figures of one day\'s event when one side names it only "the incident", "the clash"', () => {
    const wall = claim(0, 'A retaining wall on the building site collapsed into three gardens on Tuesday night.', 0);
    expect(pairs([wall, claim(1, "Tuesday's incident involved a section of fencing, which fell onto two gardens.", 3)])).toEqual([
      'figures:0-1',
    ]);
    // Another day, or no word for the event, ties nothing far apart.
    expect(pairs([wall, claim(1, "Monday's incident involved a section of fencing, which fell onto two gardens.", 3)])).toEqual([]);
    expect(pairs([wall, claim(1, 'On Tuesday a section of fencing fell onto two gardens.', 3)])).toEqual([]);
  });

  it('reads "the family\'s account" as the statement telling what the family did when no source goes by "the family"', () => {
    const told = [
      claim(0, 'Her son said the family waited six hours in the corridor.', 0),
      claim(1, 'The hospital said the ward had 30 beds.', 1),
      claim(2, 'It said staff numbers had risen this year.', 2),
      claim(3, "The hospital called the family's account inaccurate.", 3),
    ];
    const hospital = (a: number, b: number) => a > 0 && b > 0;
    expect(pairs(told, hospital).filter((pair) => pair.startsWith('denial:'))).toEqual(['denial:0-3']);
    // Nothing said of the family: nothing to answer.
    told[0] = claim(0, 'Her son said he waited six hours in the corridor.', 0);
    expect(pairs(told, hospital).filter((pair) => pair.startsWith('denial:'))).toEqual([]);
    // "the report's findings" names a document, no people: not any statement that speaks of a report.
    told[0] = claim(0, 'In a short report, the inspectors said the corridor had been full for six hours.', 0);
    told[3] = claim(3, "The hospital said it disagreed with the report's findings.", 3, "it disagreed with the report's findings.");
    expect(pairs(told, hospital).filter((pair) => pair.startsWith('denial:'))).toEqual([]);
  });

  it('reads a time after a bound ("more than 200 last year") as the claim\'s own, another event', () => {
    expect(
      pairs([
        claim(0, 'The charity said the shelter turned away 230 families in March, more than 200 last year.', 0),
        claim(1, 'The council said the shelter turned away 40 families in March.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads "than last year" as what a claim compares with, no other event', () => {
    expect(
      denials([
        claim(0, 'Every bus route we run is more punctual than last year, the harbour route included.', 0),
        claim(1, 'The harbour route is not more punctual.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'Every bus route we ran last year was punctual, the harbour route included.', 0),
        claim(1, 'The harbour route is not punctual.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads claims a denier "dismissed" as the latest statement of another source naming it, sentences back', () => {
    const quarry = (a: number, b: number) => a > 0 && b > 0;
    const told = [
      claim(0, 'Villagers say the quarry company dumped slurry in the brook.', 0),
      claim(1, 'The quarry company said it employed 80 people.', 1),
      claim(2, 'It said lorries used the bypass.', 2),
      claim(3, 'The quarry company dismissed the claims as scaremongering.', 3, 'the claims as scaremongering.'),
    ];
    expect(pairs(told, quarry).filter((pair) => pair.startsWith('denial:'))).toEqual(['denial:0-3']);
    // "the allegation was untrue", no verb of denial: only a statement given as an allegation, or one just before.
    told[3] = claim(3, 'The quarry company said the allegation was untrue.', 3, 'the allegation was untrue.');
    expect(pairs(told, quarry).filter((pair) => pair.startsWith('denial:'))).toEqual([]);
  });

  it('ties two sums named by two words of one kind ("fines" / "penalty payments") in one year', () => {
    const fines = claim(0, 'The councillor wrote that the council had collected £1.2 million from parking fines in 2025.', 0);
    expect(pairs([fines, claim(1, 'The report says the council received £540,000 in penalty payments during 2025.', 5)])).toEqual([
      'figures:0-1',
    ]);
    // Another year, or a sum of another kind, ties nothing far apart.
    expect(pairs([fines, claim(1, 'The report says the council received £540,000 in penalty payments during 2023.', 5)])).toEqual([]);
    expect(pairs([fines, claim(1, 'The report says its wardens cost £540,000 during 2025.', 5)])).toEqual([]);
  });

  it('reads "on social media last week that …" as when the statement was made, not another event', () => {
    const company = claim(1, 'The company said 90 workers joined the strike.', 1);
    expect(pairs([claim(0, 'on social media last week that 400 workers had joined the strike.', 0), company])).toEqual(['figures:0-1']);
    expect(pairs([claim(0, 'on the picket line last week 400 workers had joined the strike.', 0), company])).toEqual([]);
  });
});

describe('findDisagreements: crowds at a match, denials far back (branch conflicts19)', () => {
  it('counts a crowd that "watched" a match, came "through the turnstiles" or are "spectators" as people taking part', () => {
    expect(
      pairs([
        claim(0, 'The museum said 2,300 visitors watched the regatta from the harbour wall on Sunday.'),
        claim(1, 'Stewards counted 900 people through the turnstiles at the harbour wall.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'About 15,000 spectators lined the route of the regatta.'), claim(1, 'The coastguard put the attendance at 4,000.')]),
    ).toEqual(['figures:0-1']);
    // Viewers of a match in March are of another match than Sunday's.
    expect(
      pairs([
        claim(0, 'The club said 2,300 visitors watched the regatta on Sunday.'),
        claim(1, 'A record 5,000 spectators watched the cup final in March.'),
      ]),
    ).toEqual([]);
  });

  it('reads "no" right after an attribution inside the sentence as opening its clause ("On Monday, a spokesman said no …")', () => {
    const text = 'On Monday, a council spokesman said no tenant had been evicted from the estate.';
    const reply = claim(2, text, 2, 'no tenant had been evicted from the estate.');
    // The attribution "a council spokesman said" is cut out of the content, which reads "On Monday, no tenant …".
    const attributed: DisagreementClaim = {
      ...reply,
      words: claimWords(text, tokenize(text), [[11, 36]]),
    };
    expect(denials([claim(0, 'The landlord had evicted tenants from the estate without notice, the residents said.'), attributed])).toEqual(
      ['denial:0-2'],
    );
  });

  it('answers an assertion paragraphs back with a check-worthy negated reply sharing two subject words, one of them negated', () => {
    const asserted = claim(0, 'The airline had refused boarding to 40 passengers with valid tickets on the Easter weekend.', 0);
    const between = [
      claim(1, 'The route carried 90,000 people last year.', 1),
      claim(2, 'It is the busiest route from the island.', 2),
      claim(3, 'Fares rose by 4 per cent in April.', 3),
    ];
    const reply = (c: DisagreementClaim, checkworthiness: number): DisagreementClaim => ({ ...c, checkworthiness });
    const denied = claim(
      5,
      'A spokeswoman said nobody carrying a ticket had been stopped from flying that weekend.',
      5,
      'nobody carrying a ticket had been stopped from flying that weekend.',
    );
    expect(denials([asserted, ...between, reply(denied, 0.7)])).toEqual(['denial:0-5']);
    // A view is no reply so far on.
    expect(denials([asserted, ...between, reply(denied, 0.1)])).toEqual([]);
    // Nor is one sharing a single word, or one past another source speaking of the same words between.
    const single = claim(5, 'A spokeswoman said no ticket office had closed.', 5, 'no ticket office had closed.');
    expect(denials([asserted, ...between, reply(single, 0.7)])).toEqual([]);
    const third = claim(4, 'The regulator said tickets were checked at the gate all weekend.', 4);
    expect(denials([asserted, ...between, third, reply(denied, 0.7)])).not.toContain('denial:0-5');
  });

  it('counts "N job losses" as jobs lost, and a count a place "faces" as a forecast', () => {
    expect(
      pairs([
        claim(
          0,
          'The union said the brewery faces 600 job losses at its two sites.',
          0,
          'the brewery faces 600 job losses at its two sites.',
        ),
        claim(1, 'The brewery said it would cut 150 jobs at its two sites.', 1, 'it would cut 150 jobs at its two sites.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(
          0,
          'There were 600 job losses at the brewery last year, the union said.',
          0,
          'There were 600 job losses at the brewery last year',
        ),
        claim(1, 'The brewery said it had cut 150 jobs last year.', 1, 'it had cut 150 jobs last year.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('sets "last month\'s" rally apart as another event, not "last week\'s" one a report tells of', () => {
    const today = claim(
      0,
      'About 9,000 people marched to the town hall on Saturday, the organisers said.',
      0,
      'About 9,000 people marched to the town hall on Saturday',
    );
    expect(
      pairs([
        today,
        claim(
          1,
          "Last month's rally at the town hall drew about 2,000 people, the police said.",
          1,
          "Last month's rally at the town hall drew about 2,000 people",
        ),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(
          0,
          "Last week's rally at the town hall drew about 9,000 people, the organisers said.",
          0,
          "Last week's rally at the town hall drew about 9,000 people",
        ),
        claim(
          1,
          'The police said about 2,000 people had attended the rally at the town hall.',
          1,
          'about 2,000 people had attended the rally at the town hall.',
        ),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: plans denied, levels, figures called far off (branch denial2)', () => {
  const filler = (index: number): DisagreementClaim => claim(index, `The ferry carried ${index + 40} cars on its first crossing.`, index);

  it('answers a plan or forecast paragraphs back with "no plans to", "no decision" on what the plan is of', () => {
    const plan = claim(
      0,
      'The union said the mill planned to shut its second kiln before the spring.',
      0,
      'the mill planned to shut its second kiln before the spring.',
    );
    const between = [1, 2, 3].map(filler);
    const noDecision = claim(4, 'The mill said no decision had been taken on the kiln.', 4, 'no decision had been taken on the kiln.');
    expect(denials([plan, ...between, noDecision])).toEqual(['denial:0-4']);
    const closing = claim(0, 'Residents said the borough would close the lido in May.', 0, 'the borough would close the lido in May.');
    const noPlans = claim(6, 'The borough said it had no plans to close the lido.', 6, 'it had no plans to close the lido.');
    expect(denials([closing, ...[1, 2, 3, 4, 5].map(filler), noPlans])).toEqual(['denial:0-6']);
  });

  it('does not read "no plans to" as denying another act on the same thing, nor an assertion of something done', () => {
    const layUp = claim(
      0,
      'The line said it would lay up four of its ships by December.',
      0,
      'it would lay up four of its ships by December.',
    );
    const noSale = claim(3, 'Its rival said it had no plans to sell ships.', 3, 'it had no plans to sell ships.');
    expect(denials([layUp, filler(1), filler(2), noSale])).toEqual([]);
    const done = claim(0, 'The union said the mill shut its second kiln last spring.', 0, 'the mill shut its second kiln last spring.');
    const noDecision = claim(4, 'The mill said no decision had been taken on the kiln.', 4, 'no decision had been taken on the kiln.');
    expect(denials([done, filler(1), filler(2), filler(3), noDecision])).toEqual([]);
  });

  it('reads a measure said to be level or unchanged against another source saying it rose or fell', () => {
    const fell = claim(
      0,
      'The union said visitor numbers at the museum had fallen sharply since March.',
      0,
      'visitor numbers at the museum had fallen sharply since March.',
    );
    const level = claim(1, 'The trust said visitor numbers had remained broadly level.', 1, 'visitor numbers had remained broadly level.');
    expect(pairs([fell, level])).toEqual(['figures:0-1']);
    // Two sources saying it did not move agree; "not level" says nothing of which way.
    const unchanged = claim(1, 'The trust said visitor numbers were unchanged.', 1, 'visitor numbers were unchanged.');
    expect(pairs([level, { ...unchanged, index: 2, sentenceIndex: 2 }])).toEqual([]);
    const notLevel = claim(1, 'The trust said visitor numbers had not remained level.', 1, 'visitor numbers had not remained level.');
    expect(pairs([fell, notLevel]).filter((pair) => pair.startsWith('figures:'))).toEqual([]);
  });

  it('answers the latest statement giving a figure with "nowhere near" or "nothing like" that figure, however worded', () => {
    const moved = claim(
      0,
      'The union said 35 porters had been moved to the night shift.',
      0,
      '35 porters had been moved to the night shift.',
    );
    const farOff = claim(3, 'A spokesman said the number was nowhere near 35.', 3, 'the number was nowhere near 35.');
    expect(denials([moved, filler(1), filler(2), farOff])).toEqual(['denial:0-3']);
    const sum = claim(0, 'The player said the club owed him £12,000 in bonuses.', 0, 'the club owed him £12,000 in bonuses.');
    const nothingLike = claim(1, 'The club said it owed him nothing like £12,000.', 1, 'it owed him nothing like £12,000.');
    expect(denials([sum, nothingLike])).toEqual(['denial:0-1']);
    // Another figure is no figure called far off.
    const other = claim(3, 'A spokesman said the number was nowhere near 60.', 3, 'the number was nowhere near 60.');
    expect(denials([moved, filler(1), filler(2), other])).toEqual([]);
  });

  it('reads contrary states of one definite subject up to twelve sentences apart, as in an interview', () => {
    const open = claim(0, 'The depot is open every weekend.', 0);
    const shut = (at: number) => claim(at, 'The depot has been shut at weekends since May.', at);
    const between = (to: number) => Array.from({ length: to - 1 }, (_, k) => filler(k + 1));
    expect(denials([open, ...between(10), shut(10)])).toEqual(['denial:0-10']);
    expect(denials([open, ...between(14), shut(14)])).toEqual([]);
  });

  it('reads "rejected that calculation" as pointing at the statement before it', () => {
    const turnout = claim(
      0,
      'The registrar said the turnout was 43 per cent of the 2,900 staff balloted.',
      0,
      'the turnout was 43 per cent of the 2,900 staff balloted.',
    );
    expect(denials([turnout, claim(1, 'The union rejected that calculation.', 1)])).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: posts by other nouns, volumes in other units, care, records since a year (branch conflicts20)', () => {
  it('counts roles, posts, positions and jobs as one thing, and "is to cut" as a plan', () => {
    expect(
      pairs([
        claim(
          0,
          'The bank is to cut 90 roles at its call centre in Ashby next year, it said.',
          0,
          'The bank is to cut 90 roles at its call centre in Ashby next year',
        ),
        claim(1, 'Staff were told at the centre that some 250 posts would go.', 6),
      ]),
    ).toEqual(['figures:0-1']);
    // Compatible: about 100 positions against 90 roles.
    expect(
      pairs([
        claim(0, 'The bank is to cut 90 roles at its call centre.', 0),
        claim(1, 'The union said about 100 positions at the call centre would go.', 1),
      ]),
    ).toEqual([]);
  });

  it('compares a volume in cubic metres with one in litres, a range of them too', () => {
    expect(
      pairs([
        claim(0, 'The agency said about 60,000 litres of slurry had leaked into the stream.', 0),
        claim(1, 'The farm said no more than 8 cubic metres of slurry had leaked.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The agency said about 60,000 litres of slurry had leaked into the stream.', 0),
        claim(1, 'The farm said between 55 and 65 cubic metres of slurry had leaked.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads people "attended to" or "treated for" something as hurt, not as taking part', () => {
    expect(
      pairs([
        claim(0, 'Medics attended to four people at the fair, the ambulance service said.', 0),
        claim(1, 'Some 9,000 people took part in the fair, the organisers said.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'Stewards said dozens of runners were treated for dehydration.', 0),
        claim(1, 'Medics attended to three people during the race, the ambulance service said.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads an amount naming nothing it is of as answering the amount of another source a sentence or two before', () => {
    expect(
      pairs([
        claim(0, 'The agency said about 9,000 litres of heating oil had run into the canal.', 0),
        claim(1, 'The boatyard said under 1,000 litres had escaped.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // Far apart, or both naming what they measure (two different liquids), they are not compared.
    expect(
      pairs([
        claim(0, 'The agency said about 9,000 litres of heating oil had run into the canal.', 0),
        claim(1, 'The boatyard said under 1,000 litres had escaped.', 6),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The agency said about 9,000 litres of heating oil had run into the canal.', 0),
        claim(1, 'The boatyard said under 1,000 litres of paint had escaped.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads "the largest … since 2011" as a record, not a count over the period', () => {
    expect(
      pairs([
        claim(0, 'The union said 30,000 people took part, the largest march in the city since 2011.', 0),
        claim(1, 'Police put the number of marchers at about 7,000.', 4),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: evidence denied, acts done lawfully or not, doubted conditions (branch denial3)', () => {
  const filler = (index: number): DisagreementClaim => claim(index, 'The weather stayed mild all week.', index);

  it('reads "no evidence that" as negating what the clause after "that" says', () => {
    const burnt = claim(
      0,
      'Villagers said the rangers had burnt the old granary at dawn.',
      0,
      'the rangers had burnt the old granary at dawn.',
    );
    const noEvidence = claim(
      1,
      'The park authority said there was no evidence that anything had been burnt near the village.',
      1,
      'there was no evidence that anything had been burnt near the village.',
    );
    expect(denials([burnt, noEvidence])).toEqual(['denial:0-1']);
    // "no evidence" of something else than what was said is no answer to it.
    const noOther = claim(
      1,
      'The park authority said there was no evidence that the rangers carried weapons near the village.',
      1,
      'there was no evidence that the rangers carried weapons near the village.',
    );
    expect(denials([burnt, noOther])).toEqual([]);
  });

  it('reads "legally" against "illegally" said of one act of one named thing, wherever each side says it was done', () => {
    const legal = claim(
      0,
      'The Halvard Company said the Stella Nord had been dredging legally inside the harbour limits.',
      0,
      'the Stella Nord had been dredging legally inside the harbour limits.',
      ['harbour limits'],
    );
    const illegal = claim(
      6,
      'The port authority said the Stella Nord was caught dredging illegally in the Brenn estuary.',
      6,
      'the Stella Nord was caught dredging illegally in the Brenn estuary.',
      ['brenn estuary'],
    );
    expect(denials([legal, ...[1, 2, 3, 4, 5].map(filler), illegal])).toEqual(['denial:0-6']);
    // Another act said to be unlawful is another matter.
    const parked = claim(
      6,
      'The port authority said the Stella Nord was caught mooring illegally in the Brenn estuary.',
      6,
      'the Stella Nord was caught mooring illegally in the Brenn estuary.',
      ['brenn estuary'],
    );
    expect(denials([legal, ...[1, 2, 3, 4, 5].map(filler), parked])).toEqual([]);
  });

  it('reads a question asking what follows if something were so as saying it is not so, paragraphs on', () => {
    const flooded = claim(
      0,
      'The tenants said the basement of the block was flooded with sewage for a week.',
      0,
      'the basement of the block was flooded with sewage for a week.',
    );
    const doubting = claim(
      7,
      '"If the basement was flooded with sewage, why did the inspectors find it dry?" asked the landlord\'s agent.',
      7,
      'If the basement was flooded with sewage, why did the inspectors find it dry?',
    );
    expect(denials([flooded, ...[1, 2, 3, 4, 5, 6].map(filler), doubting])).toEqual(['denial:0-7']);
    // A plain question, or one whose condition says something else, doubts nothing said before.
    const asking = claim(
      7,
      '"Why did the inspectors find the basement dry?" asked the landlord\'s agent.',
      7,
      'Why did the inspectors find the basement dry?',
    );
    const other = claim(
      7,
      '"If the council wanted the block empty, why did it renew the lease?" asked the landlord\'s agent.',
      7,
      'If the council wanted the block empty, why did it renew the lease?',
    );
    expect(denials([flooded, ...[1, 2, 3, 4, 5, 6].map(filler), asking])).toEqual([]);
    expect(denials([flooded, ...[1, 2, 3, 4, 5, 6].map(filler), other])).toEqual([]);
  });
  it('reads "the raid never happened", "did not take place" as denying the noun before the negation', () => {
    const raided = claim(
      0,
      'Villagers said soldiers had raided the grain store at dawn.',
      0,
      'soldiers had raided the grain store at dawn.',
    );
    const never = claim(
      4,
      'The army said the raid on the grain store never took place.',
      4,
      'the raid on the grain store never took place.',
    );
    expect(denials([raided, filler(1), filler(2), filler(3), never])).toEqual(['denial:0-4']);
    // Another occasion said not to have happened answers nothing said of this one.
    const other = claim(4, 'The army said the parade in the square did not take place.', 4, 'the parade in the square did not take place.');
    expect(denials([raided, filler(1), filler(2), filler(3), other])).toEqual([]);
  });

  it('reads "Where is the proof?" as denying the statement right before it', () => {
    const knew = claim(
      0,
      'The opposition said the minister knew about the spill in March.',
      0,
      'the minister knew about the spill in March.',
    );
    const proof = claim(1, '"Where is the proof?" the minister asked.', 1, 'Where is the proof?');
    expect(denials([knew, proof])).toEqual(['denial:0-1']);
    // Asked before anything was said, it answers nothing.
    expect(
      denials([
        claim(0, '"Where is the proof?" the minister asked.', 0, 'Where is the proof?'),
        claim(1, knew.words.text, 1, 'the minister knew about the spill in March.'),
      ]),
    ).toEqual([]);
  });

  it('reads "forced" against "voluntary" after a copula, and a plant shut against one operating', () => {
    const forced = claim(0, 'Families said the evacuation of the camp was forced.', 0, 'the evacuation of the camp was forced.');
    const voluntary = claim(2, 'The army said the evacuation of the camp was voluntary.', 2, 'the evacuation of the camp was voluntary.');
    expect(denials([forced, filler(1), voluntary])).toEqual(['denial:0-2']);
    // "forced" as a verb states nothing of a subject.
    const verb = claim(0, 'Families said the flood forced the evacuation of the camp.', 0, 'the flood forced the evacuation of the camp.');
    expect(denials([verb, filler(1), voluntary])).toEqual([]);
    const shut = claim(0, 'Workers said the smelter was shut on Monday.', 0, 'the smelter was shut on Monday.');
    const operating = claim(2, 'The company said the smelter is operating normally.', 2, 'the smelter is operating normally.');
    expect(denials([shut, filler(1), operating])).toEqual(['denial:0-2']);
  });

  it('reads "It isn\'t safe" of a thing just named against another source calling it safe, beside a forecast', () => {
    const named = claim(0, '"Nobody should swim in that lido.', 0, 'Nobody should swim in that lido.');
    const unsafe = claim(1, 'It isn\'t safe," she said.', 1, "It isn't safe,");
    const safe = claim(4, 'The council said the lido is safe and will open on Saturday.', 4, 'the lido is safe and will open on Saturday.');
    const same = (a: number, b: number): boolean => a <= 1 && b <= 1;
    expect(pairs([named, unsafe, filler(2), filler(3), safe], same).filter((p) => p.startsWith('denial:'))).toEqual(['denial:1-4']);
    // "was not closed" agrees with "open".
    const notClosed = claim(0, 'Parents said the lido was not closed.', 0, 'the lido was not closed.');
    const open = claim(2, 'The council said the lido is open.', 2, 'the lido is open.');
    expect(denials([notClosed, filler(1), open])).toEqual([]);
  });
  it('answers a thing another source named paragraphs back with "there has been no" that thing', () => {
    const lockout = claim(0, '"It was a lockout from start to finish," the steward said.', 0, 'It was a lockout from start to finish,');
    const between = [1, 2, 3, 4, 5, 6].map(filler);
    const none = claim(7, '"There has been no lockout," the manager said.', 7, 'There has been no lockout,');
    expect(denials([lockout, ...between, none])).toEqual(['denial:0-7']);
    // Said by a third source in between, the thing is that source's to answer; and "no evidence" is no such thing.
    const third = claim(4, 'A mediator said the lockout would end on Friday.', 4, 'the lockout would end on Friday.');
    expect(denials([lockout, filler(1), filler(2), filler(3), third, filler(5), filler(6), none])).not.toContain('denial:0-7');
  });
  it('reads a part said of what another source says of the whole as a denial, either first', () => {
    const whole = claim(
      0,
      'The trust said the hardship grant was paid in full to every tenant in May.',
      0,
      'the hardship grant was paid in full to every tenant in May.',
    );
    const part = claim(
      3,
      'Tenants said most of them had received only part of the hardship grant.',
      3,
      'most of them had received only part of the hardship grant.',
    );
    expect(denials([whole, filler(1), filler(2), part])).toEqual(['denial:0-3']);
    // "did not pay the full grant it promised in April": the month is the promise's, no other event than May's payment.
    const notFull = claim(
      0,
      'Tenants said the trust did not pay the full hardship grant it promised every tenant in April.',
      0,
      'the trust did not pay the full hardship grant it promised every tenant in April.',
    );
    const paid = claim(
      3,
      'The trust said the hardship grant was paid in full to every tenant in May.',
      3,
      'the hardship grant was paid in full to every tenant in May.',
    );
    // (the negation answers the later assertion: the pair is listed assertion first)
    expect(denials([notFull, filler(1), filler(2), paid])).toEqual(['denial:3-0']);
    // A part of something else is no answer to the whole.
    const other = claim(3, 'Tenants said only some of the flats had been repainted.', 3, 'only some of the flats had been repainted.');
    expect(denials([whole, filler(1), filler(2), other])).toEqual([]);
  });
});

describe('findDisagreements: subjects far off, ranks, participles, publications (branch conflicts21)', () => {
  it('compares a figure whose subject opens its clause far before it with a casualty figure of another source', () => {
    expect(
      pairs([
        claim(0, 'The number of people injured when the grandstand roof came down during the second half had risen to 23.'),
        claim(1, 'The stewards said 41 spectators had been injured.', 3),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('proposes two places in one ranking, counted from one end, and keeps apart rankings of other things', () => {
    expect(
      pairs([
        claim(0, 'The county has the lowest recycling rate of the twelve counties.'),
        claim(1, 'The county ranks fourth-lowest for its recycling rate.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The port has the second-largest container terminal in the country.'),
        claim(1, 'The port is the fifth-largest employer in the county.'),
      ]),
    ).toEqual([]);
    // The same place is no disagreement; neither is a place counted from the other end.
    expect(
      pairs([
        claim(0, 'The club had the third-highest average attendance in the league.'),
        claim(1, "The club's average attendance was the third-best in the league."),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The club had the third-highest average attendance in the league.'),
        claim(1, 'The club had the second-lowest average attendance in the league.'),
      ]),
    ).toEqual([]);
  });

  it('reads two forms of one verb as one qualifier: "planned to" and "planning to"', () => {
    expect(
      pairs([
        claim(0, 'In its survey, one in three landlords said they planned to sell.'),
        claim(1, 'The same survey showed only 8 percent of landlords planning to sell.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('dates a document by the time it was published, not another event', () => {
    expect(
      pairs([
        claim(0, 'A survey of members, published last month, found that 40 percent of farms had cut staff.'),
        claim(1, 'That survey showed that 12 percent of farms had cut staff.'),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: months with no day (branch conflicts21)', () => {
  it('proposes two months for one happening that three subject words tie', () => {
    expect(
      pairs([
        claim(0, 'Residents first reported the leak in the roof to the landlord in April.'),
        claim(1, 'The first report of the leak in the roof the landlord received was dated September.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares no month of a plan, of a period, or one tied by fewer words', () => {
    expect(
      pairs([
        claim(0, "We'll object in person when the planning committee meets in March."),
        claim(1, 'Comments to the planning committee close on 19 January.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The union said 30 drivers had been moved to the night shift since August.'),
        claim(1, 'The company said the night shift would be cut in February.'),
      ]),
    ).toEqual([]);
    expect(pairs([claim(0, 'The depot reopened in March after repairs.'), claim(1, 'The depot was inspected in June.')])).toEqual([]);
  });
});

describe('findDisagreements: differences of counts (branch conflicts21)', () => {
  it('reads "N fewer X than" as a fall of the count, against "the same number as" or a rise', () => {
    expect(
      pairs([
        claim(0, 'The trust said the port had hired 400 fewer dockers this year than last.'),
        claim(1, 'The port had hired about 1,200 dockers this year, the same number as in 2024.', 2),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The hospital employed 300 more nurses than last year.'),
        claim(1, 'The number of nurses at the hospital had fallen.', 3),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares no difference with a level of the count: "400 fewer dockers" is no count of 400', () => {
    expect(
      pairs([
        claim(0, 'The port had hired 400 fewer dockers this year than last.'),
        claim(1, 'The port had hired about 900 dockers this year.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: how much a measure moved, sums of parts (branch conflicts22)', () => {
  it('compares a difference with a change in percent and the level it reached', () => {
    // 5 percent down to 1,900 is about 100 fewer.
    expect(
      pairs([
        claim(0, 'The library lent 600 fewer books this year than last, the friends group said.'),
        claim(1, 'Book loans had dropped by 5 percent, to 1,900, the council said.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The library lent 100 fewer books this year than last, the friends group said.'),
        claim(1, 'Book loans had dropped by 5 percent, to 1,900, the council said.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads a sum before a comparative and a change by a count as how much the measure moved', () => {
    // 10 percent up to £33 is £3 more.
    expect(
      pairs([
        claim(0, 'The operator said fares had risen by 10 percent this year, to £33.'),
        claim(1, 'Passengers said fares were £9 higher than last year.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The operator said fares had risen by 10 percent this year, to £33.'),
        claim(1, 'Passengers said fares were £3 higher than last year.', 1),
      ]),
    ).toEqual([]);
    // 25 percent down to 600 is 200 fewer.
    expect(
      pairs([
        claim(0, 'The number of pupils on the waiting list fell by 900 over the term, the council said.'),
        claim(1, 'The number of pupils on the waiting list fell 25 percent over the term, to 600, the parents said.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads the words of a hyphenated compound as the two words', () => {
    expect(
      pairs([
        claim(0, 'The theatre sold 900 fewer gift vouchers this year than last.'),
        claim(1, 'Gift-voucher sales fell by 2 percent, to 4,900, the theatre said.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares two counts of one noun a claim adds up with a total, and a part with a total only when larger', () => {
    expect(
      pairs([
        claim(0, 'The charity said 90 volunteers from the east ward and 70 from the west ward had joined the clean-up.'),
        claim(1, 'The council said 110 volunteers from the two wards had joined the clean-up.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // 90 and 70 are 160: a total of 160 is no conflict, though 90 alone is not 160.
    expect(
      pairs([
        claim(0, 'The charity said 90 volunteers from the east ward and 70 from the west ward had joined the clean-up.'),
        claim(1, 'The council said 160 volunteers from the two wards had joined the clean-up.', 1),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: a share past a span of time against the share within it (branch conflicts22)', () => {
  it('compares the one share with the rest of the other when both name one span', () => {
    expect(
      pairs([
        claim(0, 'The parents said one in two ambulances took longer than eight minutes to reach a call in the village.'),
        claim(1, 'The ambulance service said 85 percent of its ambulances reached calls in the village within eight minutes.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // 15 percent past and 85 percent within add up.
    expect(
      pairs([
        claim(0, 'The parents said 15 percent of ambulances took longer than eight minutes to reach a call in the village.'),
        claim(1, 'The ambulance service said 85 percent of its ambulances reached calls in the village within eight minutes.', 1),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: pairs formed by names and by kinds of one another (branch pairing)', () => {
  it('reads a possessive name before a statement as its owner: the named source’s latest statement, however far back', () => {
    const estimate = {
      ...claim(0, 'Professor Ilka Renner said the pumping station had saved 260 cellars from flooding in March.'),
      sourceStems: ['ilka', 'renner'],
    };
    const between = claim(1, 'The station cost 4 million euros to build.');
    const third = claim(2, 'The river rose by two metres in a day.');
    const denial = {
      ...claim(
        5,
        "The water board's engineer said the board did not accept Professor Renner's estimate.",
        5,
        "the board did not accept Professor Renner's estimate",
      ),
      sourceStems: ['water', 'board'],
    };
    expect(denials([estimate, between, third, denial])).toEqual(['denial:0-5']);
  });

  it('does not take a named owner’s other statement for the one a denial spells out', () => {
    const other = { ...claim(0, 'Halvard Kemp said the club had written to the bank twice since May.'), sourceStems: ['halvard', 'kemp'] };
    const denial = {
      ...claim(1, "The landlord rejected Kemp's claim that it had doubled the ground's rent this year."),
      sourceStems: ['landlord'],
    };
    expect(denials([other, denial])).toEqual([]);
    const rent = { ...claim(2, 'Kemp said the landlord had doubled the rent for the ground this year.'), sourceStems: ['halvard', 'kemp'] };
    expect(denials([other, rent, { ...denial, sentenceIndex: 3, index: 3 }])).toEqual(['denial:2-3']);
  });

  it('compares a denial with an assertion naming a kind of its noun, and needs a tie before proposing it', () => {
    const trace = createConflictTrace();
    const assertion = claim(0, 'Three lorries dumped rubble in the quarry pond, residents said.');
    const between = [claim(1, 'The pond is fed by a spring.'), claim(2, 'It is popular with anglers.'), claim(3, 'Herons nest there.')];
    const denial = claim(4, 'None of our vehicles has ever been near the site, the haulier said.');
    expect(findDisagreements([assertion, ...between, denial], differentSources, trace)).toEqual([]);
    // Compared (no longer lost at the pairing), dropped by the ties: "lorries" and "vehicles" are no word in common.
    expect(trace.gates.get('0|4')).toBe('ties');
  });
});

describe('findDisagreements: passives of people, unsupported claims, accounts of the story, one figure pointed at (branch pairing2)', () => {
  it('reads a denial verb in the passive said of people as an act done to them, which a negation may answer', () => {
    const assertion = claim(0, 'Forty drivers at the depot were dismissed by text message on Friday, the union said.');
    const between = claim(1, 'The depot opened in 1998.');
    const denial = claim(2, 'Nobody had been sacked by text message, the company said.');
    expect(denials([assertion, between, denial])).toEqual(['denial:0-2']);
  });

  it('still reads a statement dismissed in the passive as a denial', () => {
    const assertion = claim(0, 'Drivers at the depot were told by text message that they had lost their jobs, the union said.');
    const between = claim(1, 'The depot opened in 1998.');
    const denial = claim(2, 'Claims that drivers at the depot were told by text message were denied by the company.');
    expect(denials([assertion, between, denial])).toEqual(['denial:0-2']);
  });

  it('reads "not supported by any evidence" as calling the owner’s statement untrue', () => {
    const assertion = {
      ...claim(0, 'The ramblers’ society said the path had been blocked by a locked gate.'),
      sourceStems: ['rambler', stemOfWord('society')],
    };
    const between = claim(1, 'The estate covers 400 hectares.');
    const denial = {
      ...claim(
        2,
        'The estate manager said the society’s claims were not supported by any evidence.',
        2,
        'the society’s claims were not supported by any evidence',
      ),
      sourceStems: ['estate'],
    };
    expect(denials([assertion, between, denial])).toEqual(['denial:0-2']);
  });

  it('passes over an owner’s statement of another year for its account of the story', () => {
    const story = {
      ...claim(0, 'The residents’ association said bags of waste had piled up on the estate since the strike began.'),
      sourceStems: ['residents'],
    };
    const earlier = {
      ...claim(1, 'The association said collections on the estate had also stopped for a month in 2019.'),
      sourceStems: ['residents'],
    };
    const denial = {
      ...claim(2, 'The council called the association’s account a fabrication.', 2, 'the association’s account a fabrication'),
      sourceStems: ['council'],
    };
    const withNouns = (c: DisagreementClaim): DisagreementClaim => ({ ...c, sourceNouns: [stemOfWord('association')] });
    const ofAssociation = (a: number, b: number): boolean => a < 2 && b < 2;
    expect(pairs([withNouns(story), withNouns(earlier), denial], ofAssociation)).toEqual(['denial:0-2']);
  });

  it('answers with "That figure …" the statement right before, not an older one of another source', () => {
    const older = claim(0, 'The ministry said 35 people had been treated in hospital that day.');
    const before = claim(1, 'The rebels said on Friday that the army had lost 140 soldiers since Monday.');
    const denial = claim(
      2,
      '"That figure is not borne out by anything we have seen," an army spokesman said.',
      2,
      'That figure is not borne out by anything we have seen',
    );
    expect(denials([older, before, denial]).filter((pair) => pair.startsWith('denial:0-'))).toEqual([]);
  });
});

describe('findDisagreements: a denial narrowed to what the assertion does not say (branch ties2)', () => {
  it('does not read a negated passive with an agent the assertion does not name as a denial of the count', () => {
    const assertion = claim(0, 'Since the spring, 27 village post offices have shut across the county.');
    expect(denials([assertion, claim(1, 'No post office has been shut by the inspectorate for breaking the rules.')])).toEqual([]);
    // Naming the same agent, the denial answers it.
    expect(
      denials([
        claim(0, 'The inspectorate has shut 27 village post offices since the spring.'),
        claim(1, 'No post office has been shut by the inspectorate since the spring.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('does not read "but not <noun phrase>" as a denial of what it concedes', () => {
    const assertion = claim(0, 'The inspectors reported that 58 dairies had failed their hygiene checks in the autumn.');
    expect(denials([assertion, claim(1, 'The senator quoted the inspectors but not their follow-up visits.')])).toEqual([]);
    // A negation with a verb after "but" is no bare noun phrase: it is read as before.
    expect(denials([assertion, claim(1, 'But the dairies had not failed their hygiene checks, the owners said.')])).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a share of a named part against a share of the whole (branch ties2)', () => {
  it('does not compare a share scoped to a named part with an unscoped share of the same population', () => {
    expect(
      pairs([
        claim(0, 'The water board said 93 per cent of homes had their meters read on time.'),
        claim(4, 'Fewer than 60 per cent of homes in Oakridge had their meters read on time, the residents said.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'On the Harbour Line, only 64% of ferries sailed on time, the users said.'),
        claim(4, 'The operator said 91% of ferries sailed on time.'),
      ]),
    ).toEqual([]);
  });

  it('still compares two shares when both name the part, or the part is named again by the other side', () => {
    expect(
      pairs([
        claim(0, 'The water board said 93 per cent of homes in Oakridge had their meters read on time.'),
        claim(4, 'Fewer than 60 per cent of homes in Oakridge had their meters read on time, the residents said.'),
      ]),
    ).toEqual(['figures:0-4']);
    expect(
      pairs([
        claim(0, 'Rents on the Larkfield estate have risen by 25 percent this year, the tenants said.'),
        claim(4, 'The landlord said rents on the estate had risen by 4 percent this year.'),
      ]),
    ).toEqual(['figures:0-4']);
  });
});

describe('findDisagreements: capacities and places beside a landmark (branch precision3)', () => {
  it('does not set what a thing can carry against a count of what it carried', () => {
    expect(
      pairs([
        claim(0, 'The engineers said the bridge can carry 2,000 lorries a day.'),
        claim(1, 'The hauliers said they counted 2,900 lorries a day on the bridge.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The hall has capacity for 800 people, the trust said.'),
        claim(1, 'The organisers said 1,300 people attended the meeting in the hall.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The depot was designed to handle 400 buses, the council said.'),
        claim(1, 'The union said the depot handled 650 buses.'),
      ]),
    ).toEqual([]);
  });

  it('still compares two capacities, and two counts', () => {
    expect(
      pairs([
        claim(0, 'The engineers said the bridge can carry 2,000 lorries a day.'),
        claim(1, 'The hauliers said the bridge can carry 5,000 lorries a day.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The engineers said they counted 2,000 lorries a day on the bridge.'),
        claim(1, 'The hauliers said they counted 5,000 lorries a day on the bridge.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('does not set a reading on one side of a landmark against one on the other side', () => {
    expect(
      pairs([
        claim(0, 'The anglers said nitrate above the dam averaged 3 milligrams per litre.'),
        claim(1, 'The utility said nitrate below the dam averaged 11 milligrams per litre.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'Campaigners said bacteria upstream of the outfall averaged 200 colonies per 100 millilitres.'),
        claim(1, 'The utility said bacteria downstream of the outfall averaged 1,900 colonies per 100 millilitres.'),
      ]),
    ).toEqual([]);
  });

  it('keeps a reading at a landmark apart from one a distance upstream of it, and one placed by the sentence before', () => {
    expect(
      pairs([
        claim(0, 'Nitrate at the old railway bridge reached 14 milligrams per litre, the anglers said.'),
        claim(1, 'The utility said nitrate a mile upstream of the bridge stayed at 2 milligrams per litre.'),
      ]),
    ).toEqual([]);
    const sameSpeaker = (a: number, b: number) => a <= 1 && b <= 1;
    expect(
      pairs(
        [
          claim(0, 'The inspectors found dead trout below the tannery.', 0),
          claim(1, 'Nitrate that day reached 14 milligrams per litre.', 1),
          claim(2, 'Above the tannery, the anglers said, nitrate was 2 milligrams per litre.', 2),
        ],
        sameSpeaker,
      ),
    ).toEqual([]);
  });

  it('still compares two readings on one side of a landmark, and a figure below a limit is no place', () => {
    expect(
      pairs([
        claim(0, 'The anglers said nitrate below the dam averaged 3 milligrams per litre.'),
        claim(1, 'The utility said nitrate below the dam averaged 11 milligrams per litre.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The anglers said nitrate below the dam averaged 3 milligrams per litre.'),
        claim(1, 'The utility said nitrate there averaged 11 milligrams per litre, above the legal limit.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('does not set shares of two outcomes of one service against each other, and still compares one outcome', () => {
    expect(
      pairs([
        claim(0, "Nine in ten of the operator's buses now arrive within three minutes of the timetable, its director said."),
        claim(1, "The group said the share of the operator's buses cancelled across the county was 6.1%."),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The operator said 3% of its buses were cancelled last year.'),
        claim(1, 'The passengers group said 7% of the buses were cancelled last year.'),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: denials spelling out what they deny, far back (branch denial3)', () => {
  // The denier's own sentences between (its background): only claim 0 is another source's.
  const fillers = (from: number, to: number): DisagreementClaim[] =>
    Array.from({ length: to - from }, (_, k) => claim(from + k, `Its offices opened on day ${k + 1} of the season.`, from + k));
  const deniers = (a: number, b: number): boolean => a !== 0 && b !== 0;
  const denialsOf = (claims: DisagreementClaim[]): string[] => pairs(claims, deniers).filter((pair) => pair.startsWith('denial:'));
  /** An inquiry the campaigners report, and `at` sentences on, the authority dismissing reports of it. */
  const inquiryDismissedAt = (at: number): string[] =>
    denialsOf([
      claim(0, 'The campaigners said the ombudsman had opened an inquiry into the parking contracts.'),
      ...fillers(1, at),
      claim(
        at,
        "The authority dismissed reports of an ombudsman's inquiry, saying it had heard nothing.",
        at,
        "reports of an ombudsman's inquiry, saying it had heard nothing",
      ),
    ]);

  it('answers an assertion paragraphs back on two words of what "dismissed reports of" spells out', () => {
    expect(inquiryDismissedAt(6)).toEqual(['denial:0-6']);
  });

  it('answers one of "It is untrue that …" on two words of what it spells out', () => {
    expect(
      denialsOf([
        claim(0, 'The tenants said inspectors found black mould in the stairwells.'),
        ...fillers(1, 8),
        claim(
          8,
          'It is untrue that inspectors found any mould at the block, the landlord said.',
          8,
          'It is untrue that inspectors found any mould at the block',
        ),
      ]),
    ).toEqual(['denial:0-8']);
  });

  it("does not answer when the act it says was not done is not the assertion's, nor past twelve sentences", () => {
    expect(
      denialsOf([
        claim(0, "The residents said they had sent a letter to the minister's office in March."),
        ...fillers(1, 6),
        claim(6, 'The minister denied that her office had lost the letter.', 6, 'denied that her office had lost the letter'),
      ]),
    ).toEqual([]);
    expect(inquiryDismissedAt(14)).toEqual([]);
  });
});

describe('findDisagreements: a warning of what would happen is something done (branch denial3)', () => {
  const said = (index: number, text: string): DisagreementClaim => claim(index, text, index, text.slice(text.indexOf(' says ') + 6));

  it('answers "warned … that … would" with a negation of the warning right after it, not a forecast alone', () => {
    expect(
      denials([
        said(0, 'The laboratory says it warned the town hall on Monday that the wells would be unsafe to drink from.'),
        said(1, 'The mayor says he received no warning before Thursday.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        said(0, 'The laboratory says the town hall would get a warning about the wells on Monday.'),
        said(1, 'The mayor says he received no warning before Thursday.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: a negation two sentences on, a sentence of no source between (branch denial3)', () => {
  const assertion = claim(
    0,
    'The council said officials ordered residents of the quay to leave at midnight.',
    0,
    'officials ordered residents of the quay to leave at midnight',
  );
  const denial = (index: number, sentence: number): DisagreementClaim =>
    claim(index, '"There was no evacuation order," the landlord said.', sentence, 'There was no evacuation order');

  it('answers the assertion as if right after it when the sentence between holds no sourced claim', () => {
    expect(denials([assertion, denial(1, 2)])).toEqual(['denial:0-1']);
  });

  it('does not when a claim of a source stands between, nor three sentences on', () => {
    expect(denials([assertion, claim(1, 'The harbour master said the tide peaked at eleven.', 1), denial(2, 2)])).toEqual([]);
    expect(denials([assertion, denial(1, 3)])).toEqual([]);
  });
});

describe('findDisagreements: categories the pairing gate missed (branch pairing4)', () => {
  it('compares an animal counted by its kind and by "animals", only when both say one thing happened to them', () => {
    expect(
      pairs([
        claim(0, 'The farmers said more than 300 goats had been killed by the storm.'),
        claim(1, 'The vets said 40 animals had been killed by the storm.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The vets said 40 animals had been killed by the storm.'),
        claim(1, 'The farmers said 300 goats were moved to the lower fields before the storm.'),
      ]),
    ).toEqual([]);
  });

  it('reads people who drowned or perished as dead', () => {
    expect(
      pairs([
        claim(0, 'The coastguard said 23 migrants had drowned off the cape.'),
        claim(1, 'The navy said nine migrants died off the cape.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('counts crashes and collisions as one thing, and "separate" after a count sets no other event apart', () => {
    expect(
      pairs([
        claim(0, 'The police said there were nine separate crashes on the ring road.'),
        claim(1, 'The highways office said its cameras saw four collisions on the ring road.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The police said there were nine crashes on the ring road.'),
        claim(1, 'The highways office said four collisions happened in a separate pile-up on the ring road.'),
      ]),
    ).toEqual([]);
  });

  it('reads states said by a preposition and a noun after a copula', () => {
    expect(
      denials([
        claim(0, 'The engineers said the footbridge was safe for walkers.'),
        claim(1, 'The ramblers said the footbridge was at risk of falling into the river.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'The operator said the lifts at the station were working all week.'),
        claim(1, 'The passengers said the lifts had been out of order since Monday.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'The contractor said the resurfacing of the runway was on schedule.'),
        claim(1, 'The airport said the resurfacing of the runway had been delayed by a month.'),
      ]),
    ).toEqual(['denial:0-1']);
    // No copula: "a town at risk of flooding" says nothing of a state; "ran out of" is still another verb.
    expect(
      denials([
        claim(0, 'The mayor said the embankment was safe.'),
        claim(1, 'The agency said it had written to every town at risk of flooding near the embankment.'),
      ]),
    ).toEqual([]);
  });

  it('reads a structure called sound as safe, unsound as not safe', () => {
    expect(
      denials([claim(0, 'The trust said the old mill was unsafe.'), claim(1, 'The owner said the old mill was structurally sound.')]),
    ).toEqual(['denial:0-1']);
  });

  it('reads a negated passive of dismissal as a negation of the act, not as agreement', () => {
    expect(
      denials([
        claim(0, 'The bakery said it had sacked the manager of the Mill Street shop.'),
        claim(1, 'The union said the manager had not been dismissed.'),
      ]),
    ).toEqual(['denial:0-1']);
    // "did not dismiss the claims" still agrees.
    expect(
      denials([
        claim(0, 'The union said the bakery had cut the bonus.'),
        claim(1, 'The bakery did not dismiss the claims about the bonus.'),
      ]),
    ).toEqual([]);
  });

  it('reads a name of two words or more by its head: "the Kellow Viaduct" is "the viaduct"', () => {
    expect(
      denials([
        claim(0, 'The rail engineers said the Kellow Viaduct was closed to all trains.'),
        claim(1, 'The county council said the viaduct was open.'),
      ]),
    ).toEqual(['denial:0-1']);
    // Two names of one kind are two things.
    expect(
      denials([
        claim(0, 'The rail engineers said the Kellow Viaduct was closed to all trains.'),
        claim(1, 'The county council said the Brannock Viaduct was open.'),
      ]),
    ).toEqual([]);
  });

  it('reads "two years behind schedule" as late, and a state told in the past beside a forecast', () => {
    expect(
      denials([
        claim(0, 'The auditors found that the rebuilding of the pier was 18 months behind schedule.'),
        claim(1, 'The builder said the rebuilding of the pier was on schedule and would finish by June.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads "stepped down" as "resigned", a verb and its particle WordNet lists as one', () => {
    expect(
      denials([claim(0, 'The club said its chairman had stepped down on Friday.'), claim(1, 'The chairman said he had not resigned.')]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a circa abbreviated or glued to its number', () => {
  it('reads "c.1,200", "approx.1,200" and "ca. 1,200" as about 1,200: close counts agree, far ones conflict', () => {
    for (const hedged of ['c.1,200', 'approx.1,200', 'ca. 1,200']) {
      expect(
        pairs([
          claim(0, `The trust said the ward admitted ${hedged} patients in March.`),
          claim(1, 'The ward admitted 1,230 patients in March, the union said.'),
        ]),
      ).toEqual([]);
      expect(
        pairs([
          claim(0, `The trust said the ward admitted ${hedged} patients in March.`),
          claim(1, 'The ward admitted 600 patients in March, the union said.'),
        ]),
      ).toEqual(['figures:0-1']);
    }
  });
});

describe('findDisagreements: sums held back, saved and offered; parts said by "alone"; a later event by its ordinal', () => {
  it('never compares reserves with savings, spending or revenue, nor an offer with a cost, but still compares one kind', () => {
    expect(
      pairs([
        claim(0, 'Officers said the county reserves stood at 9.4 million pounds.'),
        claim(1, 'But the cabinet said county savings of 3.1 million pounds had been found.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The finance report said the bridge tolls would raise about 150,000 pounds.'),
        claim(1, 'But the treasurer said the bridge had to find 2.8 million pounds of savings.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The buyer said the offer for the mill was 6 million pounds.'),
        claim(1, 'But an economist put the mill closure at a cost of 30 million pounds.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The county said its reserves stood at 9.4 million pounds in April.'),
        claim(1, 'The auditor said the reserves stood at 4.2 million pounds in April.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads a sum or a count said with "alone" as a part: only a part larger than the other side contradicts it', () => {
    expect(
      pairs([
        claim(0, 'The ministry said the levy would raise 9 billion euros over the decade.'),
        claim(1, 'Economists said the levy on flights alone would raise 2 billion euros over the decade.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The ministry said the levy would raise 2 billion euros over the decade.'),
        claim(1, 'Economists said the levy on flights alone would raise 9 billion euros over the decade.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    // "left alone" tells no part.
    expect(
      pairs([
        claim(0, 'The charity said 40 ponies had been found on the common.'),
        claim(1, 'The council said 12 ponies had been found on the common, left alone for weeks.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('sets "the second storm", "a third fire" apart from the event the article opened on', () => {
    expect(
      pairs([
        claim(0, 'The fire brigade said three people were killed when the storm hit the coast.'),
        claim(1, 'The police said nobody was killed in the second storm.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'Firefighters said 30 hectares of heath burned in the blaze.'),
        claim(1, 'Rangers said 4 hectares of heath burned in a third fire on Sunday.', 1),
      ]),
    ).toEqual([]);
    // A second of time is no later event.
    expect(
      pairs([
        claim(0, 'The police said three people were killed when the storm hit the coast.'),
        claim(1, 'The fire brigade said seven people were killed in the storm.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: a denial answers the statement sharing most of what it spells out (branch denial4)', () => {
  it('ties a denial that spells out what it denies to the statement sharing most of it, not to one nearer', () => {
    // 0 and 2 are the union's, 1 the inspector's, 3 the firm's.
    const union = (a: number, b: number) => (a === 0 && b === 2) || (a === 2 && b === 0);
    const claims = [
      claim(0, 'The union said children at four nurseries had been served yoghurt that was mouldy.'),
      claim(1, 'The inspector said the council had served the firm with a hygiene notice in March.'),
      claim(2, 'The union said the same director ran a bakery that sold mouldy bread in 2020.'),
      claim(3, 'The firm denied that any child had been served mouldy food.'),
    ];
    expect(findDisagreements(claims, union).map((found) => `${found.kind}:${found.claims.join('-')}`)).toEqual(['denial:0-3']);
    // Spelling out what no statement says more of than another, it still answers the statement right before it.
    expect(
      denials([
        claim(0, 'The union said the bakery sold mouldy bread in 2020.'),
        claim(1, 'The firm denied that its bakery had ever sold mouldy bread.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('drops a statement sharing nothing a denial spells out when another shares two of its words', () => {
    const claims = [
      claim(0, 'The analyst said the port authority had opened an inquiry into the terminal.'),
      claim(1, 'The insurer said in a separate statement that it had not withdrawn its cover.'),
      claim(2, 'The terminal operator dismissed reports of an inquiry by the port authority, saying it had received no letter.'),
    ];
    expect(denials(claims)).toEqual(['denial:0-2']);
  });
});

describe('findDisagreements: sums offered, spans of time before or after an event', () => {
  it('never compares a sum offered with a sum withheld, claimed or owed, but compares two offers and two sums withheld', () => {
    expect(
      pairs([
        claim(0, 'The builder said the developer was withholding 2.4 million pounds in payments for the clinic.'),
        claim(1, 'The developer said it had offered the builder 700,000 pounds for the clinic while the dispute went on.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The builder said the developer was withholding 2.4 million pounds in payments for the clinic.'),
        claim(1, 'The developer said it was withholding only 700,000 pounds in payments for the clinic.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The rowing club said the council had offered it 9,000 pounds for the boathouse.'),
        claim(1, 'The council said it had offered the rowing club 15,000 pounds for the boathouse.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('never compares a span before or after an event with the length of another, nor a span before with one after', () => {
    expect(
      pairs([
        claim(0, 'Governors said they received the inspection report only three days before the hearing.'),
        claim(1, 'The inspectorate said the inspection had lasted four weeks.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The plant said the alarm at the pump sounded 20 minutes after the seal failed.'),
        claim(1, 'Workers said they had warned about the pump seal three weeks before it failed.', 1),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'Governors said they received the inspection report only three days before the hearing.'),
        claim(1, 'The inspectorate said it had sent the inspection report eleven days before the hearing.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads "at N days\' notice" as a span before, and "for N hours before" as a length', () => {
    expect(
      pairs([
        claim(0, "The swimmers said the gala was moved to Brill at two days' notice."),
        claim(1, 'The county association said the move of the gala was announced three weeks before the event.', 1),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([
        claim(0, 'The fire chief said the blaze at the depot was under control within 30 minutes.'),
        claim(1, "The depot's owner said the blaze had burned for nearly three hours before it was out.", 1),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: a sign of a number and a correlative "not only" negate nothing (branch denial5)', () => {
  it('reads "No. 2" and "No 7" before a number as a sign of a number, not as "no"', () => {
    const words = (text: string) => claimWords(text, tokenize(text), []);
    expect(isNumberSign(words('The council said pumps No. 2 and No. 7 had failed.'), 4)).toBe(true);
    expect(isNumberSign(words('The council said pumps No 2 had failed.'), 4)).toBe(true);
    expect(isNumberSign(words('The council said no 24-hour pump had failed.'), 3)).toBe(false);
    expect(isNumberSign(words('The council said no pump had failed.'), 3)).toBe(false);
    expect(
      denials([
        claim(0, 'The residents said the pumping station at the marsh had failed twice in June.'),
        claim(1, 'The water board said the pumping station would run pumps No. 2 and No. 5 at the marsh until repairs.'),
      ]),
    ).toEqual([]);
  });

  it('reads "not only … but" as adding a second thing, and still reads a plain "not" as a negation', () => {
    const content = (text: string) => claimWords(text, tokenize(text), []).content;
    expect(opensCorrelative(content('The mill was not only the oldest but also the largest.'), 3)).toBe(true);
    expect(opensCorrelative(content('The mill was not only the oldest in town.'), 3)).toBe(false);
    expect(opensCorrelative(content('The mill was not the oldest but the largest.'), 3)).toBe(false);
    expect(
      denials([
        claim(0, 'The trust said the mill on the river had been sold to a developer in May.'),
        claim(1, 'The owners said the mill on the river was not only the oldest in the county but also the busiest.'),
      ]),
    ).toEqual([]);
    expect(
      denials([
        claim(0, 'The trust said the mill on the river had been sold to a developer in May.'),
        claim(1, 'The owners said the mill on the river had not been sold to a developer.'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a statement spelled out with its figure and called untrue (branch denial5)', () => {
  it('answers the figure a claim spells out after "the claim that" or "the figure of" and calls untrue or false', () => {
    expect(
      denials([
        claim(0, 'The growers said 380 tonnes of apples had rotted in the cold store.'),
        claim(1, 'The operator said the claim that 380 tonnes of apples had rotted in its store was untrue.'),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      denials([
        claim(0, 'The inspectors said the well water held nitrate at 64 milligrams per litre.'),
        claim(1, 'The water company said the figure of 64 milligrams per litre was false.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('leaves a figure compared as a figure when the statement called untrue is not spelled out around it', () => {
    // The denier's own count, no statement called untrue around it: a figure of its own, compatible, no dispute.
    expect(
      denials([
        claim(0, 'The growers said 380 tonnes of apples had rotted in the cold store.'),
        claim(1, 'The operator said 380 tonnes of apples had been moved to its store and that the growers were paid.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: what a source was not told of (branch denial5)', () => {
  it('does not read "had not been told of any inspection" as denying the inspection, only a statement of telling', () => {
    expect(
      denials([
        claim(0, 'The port authority said the ferry had failed a safety inspection in March.'),
        claim(1, 'The operator said it had not been told of any failed inspection.'),
      ]),
    ).toEqual([]);
    expect(
      denials([
        claim(0, 'The port authority said it had told the operator of the failed inspection in March.'),
        claim(1, 'The operator said it had never been informed of any failed inspection.'),
      ]),
    ).toEqual(['denial:0-1']);
    // A plain negation of the inspection still denies it.
    expect(
      denials([
        claim(0, 'The port authority said the ferry had failed a safety inspection in March.'),
        claim(1, 'The operator said the ferry had not failed any safety inspection.'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: "No." as the abbreviation of "number" (branch attr-cn7)', () => {
  it('reads "No. 2" before a figure as a number, never as a "no" that denies', () => {
    const before = claim(0, 'The spring supplies about half of the hamlet’s water.');
    expect(denials([before, claim(1, 'The hamlet would mix water from springs No. 2 and No. 4.')])).toEqual([]);
    // ("No, …" and "no pump …" still deny)
    expect(denials([before, claim(1, 'No spring supplies any of the hamlet’s water.')])).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: counts of things by what befell them (branch pairing6)', () => {
  it('ties two counts of one fate far apart, a way of destruction against destroyed in general', () => {
    const claims = [
      claim(0, 'The regional authority said the avalanche destroyed 18 chalets above the town.', 0),
      claim(1, 'The mayor said skiing would resume next week.', 1),
      claim(2, 'The resort spent a million on new lifts last year.', 2),
      claim(3, 'A mountain guide said more than 45 chalets had been swept away.', 3),
    ];
    expect(pairs(claims)).toEqual(['figures:0-3']);
  });

  it('leaves a way of destruction counted below all destroyed, which is a part of them', () => {
    const claims = [
      claim(0, 'The regional authority said the avalanche destroyed 45 chalets above the town.', 0),
      claim(1, 'The mayor said skiing would resume next week.', 1),
      claim(2, 'The resort spent a million on new lifts last year.', 2),
      claim(3, 'A mountain guide said 18 chalets had been swept away.', 3),
    ];
    expect(pairs(claims)).toEqual([]);
  });

  it('does not set things damaged against more things destroyed apart from a count below them', () => {
    // More damaged than destroyed: another tally, never a conflict, however near.
    expect(
      pairs([
        claim(0, 'The authority said 35 barns were destroyed in the storm.'),
        claim(1, 'Farmers said more than 300 barns were damaged in the storm.'),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: acts in other words, dated changes (branch denial6)', () => {
  it('reads goods "seized" and "confiscated" as one act (WordNet: seize in its fourth sense, confiscate in its first)', () => {
    expect(
      denials([
        claim(0, 'Customs officers seized the importer’s lorries on Tuesday, the agency said.'),
        claim(1, 'The importer said its lorries had not been confiscated.'),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads "fired" with a person as its object as "dismissed" (WordNet: fire and dismiss in their fourth sense)', () => {
    expect(
      denials([
        claim(
          0,
          'The singer fired him by text message in February, the former manager says.',
          0,
          'The singer fired him by text message in February',
        ),
        claim(
          1,
          'Her lawyer said the manager had not been dismissed and had resigned.',
          1,
          'the manager had not been dismissed and had resigned.',
        ),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('sets a change dated by a month against the opposite change of one measure', () => {
    expect(
      pairs([
        claim(0, 'Grain exports slumped in March, the farmers’ union said.'),
        claim(1, 'The ministry said grain exports increased in March.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads a negated state and the other pole of it from another source as one statement, not a denial', () => {
    expect(
      denials([
        claim(0, 'The residents said the pool shut after the flood had still not reopened.'),
        claim(1, 'The council confirmed that the pool remained closed.'),
      ]),
    ).toEqual([]);
    // The pole it negates, said by the other source, denies it.
    expect(
      denials([
        claim(0, 'The residents said the pool shut after the flood had still not reopened.'),
        claim(1, 'The council said the pool had reopened in June.'),
      ]),
    ).toEqual(['denial:1-0']);
    // The same pole negated is still a denial.
    expect(
      denials([
        claim(0, 'The residents said the pool had been closed since the flood.'),
        claim(1, 'The council said the pool had not closed.'),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a later one of a happening named by an ordinal (branch pairing7)', () => {
  it('sets "the council\'s second vote" apart from a vote told with no ordinal', () => {
    const first = claim(0, 'The residents’ group said the parish council had voted 7 to 4 in May to sell the meadow by the mill.');
    expect(
      pairs([
        first,
        claim(1, 'The parish clerk said the council’s second vote on the meadow by the mill, in September, passed 9 to 2.', 1),
      ]),
    ).toEqual([]);
    // The same vote given another month by the other side is still a date in dispute.
    expect(
      pairs([first, claim(1, 'The parish clerk said the parish council had voted to sell the meadow by the mill in July.', 1)]),
    ).toEqual(['figures:0-1']);
  });

  it('leaves a second thing named again with no ordinal as one thing', () => {
    expect(
      pairs([
        claim(0, 'The brewery said its second warehouse held 4,000 casks of ale.'),
        claim(1, 'The union said the warehouse held no more than 1,500 casks of ale.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('leaves both sides naming the later one, and an ordinal before a unit of time, comparable', () => {
    expect(
      pairs([
        claim(0, 'The union said the second ballot at the depot drew a turnout of 38 per cent.'),
        claim(1, 'The company said turnout in the second ballot at the depot was 61 per cent.', 1),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: negations that deny nothing (branch pairing8)', () => {
  it('reads no denial in a negation inside a condition', () => {
    const closed = claim(
      0,
      'Two bays of the lambing shed at Orrisdale Farm were closed to new visitors after a scour outbreak, the farm said.',
    );
    expect(
      denials([
        closed,
        claim(1, 'The vet said the farm expected to reopen the bays to new visitors if no new lambs fell ill for a week.', 1),
      ]),
    ).toEqual([]);
    const conditioned = claim(0, '"We will reopen the bays on Friday if there are no new cases," the farmer said.');
    expect(denials([conditioned, claim(1, 'The vet said cases of scour in the dale were 30 per cent higher than usual.', 1)])).toEqual([]);
    expect(
      denials([
        claim(0, '"Unless there are no new cases, the bays stay shut," the farmer said.'),
        claim(1, 'The vet said cases of scour in the dale were 30 per cent higher than usual.', 1),
      ]),
    ).toEqual([]);
    expect(
      denials([
        claim(0, '"There are no new cases in the bays," the farmer said.'),
        claim(1, 'The vet said cases of scour in the dale were 30 per cent higher than usual.', 1),
      ]),
    ).toEqual(['denial:1-0']);
    // The same negation asserted outside a condition denies what was said.
    expect(denials([closed, claim(1, 'The vet said the bays at Orrisdale Farm had never been closed to new visitors.', 1)])).toEqual([
      'denial:0-1',
    ]);
  });

  it('answers no past act with a plan said not to exist', () => {
    const shut = claim(0, 'Six of the ferry company’s ticket offices have shut since 2021, the harbour board said.');
    expect(denials([shut, claim(1, 'The ferry company said it had no plans to shut more ticket offices this year.', 1)])).toEqual([]);
    // A plan told by the other side is what "no plans" answers.
    expect(
      denials([
        claim(0, 'The harbour board said the ferry company planned to shut six more ticket offices this year.'),
        claim(1, 'The ferry company said it had no plans to shut more ticket offices this year.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: a forecast told by the attribution (branch pairing8)', () => {
  const results = claim(
    0,
    'The bakery chain Harlin Loaves said sales rose 9 per cent in the year to June.',
    0,
    'sales rose 9 per cent in the year to June',
  );

  it('compares a figure whose attribution forecasts it with forecasts only', () => {
    expect(
      pairs([
        results,
        claim(1, 'Its finance chief forecast sales growth of 3 to 5 per cent next year.', 1, 'sales growth of 3 to 5 per cent next year'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        results,
        claim(
          1,
          'Its finance chief said sales growth was 3 to 5 per cent in the year to June.',
          1,
          'sales growth was 3 to 5 per cent in the year to June',
        ),
      ]),
    ).toEqual(['figures:0-1']);
  });
});

describe('findDisagreements: the period a figure is counted over (branch pairing8)', () => {
  const launch = claim(0, 'Inspectors said the Quorley station took an average of 14 minutes to launch its boat in 2025.');

  it('reads no span of time in the period of another figure: "lost 9 volunteers in two years"', () => {
    expect(pairs([launch, claim(1, 'The coxswain said the Quorley station had lost 9 volunteers in two years.', 1)])).toEqual([]);
    expect(
      pairs([
        claim(0, 'The harbour master said the Quorley station had been staffed for 30 years.'),
        claim(1, 'The coxswain said 4,000 visitors came to the Quorley station in its first two weeks.', 1),
      ]),
    ).toEqual([]);
  });

  it('still compares two spans of one thing', () => {
    expect(pairs([launch, claim(1, 'The coxswain said the Quorley station took 40 minutes to launch its boat in 2025.', 1)])).toEqual([
      'figures:0-1',
    ]);
  });
});

describe('findDisagreements: a thing said to have failed or to be broken against one said to be running (branch denial7)', () => {
  it('pairs "had failed" or "was broken" with "was working" or "running as usual" of one thing by another source', () => {
    expect(
      pairs([
        claim(0, 'The tenants said the lift in the east block had failed on Friday.', 0),
        claim(1, 'The landlord said the lift in the east block was working on Friday.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'Volunteers said the boiler at the scout hut was broken.', 0),
        claim(1, 'The district council said the boiler at the scout hut was running as usual.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads WordNet\'s "functional" as running and "nonfunctional" as not, after a copula', () => {
    expect(
      pairs([
        claim(0, 'The tenants said the lift in the east block had failed on Friday.', 0),
        claim(1, 'The landlord said the lift in the east block was fully functional on Friday.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The tenants said the lift in the east block was nonfunctional.', 0),
        claim(1, 'The landlord said the lift in the east block was running.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('leaves a failure with an object, a failure of another thing, one source and an agreeing "succeeded" alone', () => {
    // "failed its inspection" acts on an object: no state of the lift.
    expect(
      pairs([
        claim(0, 'The tenants said the lift in the east block failed its annual inspection.', 0),
        claim(1, 'The landlord said the lift in the east block was working on Friday.', 1),
      ]),
    ).toEqual([]);
    // The talks failed; the lift ran: two things.
    expect(
      pairs([
        claim(0, 'The tenants said the talks with the landlord had failed.', 0),
        claim(1, 'The landlord said the lift in the east block was working.', 1),
      ]),
    ).toEqual([]);
    // One source may say both.
    expect(
      pairs(
        [
          claim(0, 'The tenants said the lift in the east block had failed on Friday.', 0),
          claim(1, 'The tenants said the lift in the east block was working again on Saturday.', 1),
        ],
        () => true,
      ),
    ).toEqual([]);
    // A repair that succeeded says nothing against a lift that runs.
    expect(
      pairs([
        claim(0, 'The engineers said the repair of the lift had succeeded.', 0),
        claim(1, 'The landlord said the lift in the east block was running.', 1),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: a meeting that ended in failure, a pump that broke down (branch denial7)', () => {
  it('reads an outcome noun after "ended in" as said of the subject of "ended"', () => {
    expect(
      pairs([
        claim(0, 'The tenants said the mediation session ended in failure.', 0),
        claim(1, 'The housing trust said the mediation session was a success.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([claim(0, 'The visitors said the relay ended in a defeat.', 0), claim(1, 'The hosts said the relay had been a victory.', 1)]),
    ).toEqual(['denial:0-1']);
    // "ended in June" ends in a month, no outcome.
    expect(
      pairs([
        claim(0, 'The tenants said the mediation session ended in June.', 0),
        claim(1, 'The housing trust said the mediation session was a success.', 1),
      ]),
    ).toEqual([]);
  });

  it('keeps an outcome told in the past beside a forecast, never one forecast', () => {
    expect(
      pairs([
        claim(0, 'The tenants said the mediation session had ended in failure.', 0),
        claim(1, 'The housing trust said the session had been a success and that both sides would meet again in May.', 2),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The tenants said the mediation session had ended in failure.', 0),
        claim(1, 'The housing trust said the next session would be a success.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads "broke down" and "had broken down" as not running, never with an object', () => {
    expect(
      pairs([
        claim(0, 'The tenants said the lift in the east block had broken down.', 0),
        claim(1, 'The landlord said the lift in the east block was working.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'Drivers said the ferry ramp broke down on Friday.', 0),
        claim(1, 'The operator said the ferry ramp was operating normally on Friday.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // Bailiffs broke down a door; the door's lock works: what is broken down is an object.
    expect(
      pairs([
        claim(0, 'The tenants said the bailiffs broke down the door of the east block.', 0),
        claim(1, 'The landlord said the door of the east block was working.', 1),
      ]),
    ).toEqual([]);
  });
});

describe('findDisagreements: what goes on against what stopped, stable and standing, operational (branch pairgate)', () => {
  it('pairs talks that collapsed or a scheme abandoned with one said to be continuing or ongoing', () => {
    expect(
      pairs([
        claim(0, 'The ferry union said the wage talks collapsed on Friday night.', 0),
        claim(1, 'The operator said the wage talks were continuing.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'Growers said the composting scheme was abandoned in April.', 0),
        claim(1, 'The district said the composting scheme was ongoing in nine villages.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // The process may stand far before its verb, in the same clause.
    expect(
      pairs([
        claim(0, 'Wage talks between the ferry union and the island operator collapsed on Friday.', 0),
        claim(1, 'The operator said the talks were continuing.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('leaves a collapse of a thing that does not go on against work continuing at it', () => {
    expect(
      pairs([
        claim(0, 'The club said the roof of the grandstand collapsed in the gale.', 0),
        claim(1, 'The council said repair work at the grandstand was continuing.', 1),
      ]),
    ).toEqual([]);
    // "an abandoned car" is no process stopped.
    expect(
      pairs([
        claim(0, 'Residents said an abandoned van blocked the lane.', 0),
        claim(1, 'The council said work on the lane was continuing.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads "stable" as safe, "still standing" as the contrary of a collapse, "operational" as running', () => {
    expect(
      pairs([
        claim(0, 'The canal trust said the towpath embankment was stable.', 0),
        claim(1, 'The county engineer said the towpath embankment was in danger of giving way.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The fire crew said the roof of the old mill collapsed at noon.', 0),
        claim(1, 'The owner said the roof of the old mill is still standing.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The union said the cider press was shut on Monday.', 0),
        claim(1, 'The brewer said the cider press was fully operational on Monday.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: how a person left a post (branch pairgate)', () => {
  it('pairs a resignation or a retirement with a dismissal of the one named by another source', () => {
    expect(
      pairs([
        claim(0, 'The board said Ysolde Brinck resigned on Tuesday.', 0),
        claim(1, 'Her lawyer said Ms Brinck had been sacked by the board.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The staff union said the librarian, Tom Quillby, was forced out.', 0),
        claim(1, 'The college said Mr Quillby stepped down.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('leaves two people, a modifier, an object and one pole alone', () => {
    // Two people: one resigned, another was sacked.
    expect(
      pairs([
        claim(0, 'The board said Ysolde Brinck resigned on Tuesday.', 0),
        claim(1, 'Her lawyer said the treasurer, Paul Dent, had been sacked by the board.', 1),
      ]),
    ).toEqual([]);
    // "a retired pilot" says nothing of a post left; "was dismissed as" is a statement rejected, no person removed.
    expect(
      pairs([
        claim(0, 'A retired pilot, Ysolde Brinck, said the hall in Brackhill was cold.', 0),
        claim(1, 'Her lawyer said Ms Brinck had been sacked by the board.', 1),
      ]),
    ).toEqual([]);
    // Both say she left of her own will.
    expect(
      pairs([claim(0, 'The board said Ysolde Brinck resigned on Tuesday.', 0), claim(1, 'Her lawyer said Ms Brinck had retired.', 1)]),
    ).toEqual([]);
  });
});

describe('findDisagreements: denials of an assertion naming a quarrel, a negated statement called untrue (branch pairgate)', () => {
  it('reads "a dispute over parking fees" in an assertion as a noun, not as a denial', () => {
    expect(
      pairs([
        claim(0, 'The residents said the builder had left the site after a dispute over parking fees.', 0),
        claim(1, 'The builder denied that.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    // A verb of disputing still denies.
    expect(
      pairs([claim(0, 'The residents said the builder had left the site in March.', 0), claim(1, 'The builder disputes that account.', 1)]),
    ).toEqual(['denial:0-1']);
  });

  it('answers a negated statement right before with a statement called untrue', () => {
    expect(
      pairs([
        claim(0, 'The tenants said the landlord had refused to meet them.', 0),
        claim(1, 'The landlord said that claim was untrue.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });
});

describe('findDisagreements: contrary states of barriers, water, places and schedules (branch pair10)', () => {
  it('reads "held" with no object against "breached" or "overtopped" after a copula, never "held talks" or "was held"', () => {
    expect(
      pairs([
        claim(0, 'The dock company said the cofferdam held overnight.', 0),
        claim(1, 'The boatmen said the cofferdam had been breached near the lock gates.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The dock company said it held talks about the cofferdam overnight.', 0),
        claim(1, 'The boatmen said the cofferdam had been breached near the lock gates.', 1),
      ]),
    ).toEqual([]);
  });

  it('reads a place that flooded or stood under water against one that stayed dry', () => {
    expect(
      pairs([
        claim(0, 'The fire brigade said the cofferdam had flooded by noon.', 0),
        claim(1, 'The dock company said the cofferdam stayed dry all day.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The fire brigade said the cofferdam was under water by noon.', 0),
        claim(1, 'The dock company said the cofferdam stayed dry all day.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads beds or places free after a verb of having as "not full"', () => {
    expect(
      pairs([
        claim(0, 'The carers said the hospice was full on Friday.', 0),
        claim(1, 'The trust said the hospice had six beds free on Friday.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });

  it('reads "running late", a span "behind" or "late" after a copula against "on schedule"; "behind" before a place is none', () => {
    expect(
      pairs([
        claim(0, 'The cyclists said the towpath upgrade is running seven months late.', 0),
        claim(1, 'The canal trust said the towpath upgrade was on schedule.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The cyclists said the towpath upgrade was a year behind, with no contractor.', 0),
        claim(1, 'The canal trust said the towpath upgrade was on schedule.', 1),
      ]),
    ).toEqual(['denial:0-1']);
    expect(
      pairs([
        claim(0, 'The cyclists said the towpath upgrade store was behind the boathouse.', 0),
        claim(1, 'The canal trust said the towpath upgrade was on schedule.', 1),
      ]),
    ).toEqual([]);
  });

  it('keeps the states a negated claim tells before its negation', () => {
    expect(
      pairs([
        claim(0, 'The dock company said the cofferdam held, and no barge was damaged.', 0),
        claim(1, 'The boatmen said the cofferdam was overtopped for an hour.', 1),
      ]),
    ).toEqual(['denial:0-1']);
  });
});
