import {
  agreeingAmounts,
  agreeingFigures,
  changeDirection,
  figuresConflict,
  findFigures,
  packFigures,
  sameValueOtherMeasure,
} from './figures';
import { hasCheckableContent } from './checkable-content';
import { normaliseClaim } from './normalise';
import { computeSignature } from './signature';
import { claimSimilarity } from './similarity';
import { collocationOf, phrasalVerbOf, synonymOf } from './synonyms';
import { MATCH_SUGGEST_THRESHOLD } from './thresholds';

const tokens = (text: string): string[] => findFigures(text).map((figure) => figure.token);
const conflict = (a: string, b: string): boolean => figuresConflict(packFigures(findFigures(a)), packFigures(findFigures(b)));
const similarity = (a: string, b: string): number => claimSimilarity(computeSignature(a), computeSignature(b));

describe('findFigures', () => {
  it.each([
    ['roughly a quarter of the voters', '25%'],
    ['25 per cent of the voters', '25%'],
    ['half of the budget', '50%'],
    ['one in five pupils', '20%'],
    ['fell to 4.1%', '4.1%'],
    ['rose by 3 percentage points', '3pp'],
    ['for six weeks', '6week'],
    ['for 42 days', '6week'],
    ['for a fortnight or for a month', '1month'],
    ['within 30 days', '1month'],
    ['a 12-month wait', '1year'],
    ['seven dozen', '84'],
    ['£2.5bn', '2500000000GBP'],
    ['2.5 billion pounds sterling', '2500000000GBP'],
    ['a 10 km queue', '10000length'],
    ['a 6.2-mile queue', '10000length'],
    ['three of its four ferries', '75%'],
    ["two of the island's six piers", '33%'],
    ['cut the grant by a quarter', '25%'],
    ['raised fares by two thirds', '67%'],
    ['40 sailings every day', '1day'],
    ['40 sailings a day', '1day'],
    ['9,000 visitors annually', '1year'],
    ['shut for a week', '1week'],
    ['closed at least a month', '1month'],
    ['a year ago', '1year'],
    ['5% of annual turnover', '1year'],
    ['a monthly fee', '1month'],
    ['siphoned off €2.3million', '2300000EUR'],
    ['the 58-year-old', '58'],
  ])('%s → %s', (text, token) => {
    expect(tokens(text)).toContain(token);
  });

  it('reads no rate in a name ("Retail Appliance Weekly", "the Daily Courier")', () => {
    expect(tokens('she told Retail Appliance Weekly and the Daily Courier')).toEqual([]);
  });

  it('leaves dates and ordinals out, and keeps the counted noun outside the figure', () => {
    expect(tokens('In March 2019, the third report counted 40 ferries')).toEqual(['40']);
    const [figure] = findFigures('40 ferries');
    expect('40 ferries'.slice(figure!.start, figure!.end).trim()).toBe('40');
  });
});

describe('times of day', () => {
  it('reads a time of day as one figure on a 12-hour dial, whichever way it is written', () => {
    expect(tokens('Flights are suspended until at least 12:00.')).toEqual(['1200clock']);
    expect(tokens('Every flight was grounded until noon.')).toEqual(['1200clock']);
    expect(tokens('The fire broke out shortly before 21:00 on Tuesday.')).toEqual(['900clock']);
    expect(tokens("It started a little before nine o'clock on a Tuesday night.")).toEqual(['900clock']);
    expect(tokens('The gates shut at 9.30pm and again at 10 a.m.')).toEqual(['930clock', '1000clock']);
  });

  it('agrees across spellings and hedges, and conflicts with another time', () => {
    expect(conflict('suspended until 12:00', 'grounded until midday')).toBe(false);
    expect(conflict('shortly before 21:00', "a little before nine o'clock at night")).toBe(false);
    expect(conflict('the polls closed at 22:00', 'the polls closed at 8pm')).toBe(true);
  });

  it('leaves a ratio, a score and money alone, and reads no count in a time', () => {
    expect(tokens('The vote was carried 3:1.')).toEqual([]);
    expect(tokens('Tickets cost £4.50.')).toEqual(['4.5GBP']);
    expect(conflict('suspended until 12:00 for 12 hours', 'suspended until noon for 12 hours')).toBe(false);
  });
});

describe('units restatements convert between', () => {
  it.each([
    ['repairs of 1.8 million pounds', '1800000GBP'],
    ['repairs of £1.8m', '1800000GBP'],
    ['lost 30,000 pounds a month', '30000GBP'],
    ['200 pounds of flour', '91mass'],
    ['6,500 metric tons of grain', '6500000mass'],
    ['6,500 tonnes of grain', '6500000mass'],
    ['2 nautical miles offshore', '3700length'],
    ['3.7 km offshore', '3700length'],
    ['8,000 gallons of diesel', '30000volume'],
    ['30,000 litres of diesel', '30000volume'],
    ['6,600 imperial gallons of diesel', '30000volume'],
    ['350 megalitres of water', '350000000volume'],
    ['350 million litres of water', '350000000volume'],
    ['a lorry doing 90km/h', '90speed'],
    ['a lorry doing 56 mph', '90speed'],
    ['repaired a fortnight ago', '2week'],
    ['closed for three fortnights', '6week'],
    ['risen over the past decade', '1decade'],
    ['in the last year', '1year'],
  ])('%s → %s', (text, token) => {
    expect(tokens(text)).toContain(token);
  });

  it('sets pounds against pounds and agrees across units, never across money and weight', () => {
    expect(conflict('Repairs cost 1.8 million pounds.', 'Repairs cost £1.8m.')).toBe(false);
    expect(conflict('Repairs cost 1.8 million pounds.', 'Repairs cost £2.6m.')).toBe(true);
    expect(conflict('The tanker holds about 8,000 gallons of diesel.', 'The tanker holds some 30,000 litres of diesel.')).toBe(false);
    expect(conflict('The tanker holds 8,000 gallons of diesel.', 'The tanker holds 60,000 litres of diesel.')).toBe(true);
    expect(conflict('The boat sank 2 nautical miles off Brisk.', 'The boat sank 3.7 kilometres off Brisk.')).toBe(false);
    expect(conflict('The boat sank 2 nautical miles off Brisk.', 'The boat sank 2 miles off Brisk.')).toBe(true);
    expect(conflict('The van was doing 56 mph.', 'The van was doing 90km/h.')).toBe(false);
    expect(conflict('The van was doing 56 mph.', 'The van was doing 56km/h.')).toBe(true);
    expect(conflict('The plant treats 80 megalitres a day.', 'The plant treats 80 million litres a day.')).toBe(false);
    expect(conflict('The plant treats 80 megalitres a day.', 'The plant treats 80,000 litres a day.')).toBe(true);
    expect(conflict('The lift was serviced a fortnight earlier.', 'The lift was serviced two weeks earlier.')).toBe(false);
    expect(conflict('The lift was serviced a fortnight earlier.', 'The lift was serviced three weeks earlier.')).toBe(true);
  });

  it('sets dollars against dollars: two named dollars conflict, a bare "$" agrees with any (version 23)', () => {
    expect(conflict('The mill lost A$30m last year.', 'The mill lost US$30m last year.')).toBe(true);
    expect(conflict('The mill lost NZ$30m last year.', 'The mill lost 30 million Canadian dollars last year.')).toBe(true);
    expect(conflict('The mill lost A$30m last year.', 'The mill lost $30m last year.')).toBe(false);
    expect(conflict('The mill lost A$30m last year.', 'The mill lost $41m last year.')).toBe(true);
    expect(agreeingFigures(packFigures(findFigures('The mill lost A$30m.')), packFigures(findFigures('The mill lost $30m.')))).toBe(1);
    // The named dollars of both sides are one claim's: one shared is no conflict.
    expect(conflict('It lost A$30m and US$4m.', 'It lost A$30m.')).toBe(false);
  });

  it('reads a time unit a noun qualifies as the span of time ("40 overtime hours")', () => {
    expect(tokens('She worked 40 overtime hours.')).toEqual(tokens('She worked 40 hours.'));
    expect(tokens('a walk of 3 light years')).not.toContain('3year');
  });

  it('reads cents as dollars, a prefix or a country word naming which, and leaves "21C" a temperature', () => {
    expect(tokens('a 35c-a-litre levy')).toEqual(['0.35dollar']);
    expect(conflict('a levy of NZ35c a litre', 'a levy of 35 New Zealand cents a litre')).toBe(false);
    expect(conflict('a levy of NZ35c a litre', 'a levy of 35 Canadian cents a litre')).toBe(true);
    expect(conflict('a levy of 35c a litre', 'a levy of $0.35 a litre')).toBe(false);
    expect(tokens('It reached 21C.')).toEqual(['21degree']);
  });

  it('reads a conversion in brackets as the amount before it, no figure of its own', () => {
    expect(findFigures('The mill lost A$30m ($19.7m) in 2025.').filter((f) => f.measure.startsWith('money:'))).toHaveLength(1);
    expect(conflict('The mill lost A$30m ($19.7m).', 'The mill lost A$30m (NZ$33m).')).toBe(false);
    expect(findFigures('It will cost £3m ($3.8m) a year.').map((f) => f.measure)).toContain('money:GBP/1year');
    expect(findFigures('It spent $5m and £3m.')).toHaveLength(2);
  });

  it("keeps a conversion's token as a word of the claim, which an amount in that currency alone shares", () => {
    expect(normaliseClaim('The repairs will cost £4.1m ($5.2m).').tokens).toContain(tokens('The repairs will cost $5.2m.')[0]);
    expect(similarity('The repairs will cost the mill £4.1m ($5.2m).', 'The repairs will cost the mill $5.2m.')).toBeGreaterThan(0.5);
    // Still no figure: another dollar amount conflicts with nothing, it only shares no number.
    expect(similarity('The repairs will cost the mill £4.1m ($5.2m).', 'The repairs will cost the mill $6.5m.')).toBeLessThan(
      MATCH_SUGGEST_THRESHOLD,
    );
  });

  it('reads a bare "ton" as short, metric or long, and "tonnes" and "metric tons" as metric only (version 21)', () => {
    expect(conflict('The barge carried 5,500 tons of gravel.', 'The barge carried 5,000 tonnes of gravel.')).toBe(false);
    expect(conflict('The barge carried 5,500 tons of gravel.', 'The barge carried 5,600 tonnes of gravel.')).toBe(false);
    expect(conflict('The barge carried 5,500 tons of gravel.', 'The barge carried 4,500 tonnes of gravel.')).toBe(true);
    expect(conflict('The barge carried 5,500 metric tons of gravel.', 'The barge carried 5,000 tonnes of gravel.')).toBe(true);
  });

  it('lets a few whole units stand for a conversion rounded to the unit, up to a hedge', () => {
    expect(conflict('Geese covered a 2-mile stretch of the marsh.', 'Geese covered a 3km stretch of the marsh.')).toBe(false);
    expect(conflict('The buoy drifted 5 miles.', 'The buoy drifted 8km.')).toBe(false);
    expect(conflict('Geese covered a 2-mile stretch of the marsh.', 'Geese covered a 4km stretch of the marsh.')).toBe(true);
    expect(conflict('The buoy drifted 5 miles.', 'The buoy drifted 7km.')).toBe(true);
    expect(conflict('The buoy drifted 64 miles.', 'The buoy drifted 110km.')).toBe(true);
  });
});

describe('a whole and a half', () => {
  it.each([
    ['shut for a year and a half', '18month'],
    ['for two and a half years', '30month'],
    ['a three-and-a-half-hour wait', '210minute'],
    ['an hour and a half', '90minute'],
    ['one and a half million voters', '1500000'],
    ['4 and a half km of dunes', '4500length'],
  ])('%s → %s', (text, token) => {
    expect(tokens(text)).toEqual([token]);
  });

  it.each([
    ['a crossing of a day and a quarter', '30hour'],
    ['closed for two and a quarter years', '27month'],
    ['eleven and a quarter million pounds', '11250000GBP'],
    ['four and three-quarter million visitors', '4750000'],
    ['three and three quarters hours', '225minute'],
  ])('a whole and a quarter or three quarters: %s → %s', (text, token) => {
    expect(tokens(text)).toEqual([token]);
  });

  it('agrees a whole and a quarter with its digits, and not with another value', () => {
    expect(conflict('The depot cost eleven and a quarter million pounds.', 'The depot cost £11.25m.')).toBe(false);
    expect(conflict('The depot cost eleven and a quarter million pounds.', 'The depot cost £11.5m.')).toBe(true);
    expect(conflict('The ferry crossing takes a day and a quarter.', 'The ferry crossing takes 30 hours.')).toBe(false);
    expect(conflict('The ferry crossing takes a day and a quarter.', 'The ferry crossing takes 36 hours.')).toBe(true);
  });

  it('leaves a quarter followed by "of" to the share it is ("3 and a quarter of the plots")', () => {
    expect(tokens('3 and a quarter of the plots')).not.toContain('3.25');
  });

  it('keeps a hedge before it ("nearly two and a half thousand"), so that the exact value agrees', () => {
    expect(conflict('nearly two and a half thousand tickets', '2,463 tickets')).toBe(false);
    expect(conflict('two and a half thousand tickets', '2,463 tickets')).toBe(true);
    expect(conflict('about two and a half thousand tickets', '2,380 tickets')).toBe(false);
  });

  it('reads square measures written in a compound adjective or abbreviated, and agrees across them', () => {
    expect(conflict('a 42,000-square-metre warehouse', 'the 450,000 sq ft warehouse')).toBe(false);
    expect(
      agreeingFigures(packFigures(findFigures('a 42,000-square-metre warehouse')), packFigures(findFigures('the 450,000 sq ft warehouse'))),
    ).toBe(1);
    expect(conflict('a 42,000-square-metre warehouse', 'the 900,000 sq ft warehouse')).toBe(true);
  });

  it('reads a rate of a population as the share it is, agreeing across bases and with a percentage (version 22)', () => {
    expect(tokens('Measles notifications reached 6.5 per 100,000 children.')).toEqual(['0.0065%']);
    expect(tokens('That is 38 cases in every 100,000 people.')).toEqual(['0.038%']);
    expect(tokens('Stillbirths fell to 3.9 per 1,000 births.')).toEqual(['0.39%']);
    expect(conflict('Stillbirths fell to 3.9 per 1,000 births.', 'Stillbirths fell to 390 per 100,000 births.')).toBe(false);
    expect(conflict('About 3,000 per 100,000 adults had shingles.', 'About 3% of adults had shingles.')).toBe(false);
    expect(conflict('Notifications reached 6.5 per 100,000.', 'Notifications reached 8.5 per 100,000.')).toBe(true);
    // A count beside a population that is no rate of it stays a count.
    expect(tokens('The 100,000 residents of Brenholt got 12 new buses.')).toEqual(['100000', '12']);
  });

  it('reads "halved" as a fall by half, agreeing with "fallen by 50 per cent" and not with a third', () => {
    expect(tokens('Orders have halved since 2022.')).toEqual(['50%']);
    expect(conflict('Orders have halved since 2022.', 'Orders fell by 50 per cent since 2022.')).toBe(false);
    expect(conflict('Orders have halved since 2022.', 'Orders fell by a third since 2022.')).toBe(true);
  });

  it('reads "more than halved" as a fall by half or more and "nearly halved" as one by up to half', () => {
    expect(conflict('Bookings more than halved in March.', 'Bookings fell 62% in March.')).toBe(false);
    expect(conflict('Bookings more than halved in March.', 'Bookings fell 40% in March.')).toBe(true);
    expect(conflict('Bookings nearly halved in March.', 'Bookings fell 46% in March.')).toBe(false);
    expect(conflict('Bookings nearly halved in March.', 'Bookings fell 62% in March.')).toBe(true);
    // The verb still gives the fall its direction: a rise of the same size conflicts.
    expect(conflict('Bookings more than halved in March.', 'Bookings rose 62% in March.')).toBe(true);
  });

  it('keeps the counts a share of two counts was read from ("14 of the 30 wards")', () => {
    const parts = normaliseClaim('The Greens held 14 of the 30 wards on the council.').figures;
    expect(parts.map((figure) => figure.token)).toEqual(['47%', '14', '30']);
    expect(parts.filter((figure) => figure.implied).every((figure) => figure.counted === 'wards')).toBe(true);
    const sign = (text: string) => computeSignature(text).figures;
    expect(
      figuresConflict(
        sign('The Greens held 14 of the 30 wards, two short of control.'),
        sign('The Greens held 14 wards in the 30-seat council.'),
      ),
    ).toBe(false);
    expect(figuresConflict(sign('The Greens held 14 of the 30 wards.'), sign('The Greens held 16 wards in the 30-seat council.'))).toBe(
      true,
    );
  });

  it('reads "by N to M" with M far larger as a change and the level it reached, not a range', () => {
    expect(tokens('The toll was revised up by nine to 1,816.')).toEqual(['9', '1816']);
    expect(tokens('Deaths fell by 40 to 1,200.')).toEqual(['40', '1200']);
    expect(tokens('Fares rose by 20 to 30 pence.')).toHaveLength(1);
    expect(tokens('between 5 and 500 people')).toEqual(['5-500']);
  });

  it('agrees with the same span in other units and conflicts with the whole alone', () => {
    expect(conflict('The pier will stay shut for a year and a half.', 'The pier will stay shut for 18 months.')).toBe(false);
    expect(conflict('The pier will stay shut for a year and a half.', 'The pier will stay shut for a year.')).toBe(true);
  });

  it('leaves "the second half" and "a half of" as they were', () => {
    expect(tokens('in the second half of the season')).toEqual([]);
    expect(tokens('the team and a half of the crowd')).toEqual(['50%']);
  });
});

describe('money per span of time', () => {
  const pack = (text: string) => packFigures(findFigures(text));
  it('is a measure of its own with the amount as its token', () => {
    expect(tokens('losing £40,000 a week')).toContain('40000GBP');
    expect(conflict('Shops lose £40,000 a week.', 'Shops lose £60,000 a week.')).toBe(true);
    expect(conflict('Shops lose £40,000 a week.', 'The council spent £60,000.')).toBe(false);
  });

  it('notes the same amount stated once per week and once in total, so a story lifts neither', () => {
    expect(sameValueOtherMeasure(pack('shops lose £40,000 a week'), pack('the council spent £40,000'))).toBe(true);
    expect(sameValueOtherMeasure(pack('shops lose £40,000 a week'), pack('shops lose £40,000 every week'))).toBe(false);
    expect(sameValueOtherMeasure(pack('40 boats'), pack('for 40 days'))).toBe(false); // a span says nothing of a count
  });
});

describe('agreeingFigures', () => {
  const pack = (text: string) => packFigures(findFigures(text));
  it('counts the figures of one side that a figure of the other allows, for the same measure', () => {
    expect(agreeingFigures(pack('a diversion of 9 miles adding 20 minutes'), pack('a 14.5 km detour, 20 minutes longer'))).toBe(2);
    expect(agreeingFigures(pack('a diversion of 9 miles'), pack('a 30 km detour'))).toBe(0);
    expect(agreeingFigures(pack('9 miles'), pack('9 buses'))).toBe(0);
  });

  it('counts as amounts an exact value and the same value rounded or written to another scale, not two hedges that meet', () => {
    expect(agreeingAmounts(pack('Sales reached €2,368 million.'), pack('Sales reached €2.37bn.'))).toBe(1);
    expect(agreeingAmounts(pack('The storm cut power to 4,861 homes.'), pack('Nearly 5,000 homes lost power.'))).toBe(1);
    expect(agreeingAmounts(pack('It owes £3,400 million.'), pack('It owes £3.4bn.'))).toBe(1);
    // Hedge against hedge, a range, a value the other does not round to, a share or a small count: no amount.
    expect(agreeingAmounts(pack('It employs around 870 people.'), pack('About 900 homes were evacuated.'))).toBe(0);
    expect(agreeingAmounts(pack('About 26,000 cars use it daily.'), pack('It refunded 25,300 customers.'))).toBe(0);
    expect(agreeingAmounts(pack('Turnout was 63.4%.'), pack('Turnout was nearly 64%.'))).toBe(0);
    expect(agreeingAmounts(pack('12 trucks'), pack('12 trucks'))).toBe(0);
    // agreeingFigures still counts them all.
    expect(agreeingFigures(pack('It employs around 870 people.'), pack('About 900 homes were evacuated.'))).toBe(1);
  });

  it('pairs figures one to one, whichever side comes first', () => {
    // The open "more than 25" also allows 40: still one agreement with a single 40.
    const one = pack('Rebels said 40 homes were burnt.');
    const two = pack('About 40 barges on the canal are more than 25 years old.');
    expect(agreeingFigures(one, two)).toBe(1);
    expect(agreeingFigures(two, one)).toBe(1);
    expect(agreeingFigures(pack('12 trucks and 12 trailers'), pack('12 trucks'))).toBe(1);
  });

  it('never links claims of unrelated stories on one shared figure, whichever is asked first', () => {
    const a = 'Rebels said on Monday that 40 homes had been burnt.';
    const b = 'Its chairman said about 40 barges on the canal were more than 25 years old.';
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 10);
  });

  it('lets two converted figures whose rounded tokens differ anchor a same-story restatement', () => {
    expect(tokens('a diversion of 9 miles')).not.toEqual(tokens('a 14.5-kilometre detour'));
    expect(
      similarity('Drivers face a diversion of 9 miles via Dunmore.', 'Drivers face a 14.5-kilometre diversion via Dunmore.'),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });
});

describe('a bare "m" read by its context (version 15)', () => {
  it('reads "a 35m tower" and "a tower 35 metres tall" as one length, and never as 35 million', () => {
    expect(tokens('The 35m tower was demolished.')).toEqual(tokens('The tower, 35 metres tall, was demolished.'));
    expect(conflict('The 35m tower was demolished.', 'The tower, 35 metres tall, was demolished.')).toBe(false);
    expect(
      similarity('Divers went 12m into the flooded shaft at Carrow Pit.', 'Divers went 12 metres into the flooded shaft at Carrow Pit.'),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('keeps "£35m" money, another measure than a 35-metre length', () => {
    expect(tokens('a £35m tower')).toEqual(['35000000GBP']);
    const pack = (text: string) => packFigures(findFigures(text));
    expect(agreeingFigures(pack('The 35m tower was demolished.'), pack('The £35m tower was demolished.'))).toBe(0);
  });
});

describe('ages and ranges of years', () => {
  it('reads an age as the count a bare age states, not as a span of time', () => {
    expect(conflict('The 58-year-old was jailed.', 'Maas, 58, was jailed.')).toBe(false);
    expect(conflict('The 58-year-old was jailed.', 'Maas, 61, was jailed.')).toBe(true);
    expect(conflict('The 58-year-old was jailed.', 'He was jailed for 58 years.')).toBe(false);
  });

  it('reads "between 2017 and 2023" as the two years "from 2017 to 2023" states', () => {
    expect(tokens('between 2017 and 2023')).toEqual(['2017', '2023']);
    expect(computeSignature('He moved money between 2017 and 2023.').shingles).toEqual(
      computeSignature('He moved money from 2017 to 2023.').shingles,
    );
  });
});

describe('a fraction of a time unit is a span of time', () => {
  it.each([
    ['closed for half a day', '12hour'],
    ['a wait of a quarter of an hour', '15minute'],
    ['three quarters of an hour later', '45minute'],
    ['after half a year', '6month'],
  ])('%s → %s, not a share', (text, token) => {
    expect(tokens(text)).toEqual([token]);
  });

  it('agrees with the span written in hours, and conflicts with another one', () => {
    expect(conflict('without water for half a day', 'without water for 12 hours')).toBe(false);
    expect(conflict('without water for half a day', 'without water for two days')).toBe(true);
  });

  it('leaves "half the town" a share', () => {
    expect(tokens('half the town flooded for a day')).toEqual(['50%', '1day']);
  });
});

describe('how often is not how long', () => {
  it('does not set a rate against a span of time', () => {
    expect(conflict('The pier draws 9,000 visitors a year.', 'The pier, which draws 9,000 visitors annually, will shut for a week.')).toBe(
      false,
    );
  });

  it('sets two rates against each other', () => {
    expect(conflict('The ferry makes 40 sailings a day.', 'The ferry makes 40 sailings a week.')).toBe(true);
  });
});

describe('an amount written with a scale word is rounded to its last digit', () => {
  it.each([
    ['The canal trust holds reserves of £2.4bn.', 'The canal trust holds reserves of £2,437 million.'],
    ['Repairs cost 1.2 billion euros.', 'Repairs cost EUR 1,200 million.'],
    ['The barge fleet carried 3.6 million passengers.', 'The barge fleet carried 3,640,000 passengers.'],
    ['Boaters paid €14m in tolls.', 'Boaters paid 14.3 million euros in tolls.'],
  ])('"%s" agrees with "%s"', (a, b) => {
    expect(conflict(a, b)).toBe(false);
  });

  it.each([
    ['The canal trust holds reserves of £2.4bn.', 'The canal trust holds reserves of £2,610 million.'],
    ['Boaters paid €14m in tolls.', 'Boaters paid 15.2 million euros in tolls.'],
    ['The trust counted 1,860 boats.', 'The trust counted 1,870 boats.'],
  ])('"%s" differs from "%s"', (a, b) => {
    expect(conflict(a, b)).toBe(true);
  });

  it('reads "nearly" and "almost" before a share as up to it, not past it', () => {
    expect(conflict('Nearly half of the moorings are empty.', '48% of the moorings are empty.')).toBe(false);
    expect(conflict('Nearly half of the moorings are empty.', '52% of the moorings are empty.')).toBe(true);
    expect(conflict('Almost a third of the boats are idle.', '31.5% of the boats are idle.')).toBe(false);
    expect(conflict('About half of the moorings are empty.', '52% of the moorings are empty.')).toBe(false);
  });

  it('reads "one in every 12" as the share "one in 12" is', () => {
    expect(tokens('One in every 12 barges is unregistered.')).toEqual(tokens('One in 12 barges is unregistered.'));
    expect(conflict('One in every 12 barges is unregistered.', '8.4% of barges are unregistered.')).toBe(false);
    expect(conflict('One in every 12 barges is unregistered.', '15% of barges are unregistered.')).toBe(true);
  });
});

describe('figuresConflict: never the same claim when figures for one measure differ', () => {
  it.each([
    ['Fourteen ferries were stranded.', '18 ferries were stranded.'],
    ['Turnout was 41 percent.', 'Turnout was 45 percent.'],
    ['Turnout was 4.1 percent.', 'Turnout was 4.3 percent.'],
    ['About a third of the staff left.', '40 percent of the staff left.'],
    ['The strike lasted six weeks.', 'The strike lasted 60 days.'],
    ['The bridge cost €40m.', 'The bridge cost €45 million.'],
    ['The dam holds 2 million tonnes.', 'The dam holds 2.5 million tonnes.'],
    ['Two of its four piers were shut.', 'Two of its six piers were shut.'],
    ['The grant was cut by a quarter.', 'The grant was cut by a third.'],
  ])('%s / %s', (a, b) => {
    expect(conflict(a, b)).toBe(true);
    expect(similarity(a, b)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it.each([
    ['About a third of the staff left.', '33 percent of the staff left.'],
    ['Half of the staff left.', '50 per cent of the staff left.'],
    ['The strike lasted six weeks.', 'The strike lasted 42 days.'],
    ['The pilots waited for a month.', 'The pilots waited for 30 days.'],
    ['The bridge cost €40m.', 'The bridge cost 40 million euros.'],
    ['About 3,200 ferries sailed.', '3,179 ferries sailed.'],
    ['Two of its four piers were shut.', 'Half of its piers were shut.'],
    ['The grant was cut by a quarter.', 'The grant was cut by 25 percent.'],
    ['More than 400 ferries sailed.', '412 ferries sailed.'],
    ['Tens of thousands of pilgrims came.', '30,000 pilgrims came.'],
    ['A 10 km queue formed.', 'A 6.2-mile queue formed.'],
  ])('the same figure written two ways: %s / %s', (a, b) => {
    expect(conflict(a, b)).toBe(false);
  });

  it('does not count a figure left out, or a figure of another measure, as a conflict', () => {
    expect(conflict('14 ferries were stranded for three days.', '14 ferries were stranded.')).toBe(false);
    expect(conflict('14 ferries were stranded.', 'The ferries were stranded for 14 days.')).toBe(false);
    expect(conflict('14 ferries and 3 tugs were stranded.', '14 ferries were stranded.')).toBe(false);
  });

  it('matches restatements whose figures agree, written in other words and units', () => {
    expect(
      similarity('About a third of the ferry crews quit during the strike.', '33 percent of ferry crews quit in the strike.'),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
    expect(similarity('The ferries were closed for six weeks.', 'The ferries were shut for 42 days.')).toBeGreaterThanOrEqual(
      MATCH_SUGGEST_THRESHOLD,
    );
  });
});

describe('synonymOf (WordNet groups)', () => {
  it('folds synonyms and their inflections onto one word', () => {
    expect(synonymOf('shut')).toBe(synonymOf('close'));
    expect(synonymOf('shutting')).toBe(synonymOf('closing'));
    expect(synonymOf('closed')).toBeDefined();
  });

  it('leaves words without synonyms alone', () => {
    expect(synonymOf('qwertyuiop')).toBeUndefined();
  });

  it('keeps a noun that is a word of its own, never an inflection of another ("container" is not "contain")', () => {
    expect(synonymOf('container')).toBeUndefined();
    expect(synonymOf('containers')).toBeUndefined();
    expect(synonymOf('contains')).toBe(synonymOf('contain'));
    expect(synonymOf('longshoremen')).toBe(synonymOf('dockhand'));
  });

  it('reads a verb and its particle as the phrasal verb WordNet lists, in any inflection', () => {
    expect(phrasalVerbOf('called', 'off')).toBe(synonymOf('cancel'));
    expect(phrasalVerbOf('calling', 'off')).toBe(synonymOf('cancelled'));
    expect(phrasalVerbOf('put', 'off')).toBe(synonymOf('postponed'));
    expect(phrasalVerbOf('called', 'in')).toBeUndefined();
    expect(phrasalVerbOf('qwerty', 'off')).toBeUndefined();
  });

  it('reads two neighbouring words as the single word a two-word WordNet lemma restates, in any inflection', () => {
    expect(collocationOf('crew', 'member')).toBe('crewman');
    expect(collocationOf('crew', 'members')).toBe('crewman');
    expect(collocationOf('gave', 'way')).toBe(collocationOf('give', 'way'));
    expect(collocationOf('took', 'place')).toBe('happen');
    expect(collocationOf('crew', 'cabin')).toBeUndefined();
    // A verb before "to" opens a destination or an infinitive: "taken to hospital" is not "fancied hospital".
    expect(collocationOf('taken', 'to')).toBeUndefined();
    expect(collocationOf('went', 'to')).toBeUndefined();
    // Number words take no part: "football team" is no "eleven".
    expect(collocationOf('football', 'team')).toBeUndefined();
  });

  it('matches a restatement with a two-word lemma for a single word', () => {
    expect(
      similarity('A crewman from the Tolva was flown to hospital.', 'A crew member from the Tolva was flown to hospital.'),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('matches a restatement with a phrasal verb for a single one', () => {
    expect(similarity('The Velmor regatta was called off.', 'The Velmor regatta has been cancelled.')).toBeGreaterThanOrEqual(
      MATCH_SUGGEST_THRESHOLD,
    );
  });
});

describe('the direction of a change', () => {
  const direction = (text: string): number | undefined =>
    findFigures(text).find((figure) => figure.measure === 'share' || figure.measure === 'points')?.direction;

  it.each([
    ['ticket prices have risen by 12 percent', 1],
    ['membership rose nearly 8% last year', 1],
    ['an increase of 4.5% on a year earlier', 1],
    ['a 22 percent jump in complaints', 1],
    ['turnover was up almost a third', 1],
    ['rents are 9% higher than in March', 1],
    ['exports had fallen 17 percent', -1],
    ['the council cut the grant by 40%', -1],
    ['a 12% drop in visitors', -1],
    ['bills 3.5% lower than a year before', -1],
    ['enrolment was down more than a quarter', -1],
    ['the budget was halved', -1],
    ['turnout fell by 3 percentage points', -1],
  ])('reads "%s" as %d', (text, expected) => {
    expect(direction(text)).toBe(expected);
  });

  it.each([
    ['fell to 6%'],
    ['rose to 40 percent'],
    ['up to 30% of staff'],
    ['more than 30% of the vote'],
    ['30 percent of homes'],
    ['a third of the town'],
  ])('reads no direction in a level or a bound: "%s"', (text) => {
    expect(direction(text)).toBeUndefined();
  });

  it('gives no direction to a count or money', () => {
    expect(changeDirection('rose by 30 people', findFigures('rose by 30 people')[0]!)).toBe(0);
  });

  it('conflicts a rise with a fall of the same size, and agrees a rise with a rise in other words', () => {
    expect(conflict('Cinema admissions have risen by 25 percent.', 'Theatre admissions have fallen by 25 percent.')).toBe(true);
    expect(conflict('Sales in Ostrava fell 18%.', 'Sales in Brno rose 18%.')).toBe(true);
    expect(conflict('Bus fares rose by a fifth.', 'Bus fares went up 20 percent, a 20% increase.')).toBe(false);
    expect(conflict('Bills were 6.0% lower than a year earlier.', 'Bills fell 6% in a year.')).toBe(false);
    // One side without a direction is no conflict: "30 percent" alone may be either.
    expect(conflict('Admissions changed by 25 percent.', 'Admissions fell by 25 percent.')).toBe(false);
  });

  it('never links a rise and a fall of the same size, however alike their words', () => {
    expect(
      similarity(
        'The number of burglaries in Harlow has risen by 30 percent compared with last year.',
        'The number of burglaries in Harlow has fallen by 30 percent compared with last year.',
      ),
    ).toBe(0);
    expect(
      similarity(
        'The number of burglaries in Harlow has risen by 30 percent compared with last year.',
        'Burglaries in Harlow are up 30% on last year.',
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });
});

describe('temperatures', () => {
  it('reads every spelling of one temperature as one figure', () => {
    expect(tokens('topped 41 degrees Celsius')).toEqual(['41degree']);
    expect(tokens('climbed above 41C')).toEqual(['41degree']);
    expect(tokens('a high of 41°C')).toEqual(['41degree']);
    expect(tokens('frosts of minus four degrees')).toEqual(['-4degree']);
    expect(tokens('a frost of -4C')).toEqual(['-4degree']);
  });

  it('conflicts with another temperature, never with the same one below zero written otherwise', () => {
    expect(conflict('Temperatures topped 41 degrees Celsius in Lerida.', 'It was 39C in Lerida.')).toBe(true);
    expect(conflict('Overnight it fell to minus four degrees.', 'Overnight it fell to -4C.')).toBe(false);
    expect(conflict('Overnight it fell to minus four degrees.', 'Overnight it fell to 4C.')).toBe(true);
  });

  it('reads Fahrenheit as the Celsius it states, widened by its whole degrees', () => {
    expect(tokens('hit 103F')).toEqual(['39.4degree']);
    expect(tokens('a low of 23 degrees Fahrenheit')).toEqual(['-5degree']);
    expect(conflict('It was 41C.', 'It was 106F.')).toBe(false);
    expect(conflict('The old record was 37.8C.', 'The old record was 100F.')).toBe(false);
    expect(conflict('It was 41C.', 'It was 100F.')).toBe(true);
    expect(conflict('It was around minus 3C at the time.', 'It was 23F at the time.')).toBe(true);
    expect(conflict('It stayed below 28C.', 'It stayed below 10F.')).toBe(false);
  });

  it('links a restatement that writes the unit glued to the number', () => {
    expect(
      similarity('Temperatures in Lerida topped 41 degrees Celsius on Friday.', 'The thermometer in Lerida climbed above 41C on Friday.'),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });
});

describe('dates, years, shares of a stated whole (version 17)', () => {
  const signedConflict = (a: string, b: string): boolean => figuresConflict(computeSignature(a).figures, computeSignature(b).figures);

  it('reads the day of a date as a date, no bare number and no words', () => {
    const claim = normaliseClaim('The depot closed on 14 June after a fire.');
    expect(claim.tokens).toHaveLength(3);
    expect(claim.tokens).not.toEqual(expect.arrayContaining(['14']));
    expect(claim.names).toEqual([]);
    expect(claim.figures.map((figure) => [figure.measure, figure.low])).toEqual([['date', 614]]);
    expect(signedConflict('The depot closed on 14 June after a fire.', 'The depot closed on June 16 after a fire.')).toBe(true);
    expect(signedConflict('The depot closed on 14 June after a fire.', 'The depot closed on June 14th after a fire.')).toBe(false);
    // "No 11" numbers a house; "11 May" is a day: neither is the other's bare number.
    expect(signedConflict('Officials at No 11 said on 9 May that fees would rise.', 'Officials at No 11 said fees would rise.')).toBe(
      false,
    );
    expect(signedConflict('Officials at No 11 said fees would rise.', 'Officials said on 11 May that fees would rise.')).toBe(false);
    expect(
      similarity(
        'The Tarnby depot closed on Friday after a fire in its boiler room.',
        'The Tarnby depot closed on 14 June after a fire in its boiler room.',
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('keeps the year of a date, and a short dated line checkable', () => {
    expect(normaliseClaim('The fund opens on 2 March 2027.').figures.map((figure) => figure.measure)).toEqual(['date', 'year']);
    expect(hasCheckableContent('Tarnby, 3 May 2026', normaliseClaim('Tarnby, 3 May 2026'))).toBe(true);
  });

  it('lets a year told back from the article ("last year", "the year before") meet any year, counting it as no shared number', () => {
    expect(
      signedConflict(
        'Exports were 12% of output last year, against 9% in 2019.',
        'Exports were 12% of output in 2020, against 9% the year before.',
      ),
    ).toBe(false);
    expect(signedConflict('Exports were 12% of output in 2021.', 'Exports were 12% of output in 2020.')).toBe(true);
    const lastYear = computeSignature('Exports rose to 12% of output last year.').figures;
    const namedYear = computeSignature('Exports rose to 12% of output in 2020.').figures;
    expect(agreeingFigures(lastYear, namedYear)).toBe(1);
  });

  it('reads a share of a whole the claim counts as the count of the part', () => {
    expect(signedConflict('The council will cut a third of its 900 wardens.', 'The council will cut 300 wardens.')).toBe(false);
    expect(signedConflict('The council will cut 25% of its 900 wardens.', 'The council will cut 225 wardens.')).toBe(false);
    expect(signedConflict('The council will cut a third of its 900 wardens.', 'The council will cut 500 wardens.')).toBe(true);
    expect(
      similarity(
        'Heddon council will cut a third of its 900 park wardens next spring.',
        'Heddon council is to axe 300 park wardens next spring.',
      ),
    ).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('reads "over the next decade" as the span "over ten years" states', () => {
    expect(tokens('to be spent over the next decade')).toEqual(['1decade']);
    expect(tokens('in the coming year')).toEqual(['1year']);
  });
});

describe('words of a claim (version 17)', () => {
  it('reads a capitalised "No" before a number as a numbering, not a negation', () => {
    expect(normaliseClaim('No 10 said the levy was dropped.').negated).toBe(false);
    expect(normaliseClaim('No applications were received.').negated).toBe(true);
  });

  it('keeps the speaker when a pronoun after "told X (on a date) that" stands for it', () => {
    expect(normaliseClaim('Harlow Mills told staff on 2 May that it would shut the plant.').names).toEqual(
      expect.arrayContaining(['harlow']),
    );
    expect(normaliseClaim('The ministry told reporters that 40 schools had shut.').names).toEqual([]);
  });

  it('folds a group led by a noun of an action into its verb: a probe is an investigation', () => {
    expect(synonymOf('probe', true)).toBe('investigate');
    expect(synonymOf('probes', true)).toBe('investigate');
    expect(synonymOf('probe')).toBe('investigation');
  });

  it('folds verbs WordNet groups with their synonyms only as verbs, for matching only', () => {
    expect(synonymOf('halted', true)).toBe(synonymOf('stopped', true));
    expect(synonymOf('slashed', true)).toBe(synonymOf('cut', true));
    expect(synonymOf('halted')).not.toBe(synonymOf('stopped'));
    expect(changeDirection('The firm slashed prices by 20%.', findFigures('The firm slashed prices by 20%.')[0]!)).toBe(-1);
  });
});

describe('a numbered name in an attribution (version 17)', () => {
  it('drops a trailing attribution whose speaker is numbered ("No 10 briefed"), keeps one with a count', () => {
    expect(normaliseClaim('Fees will be frozen until May, No 10 briefed on Sunday night.').numbers).toEqual([]);
    expect(normaliseClaim('Fees will be frozen until May, 10 officials said.').numbers).toEqual(['10']);
  });
});

describe('multiples, ranges of shares, hyphenated prefixes (version 18)', () => {
  const signedConflict = (a: string, b: string): boolean => figuresConflict(computeSignature(a).figures, computeSignature(b).figures);

  it('reads "doubled", "tripled" as rises of 100% and 200%, "more than doubled" as 100% or more', () => {
    expect(tokens('Fares at Olmby station doubled.')).toEqual(['100%']);
    expect(tokens('Fares at Olmby station have tripled since then.')).toEqual(['200%']);
    expect(changeDirection('Fares doubled.', findFigures('Fares doubled.')[0]!)).toBe(1);
    expect(signedConflict('Ticket sales more than doubled to 9,400.', 'Ticket sales rose 118% to 9,400.')).toBe(false);
    expect(signedConflict('Ticket sales doubled to 9,400.', 'Ticket sales rose 160% to 9,400.')).toBe(true);
    expect(signedConflict('Ticket sales more than doubled to 9,400.', 'Ticket sales rose 40% to 9,400.')).toBe(true);
    // No verb of change: a double murder, a double room.
    expect(tokens('a double room at the inn')).toEqual([]);
  });

  it('reads a range of percentages as one share however it is written; "from X% to Y%" stays two', () => {
    expect(tokens('a rise of 3 to 4 per cent')).toEqual(['3-4%']);
    expect(tokens('a rise of 3-4%')).toEqual(['3-4%']);
    expect(tokens('a rise of between 3% and 4%')).toEqual(['3-4%']);
    expect(tokens('it went from 3% to 4%')).toEqual(['3%', '4%']);
    expect(changeDirection('a rise of between 3% and 4%', findFigures('a rise of between 3% and 4%')[0]!)).toBe(1);
    expect(signedConflict('Rents will rise by between 3% and 4%.', 'Rents will rise by 3 to 4 per cent.')).toBe(false);
  });

  it('names nothing by a bound prefix or the lower-case part of a hyphenated word', () => {
    expect(normaliseClaim('Pre-tax losses at the mill reached 4 million.').names).toEqual([]);
    expect(normaliseClaim('Ex-mayor Ulla Brenn was fined 2,000 crowns.').names).toHaveLength(2);
    expect(normaliseClaim('Ex-mayor Ulla Brenn was fined 2,000 crowns.').tokens[0]).toBe(
      normaliseClaim('The former mayor was fined.').tokens[0],
    );
    const sorted = (text: string): string[] => [...normaliseClaim(text).tokens].sort();
    expect(sorted('Pre-tax losses reached 4 million.')).toEqual(sorted('Losses before tax reached 4 million.'));
    expect(normaliseClaim('Al-Morra Holdings won the bid.').names).toEqual(expect.arrayContaining(['al', 'morra']));
  });

  it('reads an ordinal of a time unit as the time elapsed ("the 62nd minute" / "after 62 minutes")', () => {
    expect(tokens('The keeper was hurt in the 71st minute.')).toEqual(['71minute']);
    expect(tokens('on the fourth day of the blockade')).toEqual(['4day']);
    expect(signedConflict('The keeper was hurt in the 71st minute.', 'The keeper was hurt after 71 minutes.')).toBe(false);
    expect(signedConflict('The keeper was hurt in the 71st minute.', 'The keeper was hurt after 80 minutes.')).toBe(true);
    expect(tokens('the 4th of the candidates')).toEqual([]);
  });
});

describe('pence, "and a half million pounds", money spread over years (version 19)', () => {
  const signedConflict = (a: string, b: string): boolean => figuresConflict(computeSignature(a).figures, computeSignature(b).figures);

  it('reads pence as the pounds they are, glued or not', () => {
    expect(tokens('A loaf at the Brannow co-op costs 85p more.')).toEqual(['0.85GBP']);
    expect(tokens('A loaf will cost 85 pence more.')).toEqual(['0.85GBP']);
    expect(tokens('a 2p-a-mile toll')).toEqual(['0.02GBP']);
    expect(signedConflict('A loaf will cost 85p more.', 'A loaf will cost £0.85 more.')).toBe(false);
    expect(signedConflict('A loaf will cost 85p more.', 'A loaf will cost 90 pence more.')).toBe(true);
    expect(tokens('The ferry leaves at 5pm.')).toEqual(['500clock']);
  });

  it('reads a whole and a half of a scale of pounds as money, of pounds alone as no money', () => {
    expect(findFigures('The mill spent six and a half million pounds on looms.')).toEqual([
      expect.objectContaining({ measure: 'money:GBP', low: 6_500_000, high: 6_500_000 }),
    ]);
    expect(signedConflict('The mill spent six and a half million pounds on looms.', 'The mill spent £6.5m on looms.')).toBe(false);
    expect(signedConflict('The mill spent six and a half million pounds on looms.', 'The mill spent 40 looms.')).toBe(false);
    expect(findFigures('It weighed one and a half pounds.')[0]?.measure).not.toMatch(/^money/);
  });

  it('reads money spread over years as the amount a year it comes to', () => {
    expect(findFigures('The levy will raise €9m over three years.')[0]).toEqual(
      expect.objectContaining({ measure: 'money:EUR/1year', token: '9000000EUR' }),
    );
    expect(signedConflict('The levy will raise €9m over three years.', 'The levy will raise €9m a year.')).toBe(true);
    expect(signedConflict('The levy will raise €9m over three years.', 'The levy will raise €3m a year.')).toBe(false);
    expect(signedConflict('The levy will raise €9m over the next three years.', 'The levy will raise €9m over three years.')).toBe(false);
    expect(signedConflict('The levy will raise €9m over three years.', 'The levy will raise €9m in all.')).toBe(false);
  });
});

describe('findFigures: amounts per area and per person, ages in months, multiples of a past value, fractions of a scale', () => {
  const signedConflict = (a: string, b: string): boolean => figuresConflict(computeSignature(a).figures, computeSignature(b).figures);

  it('reads money per area as the amount per square metre, in any unit of area', () => {
    expect(findFigures('Plots sell for €4,300 per square metre.')[0]).toEqual(
      expect.objectContaining({ measure: 'money:EUR/m2', token: '4300EUR/m2' }),
    );
    expect(signedConflict('Plots sell for €4,300 per square metre.', 'Plots sell for about €400 per sq ft.')).toBe(false);
    // A price and its conversion share one token: 4,300 per square metre is 400 per square foot.
    expect(tokens('about €400 per sq ft')).toEqual(['4300EUR/m2']);
    expect(signedConflict('Plots sell for €4,300 per square metre.', 'Plots sell for €250 per square foot.')).toBe(true);
    expect(signedConflict('Farmers are paid $200 an acre.', 'Farmers are paid $494 per hectare.')).toBe(false);
    expect(signedConflict('Farmers are paid $200 an acre.', 'Farmers are paid $200 per hectare.')).toBe(true);
  });

  it('reads money per person as a measure of its own, written after the amount or before it in its clause', () => {
    expect(findFigures('Debt per resident stands at £9,000.')[0]?.measure).toBe('money:GBP/per:person');
    expect(findFigures('Spending was £9,000 per capita.')[0]?.measure).toBe('money:GBP/per:person');
    expect(findFigures('Spending was £9,000 a head.')[0]?.measure).toBe('money:GBP/per:person');
    // Another base, often left implicit by a restatement ("each"), stays the amount.
    expect(findFigures('Debt per household stands at £9,000.')[0]?.measure).toBe('money:GBP');
    expect(
      sameValueOtherMeasure(
        packFigures(findFigures('Debt per resident stands at £9,000.')),
        packFigures(findFigures('Debt per household stands at £9,000.')),
      ),
    ).toBe(true);
  });

  it('reads an age in months or weeks as a span of time, an age in years as a count', () => {
    expect(tokens('babies under four months old')).toEqual(['4month']);
    expect(tokens('a ten-week-old calf')).toEqual(['10week']);
    expect(tokens('the 61-year-old')).toEqual(['61']);
    expect(signedConflict('Most were less than four months old.', 'Most were younger than four months.')).toBe(false);
  });

  it('reads "twice what it was" as the rise "doubled" states, "twice as many as" not', () => {
    expect(tokens('Rents are twice what they were in 2016.')).toContain('100%');
    expect(tokens('Fares are three times what they used to be.')).toContain('200%');
    expect(signedConflict('Rents are twice what they were in 2016.', 'Rents have doubled since 2016.')).toBe(false);
    expect(tokens('There are twice as many buses as trams.')).not.toContain('100%');
  });

  it('reads a fraction of a scale as a number, not a share and a million', () => {
    expect(tokens('The agency bought a quarter of a million masks.')).toEqual(['250000']);
    expect(tokens('about half a million masks')).toEqual(['500000']);
    expect(signedConflict('It bought an extra quarter of a million masks.', 'It bought 250,000 more masks.')).toBe(false);
  });
});

describe('approximations, spoken amounts and differences (branch matching25)', () => {
  it('reads a circa glued to its number as "about" ("c.9,000", "ca.40")', () => {
    expect(tokens('The hostel counts c.9,000 guests a year.')).toEqual(tokens('The hostel counts some 9,000 guests a year.'));
    expect(conflict('The hostel counts c.9,000 guests.', 'The hostel counts 9,400 guests.')).toBe(false);
    expect(conflict('The hostel counts c.9,000 guests.', 'The hostel counts 10,000 guests.')).toBe(true);
    expect(normaliseClaim('The hostel counts c.9,000 guests.').tokens).not.toContain('c9,000');
  });

  it('reads short and long tons by their own weight, against tonnes', () => {
    expect(conflict('The silo lost 9,000 short tons of grain.', 'The silo lost 8,200 tonnes of grain.')).toBe(false);
    expect(conflict('The silo lost 9,000 short tons of grain.', 'The silo lost 9,000 long tons of grain.')).toBe(true);
  });

  it('reads pence spoken in words and a price per hour after a slash', () => {
    const figure = (text: string) => findFigures(text).find((found) => found.measure.startsWith('money:'));
    expect(figure('Mooring fees rise by fifty pence an hour.')).toMatchObject({ measure: 'money:GBP/1hour', low: 0.5 });
    expect(figure('Mooring fees: a 50p/hour rise.')).toMatchObject({ measure: 'money:GBP/1hour', low: 0.5 });
    expect(figure('It costs forty-two pence.')).toMatchObject({ measure: 'money:GBP', low: 0.42 });
  });

  it('reads a count that is "more" or "fewer" than another as a difference, no level', () => {
    expect(findFigures('half a million more than the year before').map((found) => found.measure)).toContain('difference');
    expect(findFigures('The ferry carried 300 fewer cars than in 2024.').map((found) => found.measure)).toContain('difference');
    expect(
      conflict(
        'The ferry carried 2.4 million cars, up from 1.9 million.',
        'The ferry carried 2.4 million cars, half a million more than the year before.',
      ),
    ).toBe(false);
    expect(conflict('The ferry carried 2.4 million cars.', 'The ferry carried 2.1 million cars.')).toBe(true);
  });
});

describe('units glued to the number, "nearly" below its amount, a difference stated as the amount', () => {
  it('reads seconds, minutes, inches and "pc" glued to the digits as the words they abbreviate', () => {
    expect(conflict('the queue moved 48sec faster', 'the queue moved 48 seconds faster')).toBe(false);
    expect(tokens('the queue moved 48sec faster')).toEqual(tokens('the queue moved 48 seconds faster'));
    expect(tokens('a wait of 25mins at the gate')).toEqual(tokens('a wait of 25 minutes at the gate'));
    expect(tokens('a 7.5in rainfall total')).toEqual(tokens('a 19cm rainfall total'));
    expect(tokens('exports rose 17pc')).toEqual(tokens('exports rose 17 per cent'));
    expect(conflict('exports rose 17pc', 'exports rose 23 per cent')).toBe(true);
  });

  it('lets "nearly" and "almost" before a single unit reach below it, not above it', () => {
    expect(conflict('the ferry was almost an hour late', 'the ferry was 53 minutes late')).toBe(false);
    expect(conflict('the ferry was nearly a week late', 'the ferry was six days late')).toBe(false);
    expect(conflict('the ferry was almost an hour late', 'the ferry was 80 minutes late')).toBe(true);
    expect(conflict('the ferry was almost an hour late', 'the ferry was 40 minutes late')).toBe(true);
  });

  it('agrees a difference written as an amount with the two amounts it separates', () => {
    const from = normaliseClaim('Average fares at Brindlecombe fell from £38 to £29 after the merger.');
    const by = normaliseClaim('Average fares at Brindlecombe fell by £9, to £29, after the merger.');
    expect(figuresConflict(packFigures(from.figures), packFigures(by.figures))).toBe(false);
    const against = normaliseClaim('The Quellmoor depot cost £61 million, against a budget of £44 million.');
    const more = normaliseClaim('The Quellmoor depot cost £61m, £17m more than its £44m budget.');
    expect(agreeingFigures(packFigures(against.figures), packFigures(more.figures))).toBe(3);
    // Another difference stays another figure.
    const other = normaliseClaim('Average fares at Brindlecombe fell by £5, to £29, after the merger.');
    expect(figuresConflict(packFigures(from.figures), packFigures(other.figures))).toBe(true);
  });

  it('derives no difference for a size of change, a level or two amounts that are not compared', () => {
    const by = normaliseClaim('Average fares at Brindlecombe fell by £9, to £29, after the merger.');
    expect(by.figures.filter((figure) => figure.measure === 'money:GBP')).toHaveLength(2);
    const listed = normaliseClaim('The council spent £38 on signs and £29 on paint.');
    expect(listed.figures.filter((figure) => figure.measure === 'money:GBP')).toHaveLength(2);
  });

  it('reads two shares compared as levels as their difference in points, which a change told in bare points states', () => {
    const levels = normaliseClaim('Backing for the Quellbrook bypass rose from 36% in April to 44% in October.');
    const points = normaliseClaim('Backing for the Quellbrook bypass has climbed eight points since April, to 44 per cent.');
    expect(points.figures.map((figure) => figure.measure)).toEqual(['points', 'share']);
    expect(agreeingFigures(packFigures(levels.figures), packFigures(points.figures))).toBe(2);
    const upFrom = normaliseClaim('Backing for the bypass was 44% in October, up from 36% in April.');
    expect(agreeingFigures(packFigures(upFrom.figures), packFigures(points.figures))).toBe(2);
    // Another change in points is another figure.
    const other = normaliseClaim('Backing for the Quellbrook bypass has climbed five points since April, to 44 per cent.');
    expect(figuresConflict(packFigures(levels.figures), packFigures(other.figures))).toBe(true);
  });

  it('derives no points from a change in per cent and a level, and reads points without a share as a count', () => {
    const change = normaliseClaim('Ticket sales rose 15% to 44% of the market.');
    expect(change.figures.map((figure) => figure.measure)).toEqual(['share', 'share']);
    const score = normaliseClaim('Yarrowdene won by six points.');
    expect(score.figures.map((figure) => figure.measure)).toEqual(['count']);
    const stated = normaliseClaim('Backing rose from 36% to 44%, up eight percentage points.');
    expect(stated.figures.filter((figure) => figure.measure === 'points')).toHaveLength(1);
  });
});

describe('a pair of, a couple of', () => {
  it('reads "a pair of" as a count of two of the noun after it, and "a couple of" as two or three', () => {
    const [pair] = findFigures('A pair of hauliers have tendered for the route.');
    expect(pair).toMatchObject({ measure: 'count', low: 2, high: 2, token: '2', counted: 'hauliers' });
    expect(conflict('a pair of hauliers tendered', 'two hauliers tendered')).toBe(false);
    expect(conflict('a pair of hauliers tendered', 'three hauliers tendered')).toBe(true);
    expect(conflict('a couple of hauliers tendered', 'three hauliers tendered')).toBe(false);
    expect(normaliseClaim('A pair of hauliers have tendered for the route.').tokens).toContain('2');
  });

  it('leaves a span of time and an amount with a scale as the quantities module reads them', () => {
    expect(tokens('for a couple of weeks')).not.toContain('2');
    expect(tokens('a couple of hundred walkers')).not.toContain('2');
  });
});

describe('ranges (branch matching34)', () => {
  it('reads a range of shares to its written ends, so a share past an end is another figure', () => {
    expect(conflict('Sales are expected to grow by between 3% and 4% next year.', 'Sales grew by 5 per cent.')).toBe(true);
    expect(conflict('Sales are expected to grow by 3 to 4 per cent.', 'Sales grew by 4 per cent.')).toBe(false);
    expect(conflict('Sales are expected to grow by between 3% and 4%.', 'Sales are expected to grow by 3-4%.')).toBe(false);
  });

  it('tells two ranges that only touch at an end apart, and keeps a value inside a range agreeing', () => {
    expect(conflict('Plaice quotas will fall by between 20 and 30 percent.', 'Sole quotas will fall by 30-40%.')).toBe(true);
    expect(conflict('Between 70 and 90 porters could lose their jobs.', 'Between 90 and 110 porters could lose their jobs.')).toBe(true);
    expect(conflict('Between 70 and 90 porters could lose their jobs.', 'Around 80 porters could lose their jobs.')).toBe(false);
    expect(conflict('Between 70 and 90 porters could lose their jobs.', '70-90 porters could lose their jobs.')).toBe(false);
    expect(conflict('Between 70 and 90 porters could lose their jobs.', 'Ninety porters could lose their jobs.')).toBe(false);
  });
});

describe('spans open on one side (branch matching36)', () => {
  it('keeps the bound of a span: "more than 90 days" reaches up, "in under a week" down', () => {
    const [over] = findFigures('The pier was shut for more than 90 days.');
    expect(over?.high).toBe(Infinity);
    const [under] = findFigures('The appeal raised £8,000 in under a week.');
    expect(findFigures('The appeal raised £8,000 in under a week.').find((f) => f.measure === 'time')?.low).toBe(0);
    expect(under?.measure).toBe('money:GBP');
    expect(conflict('shut for more than 90 days', 'shut for 97 days')).toBe(false);
    expect(conflict('shut for more than 90 days', 'shut for 60 days')).toBe(true);
    expect(conflict('raised in under a week', 'raised in five days')).toBe(false);
    expect(conflict('raised in under a week', 'raised in ten days')).toBe(true);
  });

  it('counts an open span as a restatement only near its bound', () => {
    const pack = (text: string) => packFigures(findFigures(text));
    expect(agreeingFigures(pack('closed for more than 90 days'), pack('closed for 97 days'))).toBe(1);
    expect(agreeingFigures(pack('closed for at least 12 days'), pack('over the past year'))).toBe(0);
    expect(conflict('closed for at least 12 days', 'over the past year')).toBe(false);
  });

  it('reads "upward of" as "upwards of"', () => {
    const [figure] = findFigures('Upward of 1,700 flights were delayed.');
    expect(figure?.high).toBe(Infinity);
  });
});

describe('a count before a time told back (branch matching36)', () => {
  it('reads "8,400 three years ago" as a count, not a span of 8,400 years', () => {
    const figures = findFigures('The queue stands at 9,100, compared with 8,400 three years ago.');
    expect(figures.some((f) => f.measure === 'time')).toBe(false);
    expect(figures.some((f) => f.measure === 'count' && f.low <= 8400 && f.high >= 8400)).toBe(true);
    expect(tokens('They logged 40 flight hours.')).toEqual(['40hour']);
  });
});
