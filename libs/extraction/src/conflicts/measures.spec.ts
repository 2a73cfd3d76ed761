import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { measuresOf, type Measured } from './measures';

/** The measures of one sentence (all of it content), as "key/class [low, high] figure". */
function measures(text: string): string[] {
  const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
  return measured.map((m: Measured) => `${m.key}${m.casualty ? `/${m.casualty}` : ''} ${m.figure}`);
}

function wordsOf(text: string): string[] {
  const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
  return [...measured[0]!.words.keys()];
}

describe('measuresOf: what a figure measures', () => {
  it('reads people killed, hurt, displaced, detained and taking part as casualty classes', () => {
    expect(measures('Eleven people were killed and 40 hurt in the crash.')).toEqual([
      'casualty/death Eleven people',
      'casualty/injury 40 hurt',
    ]);
    expect(measures('Doctors treated 52 wounded people.')).toEqual(['casualty/injury 52 wounded people']);
    expect(measures('About 6,000 people fled the valley.')).toEqual(['casualty/displaced About 6,000 people']);
    expect(measures('Fewer than 900 residents had left their homes.')).toEqual(['casualty/displaced Fewer than 900 residents']);
    expect(measures('The flood forced some 3,000 farmers to leave.')).toEqual(['casualty/displaced some 3,000 farmers']);
    expect(measures('The prefect put the number of evacuees at 1,200.')).toEqual(['casualty/displaced 1,200']);
    expect(measures('Police arrested 31 people.')).toEqual(['casualty/detained 31 people']);
    expect(measures('Some 40,000 people took part in the rally.')).toEqual(['casualty/attended Some 40,000 people']);
    expect(measures('Nobody was arrested.')).toEqual(['casualty/detained Nobody was arrested']);
    expect(measures('Some 9,000 people took to the streets of the capital.')).toEqual(['casualty/attended Some 9,000 people']);
    expect(measures('About 400 residents had been forced out by the floods.')).toEqual(['casualty/displaced About 400 residents']);
    expect(measures('Four firefighters were treated with burns.')).toEqual(['casualty/injury Four firefighters']);
  });

  it('reads a number naming one thing of its kind as no count, and the unit after "per" as no measure word', () => {
    expect(measures('The trial of electric buses on route 12 ended.')).toEqual([]);
    expect(measures('Queues at gate 4 lasted 40 minutes.')).toEqual(['duration 40 minutes']);
    expect(measures('Bus journeys on the route hit 3,400.')).toEqual(['count:journey 3,400']);
    expect(wordsOf('Phosphate below the works averaged 0.4 milligrams per litre.')).toEqual(['phosphate', 'below', 'work']);
  });

  it('reads a change said with no figure as a direction, not a modifier', () => {
    expect(measures('Bus journeys had fallen every year.')).toEqual(['direction fallen']);
    // "over the three years": the span the change took, no figure it reached.
    expect(measures('Apple harvests fell over the three years.')).toEqual(['duration three years', 'direction fell']);
    expect(measures('The reduced fares drew more riders.')).toEqual([]);
  });

  it('reads a fraction of a unit of time as a span of time, not a share', () => {
    expect(measures('Tenants have waited over half a year for repairs.')).toEqual(['duration over half']);
    const text = 'The ferry was stuck for nearly half a day.';
    const [stuck] = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured;
    expect(stuck!.key).toBe('duration');
    expect(stuck!.interval[0]).toBeCloseTo(10.2);
    expect(stuck!.interval[1]).toBeCloseTo(13.8);
    expect(measures('Over half of the tenants had waited for repairs.')).toEqual(['share Over half']);
  });

  it('counts posts no one fills as vacancies: people short of what is needed, posts said to stand empty', () => {
    expect(measures('The fire service is short of 45 firefighters.')).toEqual(['count:vacancy 45 firefighters']);
    expect(measures('The stations were 45 firefighters short last winter.')).toEqual(['count:vacancy 45 firefighters']);
    // (a month with no day is a date too, since branch conflicts21)
    expect(measures('Twelve driver posts were still vacant in May.')).toEqual(['count:vacancy Twelve driver posts', 'date May']);
    expect(measures('It had 30 vacancies.')).toEqual(['count:vacancy 30 vacancies']);
    // Votes short of a majority are no posts; firefighters hired fill them.
    expect(measures('The party was 40 votes short of a majority.')).toEqual(['count:vote 40 votes']);
    expect(measures('The service hired 45 firefighters.')).toEqual(['count:firefighter 45 firefighters']);
  });

  it('reads plural nouns of agents beside a casualty word as people', () => {
    expect(measures('Some 40 activists were detained.')).toEqual(['casualty/detained Some 40 activists']);
  });

  it('reads which way a measure moved: by a fraction, by a multiple, by a percentage', () => {
    expect(measures('Admissions had fallen by half.')).toEqual(['share-change half', 'direction fallen by half']);
    // (a multiple is a change in per cent too, since branch pair12: "nearly doubled" is a rise of up to 100 percent)
    expect(measures('Admissions nearly doubled.')).toEqual(['share-change nearly doubled', 'direction nearly doubled']);
    expect(measures('Admissions grew by a fifth.')).toEqual(['share-change a fifth', 'direction grew by a fifth']);
    expect(measures('Admissions fell to 300.')).toEqual(['count:admission 300']);
  });

  it('does not read leaving without a place as fleeing', () => {
    expect(measures('Some 300 members left the party.')).toEqual(['count:member Some 300 members']);
  });

  it('reads a change in percent by its direction, and a level reached as a share', () => {
    expect(measures('The economy grew by 3.1 percent.')).toEqual(['share-change 3.1 percent', 'direction grew by 3.1 percent']);
    expect(wordsOf('The economy grew by 3.1 percent.')).toContain('increase');
    expect(wordsOf('Growth was just 1.2 percent.')).toEqual(['increase']);
    expect(wordsOf('Exports had dropped 8 percent.')).toContain('decrease');
    expect(measures('Inflation fell to 2 percent.')).toEqual(['share 2 percent']);
  });

  it('reads "a majority of" and "a minority of" as shares above and below half', () => {
    const { measured } = measuresOf(
      claimWords('A majority of residents support the dam.', tokenize('A majority of residents support the dam.'), []),
      [],
      0,
    );
    expect(measured.map((m) => [m.key, m.figure, m.interval[0] > 50, m.interval[1]])).toEqual([
      ['share', 'A majority of residents', true, 100],
    ]);
    expect(measures('The majority party lost.')).toEqual([]);
  });

  it('reads the participle after a share as its measure ("70 percent repaired" is "repairs")', () => {
    expect(wordsOf('The levee was 70 percent repaired.')).toContain('repair');
    expect(wordsOf('Containment stood at 40 percent.')).toContain('contain');
    expect(wordsOf('The fire was 40 percent contained.')).toContain('contain');
  });

  it('compares sums of money whatever the tense, and keeps forecasts of shares apart', () => {
    expect(measures('The tunnel will cost 3 billion euros.')).toEqual(['money:EUR 3 billion euros']);
    expect(measures('Unemployment will fall below 5 percent.')).toEqual(['future:share below 5 percent']);
  });

  it('reads a figure that is the subject of "will" or "would" as a forecast (branch conflicts7)', () => {
    expect(measures('Nine stores would shut, she said.')).toEqual(['future:count:store Nine stores']);
    expect(measures('About 60,000 shoppers a week would be left without a shop.')).toEqual(['future:count:shopper About 60,000 shoppers']);
    expect(measures('Nine stores shut last year, and more would follow.')).toEqual(['count:store Nine stores']);
  });
});

describe('measuresOf: counts named back and empty posts (branch conflicts11)', () => {
  it('counts the noun after "such" ("58 such reports")', () => {
    expect(measures('The council said it had logged 31 such complaints.')).toEqual(['count:complaint 31']);
  });

  it('reads posts without the person who holds them as vacancies, not posts with something else missing', () => {
    expect(measures('The survey found 75 posts without a qualified teacher.')).toEqual(['count:vacancy 75 posts']);
    expect(measures('The firm created 75 posts without a pay rise.')).toEqual(['count:post 75 posts']);
  });
});

describe('measuresOf: rates of time, bounds of every one, parts of a group named before (branch conflicts14)', () => {
  const perYear = (text: string) =>
    measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured.map((m) => `${m.figure} ${m.perYear ?? '-'}`);
  const intervals = (text: string) =>
    measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured.map((m) => m.interval);

  it('reads a rate after "a", "per", "every", "each" or an adverb, and a count over one year', () => {
    expect(perYear('The clinic sees 300 patients a month.')).toEqual(['300 patients 12']);
    expect(perYear('More than 5 percent of drivers quit every month.')).toEqual(['More than 5 percent 12']);
    expect(perYear('The ferry carries 2,000 cars weekly.')).toEqual(['2,000 cars 52']);
    expect(perYear('The ferry carried 90,000 cars last year.')).toEqual(['90,000 cars 1']);
    expect(perYear('The ferry carried 90,000 cars in the year to March.')).toEqual(['90,000 cars 1']);
  });

  it('reads "in a month", "a year ago" and a plain count as no rate', () => {
    expect(perYear('The shelter took in 35 dogs in a month.')).toEqual(['35 dogs -']);
    expect(perYear('The ferry carried 2,000 cars a year ago.')).toEqual(['2,000 cars -']);
    expect(perYear('The ferry carried 2,000 cars.')).toEqual(['2,000 cars -']);
  });

  it('reads a lower bound in a negated clause as an upper bound of every one', () => {
    expect(intervals('No patient had waited longer than six hours.')).toEqual([[0, 6]]);
    expect(intervals('Nobody on the ward waited more than 12 hours.')).toEqual([[0, 12]]);
    // Not negated, or negated in another clause: a lower bound.
    expect(intervals('Some patients waited more than 12 hours.')).toEqual([[12, Infinity]]);
  });

  it('counts "three of them" as the group named before it, and "19 of the estate\'s 40 posts" as a part', () => {
    expect(measures('The inspectors examined every boiler and found faults in three of them.')).toEqual(['count:boiler three']);
    // "faults" are counted as WordNet's synonym group has them ("error").
    expect(measures("Faults were found in 19 of the estate's 40 boilers.")).toEqual([
      'count:error 19',
      'count:boiler 40 boilers',
      'count:boiler 19',
    ]);
    // A part of a figure given before it is no figure of the whole's measure: it is a part of that whole (branch ties12).
    expect(measures('Police arrested 12 people, and four of them were charged.')).toEqual([
      'casualty/detained 12 people',
      'part>casualty:detained four',
    ]);
  });

  it('counts the head of a subject before its phrase of place: "spills from the works"', () => {
    expect(measures('Complaints from the estates had fallen to 41.')).toEqual(['count:complaint 41']);
  });

  it('counts a sibilant plural by its singular ("crashes" a crash, "boxes" a box) and "N job losses" as jobs', () => {
    expect(measures('There were 14 crashes on the bypass.')).toEqual(['count:crash 14 crashes']);
    expect(measures('The depot shipped 900 boxes of apples.')).toEqual(['count:box 900 boxes']);
    expect(measures('The closure means 320 job losses.')).toEqual(['count:job 320 job losses']);
  });

  it('reads ranges of measures, money and time as their unit, "showed up" as taking part, "treated for" as hurt (branch conflicts20)', () => {
    expect(measures('Between 4 and 6 cubic metres escaped.')).toEqual(['unit:volume Between 4 and 6 cubic metres']);
    expect(measures('The repairs will cost 2 to 3 million euros.')).toEqual(['money:EUR 2 to 3 million euros']);
    expect(measures('About 3,000 fans showed up at the ground.')).toEqual(['casualty/attended About 3,000 fans']);
    expect(measures('Nine walkers were treated for hypothermia.')).toEqual(['casualty/injury Nine walkers']);
    expect(measures('The shop is to close 12 branches.')).toEqual(['future:count:branch 12 branches']);
  });
});

describe('measuresOf: subjects far from their figure, ranks, possessives (branch conflicts21)', () => {
  it('reads a bare figure after a verb of level as the value of the subject opening its clause', () => {
    expect(measures('The casualty count after the storm that hit the coast on Friday night stood at 14.')).toEqual(['casualty/any 14']);
    expect(
      measures('The number of people injured when the grandstand roof came down during the second half of the game had risen to 23.'),
    ).toEqual(['casualty/injury 23']);
    expect(measures('The attendance at the opening night, announced by the organisers before the encore, was 4,350.')).toEqual([
      'casualty/attended 4,350',
    ]);
    // Across another figure only for a head that counts people: "the death toll", "the turnout".
    expect(measures('The death toll from floods that cut off four towns after three days of rain stood at 12.')).toContain(
      'casualty/death 12',
    );
    expect(measures('The cost of repairs to the two bridges damaged in the storm stood at 40.')).not.toContain('count:bridge 40');
    // A figure that is no value of the subject is not read so.
    expect(measures('The number of lanes on the bridge is to be reduced after 40 complaints.')).not.toContain('casualty/any 40');
  });

  it('reads no possessive as a plural noun: "the toll from Monday’s fire" is a toll', () => {
    expect(measures("The toll from Monday's fire rose to 8.")).toEqual(['casualty/death 8']);
  });

  it('reads places in a ranking: a superlative after "the", an ordinal joined to one, an ordinal after a verb of ranking', () => {
    expect(measures('The port handled the largest tonnage of the eleven northern ports.')).toEqual([
      'count:port eleven northern ports',
      'rank:top largest',
    ]);
    expect(measures('The county had the third-lowest turnout in the country.')).toEqual(['rank:bottom third-lowest']);
    expect(measures('The team finished fourth in the table.')).toEqual(['rank:top fourth']);
    expect(measures('The school came in at fifth place.')).toEqual(['rank:top fifth']);
    // A superlative of a group places nothing first.
    expect(measures('It has one of the highest crime rates in the region.')).toEqual([]);
  });

  it('reads what is ranked without the place words, and "the same survey" or "its own survey" as the survey named before', () => {
    expect(wordsOf('The county had the second-highest average rainfall.')).toEqual(['county', 'average', 'rainfall']);
    expect(wordsOf('The same survey found 12 percent of tenants in arrears.')).toEqual(['survey', 'tenant', 'arrear']);
  });
});

describe('measuresOf: differences (branch conflicts21)', () => {
  it('reads a count opened by "fewer", "more", "extra" as a direction of what it counts', () => {
    expect(measures('The school took 30 fewer pupils than last year.')).toEqual(['direction 30 fewer pupils']);
    expect(measures('The council hired 12 extra wardens.')).toEqual(['direction 12 extra wardens']);
    expect(measures('More than 40 wardens were hired.')).toEqual(['count:warden More than 40 wardens']);
  });
});

describe('measuresOf: a span of one unit written with an article (branch conflicts21)', () => {
  it('reads "within a day", "for an hour and a half", "longer than a week" as spans of time, in hours', () => {
    const spans = (text: string) =>
      measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured.map((m) => [m.key, m.interval]);
    expect(spans('The boiler was repaired within a day.')).toEqual([['duration', [0, 24]]]);
    expect(spans('Passengers waited for an hour and a half.')).toEqual([['duration', [1.125, 1.875]]]);
    expect(spans('The inquiry took longer than a week.')).toEqual([['duration', [168, Infinity]]]);
    // After a figure or a sum "a day" is a rate; "a year ago" is a time.
    expect(spans('Parking costs 8 pounds a day.')).toEqual([['money:GBP', [7.5, 8.5]]]);
    expect(spans('The bridge closed a year ago.')).toEqual([]);
  });
});

describe('measuresOf: how much a measure moved, sums of parts (branch conflicts22)', () => {
  const sized = (text: string): string[] => {
    const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
    return measured
      .filter((m) => m.size)
      .map((m) => `${m.key} ${m.size!.unit} ${Math.round(m.size!.interval[0])}-${Math.round(m.size!.interval[1])}`);
  };
  const summed = (text: string): string[] => {
    const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
    return measured.map(
      (m) => `${m.key} ${m.figure}${m.part ? ' (part)' : ''} [${Math.round(m.interval[0])}, ${Math.round(m.interval[1])}]`,
    );
  };

  it('reads a difference, a sum before a comparative, a change by a figure and a change in percent with its level', () => {
    expect(sized('The club sold 300 fewer memberships than last year.')).toEqual(['direction count 299-302']);
    expect(sized('Parking permits were €25 lower than in 2024.')).toEqual(['direction money:EUR 25-26']);
    expect(sized('Applications rose by 1,200 in the spring.')).toEqual(['direction count 1194-1206']);
    // 20 percent up to 2,400 is 400 more, "20" read to half a unit.
    expect(sized('Applications rose by 20 percent, to 2,400.')).toEqual(['direction count 390-410']);
    expect(sized('Applications rose by 20 percent in the spring.')).toEqual([]);
    // "more than 40": a bound, no comparative after a figure.
    expect(sized('More than 40 boats were more than ten years old.')).toEqual([]);
  });

  it('adds two counts of one noun whose second leaves the noun out', () => {
    expect(summed('The survey found 45 nests on the east cliff and 30 on the west cliff.')).toEqual([
      'count:nest 45 nests (part) [45, 46]',
      'count:nest 45 nests on the east cliff and 30 [74, 76]',
    ]);
    expect(summed('Officials said 12 people were killed and 40 injured.')).toEqual([
      'casualty 12 people [12, 13]',
      'casualty 40 injured [40, 41]',
    ]);
  });
});

describe('measuresOf: the span of time a share is past or within (branch conflicts22)', () => {
  const thresholds = (text: string): string[] => {
    const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
    return measured.filter((m) => m.threshold).map((m) => `${m.figure}: ${m.threshold!.side} ${m.threshold!.value} ${m.threshold!.unit}`);
  };

  it('reads "more than", "longer than the", "within" and "under" after a share', () => {
    expect(thresholds('A third of the buses ran more than ten minutes late.')).toEqual(['A third: over 10 minute']);
    expect(thresholds('Two in five callers waited longer than the three-minute target.')).toEqual(['Two in five callers: over 3 minute']);
    expect(thresholds('Some 70 percent of repairs were done within two days.')).toEqual(['Some 70 percent: within 2 day']);
    expect(thresholds('Some 70 percent of repairs were done in two days.')).toEqual([]);
  });
});

describe('measuresOf: what befell the things counted (branch pairing6)', () => {
  const fates = (text: string) =>
    measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured.map((m) => m.fate ?? null);

  it('reads a fate before the count, after it across a few words, and as a verb with its particle', () => {
    expect(fates('The storm wrecked 210 barns in the county.')).toEqual(['destroyed']);
    expect(fates('Nine cottages in the upper village were destroyed.')).toEqual(['destroyed']);
    expect(fates('The blaze burnt out 30 sheds overnight.')).toEqual(['razed']);
    expect(fates('About 75 chalets had been swept away.')).toEqual(['razed']);
    expect(fates('Some 600 garages were damaged and 80 homes flooded.')).toEqual(['damaged', 'flooded']);
  });

  it('reads none where no such word stands beside the count', () => {
    expect(fates('The council owns 420 garages on the estate.')).toEqual([null]);
    // "burned" alone says how, not that they were lost.
    expect(fates('Around 40 sheds burned in the night.')).toEqual([null]);
  });
});

describe('measuresOf: a change said with no figure and dated (branch denial6)', () => {
  it('reads a change verb before "in" or "on" and a date as a direction, the date no level it reached', () => {
    const directions = (text: string): string[] => measures(text).filter((m) => m.startsWith('direction'));
    expect(directions('Grain exports slumped in March.')).toEqual(['direction slumped']);
    expect(directions('Grain exports increased in March.')).toEqual(['direction increased']);
    expect(directions('Ticket sales fell on May 3.')).toEqual(['direction fell']);
    // A figure after "in" that is no date still makes the change a count: where, not when.
    expect(directions('Fares rose in 14 districts.')).toEqual([]);
  });
});

describe('measuresOf: ages bounding who is counted (branch pairing9)', () => {
  it('reads "under"/"over" an age after a noun of people, and "aged" an age, as no count', () => {
    expect(measures('Of the 310 cases, 72 were girls under 8.')).toEqual(['count:case 310 cases']);
    expect(measures('The scheme covers drivers over 75.')).toEqual([]);
    expect(measures('The club coaches 140 pupils aged 9.')).toEqual(['count:pupil 140 pupils']);
    // A bound on a count of things stays a count.
    expect(measures('The depot holds under 40 lorries.')).toEqual(['count:truck under 40 lorries']);
  });
});

describe('a part of the figure the sentence before gave (branch kept11)', () => {
  it('reads "Of those, N" opening a sentence as a part, no count of the noun after it', () => {
    // A part whose whole the claim before gives: no count of posts or jobs, a part waiting for that whole (branch ties12).
    expect(measures('Of those, 85 found posts overseas.')).toEqual(['part>? 85 found posts']);
    expect(measures('Of these, 40 took jobs in the city.')).toEqual(['part>? 40 took jobs']);
  });

  it('still counts "those" and "these" elsewhere', () => {
    expect(measures('Of the 300 pilots, 85 found posts overseas.').length).toBeGreaterThan(0);
    expect(measures('Those 85 pilots found posts overseas.')).toEqual(['count:pilot 85 pilots']);
  });
});
