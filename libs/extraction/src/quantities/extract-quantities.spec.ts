import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuantities } from './extract-quantities';
import type { Quantity } from './quantity';
import { growthOnFourfoldInput, LINEAR_GROWTH_LIMIT } from '../testing/growth';

/** The one quantity found in `text`; fails if there is not exactly one. */
function only(text: string): Quantity {
  const found = extractQuantities(text);
  expect(found).toHaveLength(1);
  return found[0] as Quantity;
}

/** A quantity with the defaults of a plain, exact amount. */
function plain(fields: Partial<Quantity> & Pick<Quantity, 'text' | 'start' | 'end' | 'kind'>): Quantity {
  return { value: null, unit: null, counted: null, approximate: false, bound: null, ...fields };
}

describe('extractQuantities: the Aleppo fixture', () => {
  const fixture = readFileSync(join(__dirname, '../../../../../shared/fixtures/aleppo-2016-12.txt'), 'utf8');
  const found = extractQuantities(fixture);

  it('finds every amount, duration and date, and nothing else', () => {
    expect(found.map((q) => q.text)).toEqual([
      'tens of thousands of civilians',
      'over 80,000 Syrians',
      'tens of thousands of children',
      'as little as one percent',
      'at least 200,000 people',
      'more than 500 fighters',
      '24 hours',
      '507 fighters',
      '484 militants',
      '3,179 people',
      '1,519 children',
      '138 newborn babies',
      'mid-October',
    ]);
    for (const q of found) expect(fixture.slice(q.start, q.end)).toBe(q.text);
  });

  it('normalises each one', () => {
    const by = (text: string): Quantity => found.find((q) => q.text === text) as Quantity;
    const at = (text: string): { start: number; end: number } => ({
      start: fixture.indexOf(text),
      end: fixture.indexOf(text) + text.length,
    });
    expect(by('3,179 people')).toEqual(
      plain({ text: '3,179 people', ...at('3,179 people'), kind: 'count', value: 3179, counted: 'people' }),
    );
    expect(by('1,519 children')).toEqual(
      plain({ text: '1,519 children', ...at('1,519 children'), kind: 'count', value: 1519, counted: 'children' }),
    );
    expect(by('138 newborn babies')).toEqual(
      plain({ text: '138 newborn babies', ...at('138 newborn babies'), kind: 'count', value: 138, counted: 'newborn babies' }),
    );
    expect(by('over 80,000 Syrians')).toEqual(
      plain({
        text: 'over 80,000 Syrians',
        ...at('over 80,000 Syrians'),
        kind: 'count',
        value: 80000,
        low: 80000,
        counted: 'Syrians',
        approximate: true,
        bound: 'at-least',
      }),
    );
    expect(by('tens of thousands of children')).toEqual(
      plain({
        text: 'tens of thousands of children',
        ...at('tens of thousands of children'),
        kind: 'count',
        low: 20000,
        high: 90000,
        counted: 'children',
        approximate: true,
      }),
    );
    expect(by('as little as one percent')).toEqual(
      plain({
        text: 'as little as one percent',
        ...at('as little as one percent'),
        kind: 'percent',
        value: 1,
        high: 1,
        unit: 'percent',
        counted: 'UN aid',
        approximate: true,
        bound: 'at-most',
      }),
    );
    expect(by('at least 200,000 people')).toMatchObject({
      value: 200000,
      low: 200000,
      bound: 'at-least',
      approximate: true,
      counted: 'people',
    });
    expect(by('more than 500 fighters')).toMatchObject({ value: 500, low: 500, bound: 'at-least', counted: 'fighters' });
    expect(by('24 hours')).toEqual(plain({ text: '24 hours', ...at('24 hours'), kind: 'duration', value: 24, unit: 'hour' }));
    expect(by('507 fighters')).toMatchObject({ kind: 'count', value: 507, counted: 'fighters', bound: null });
    expect(by('484 militants')).toMatchObject({ kind: 'count', value: 484, counted: 'militants' });
    expect(by('mid-October')).toEqual(
      plain({ text: 'mid-October', ...at('mid-October'), kind: 'date', approximate: true, date: { month: 10, part: 'mid' } }),
    );
  });

  it('gives article offsets when passed a sentence and its start', () => {
    const sentence = '3,179 people, including 1,519 children – among them 138 newborn babies – have left eastern Aleppo.';
    const start = fixture.indexOf(sentence.slice(0, 40));
    const inSentence = extractQuantities(fixture.slice(start, start + sentence.length), start);
    expect(inSentence.map((q) => [q.start, q.end])).toEqual(
      found.filter((q) => q.start >= start && q.end <= start + sentence.length).map((q) => [q.start, q.end]),
    );
  });
});

describe('extractQuantities: numbers', () => {
  it.each([
    ['2.5 million', { kind: 'count', value: 2_500_000 }],
    ['two million', { kind: 'count', value: 2_000_000 }],
    ['three', { kind: 'count', value: 3 }],
    ['twenty-one', { kind: 'count', value: 21 }],
    ['twenty one', { kind: 'count', value: 21 }],
    ['two hundred and fifty', { kind: 'count', value: 250 }],
    ['a dozen', { kind: 'count', value: 12 }],
    ['half a million', { kind: 'count', value: 500_000 }],
    ['about half a million', { kind: 'count', value: 500_000, approximate: true }],
    ['half a mile', { kind: 'measure', value: 0.5, unit: 'mile' }],
    ['half an hour', { kind: 'duration', value: 0.5, unit: 'hour' }],
    ['a quarter of a million', { kind: 'count', value: 250_000 }],
    ['quarter of a million', { kind: 'count', value: 250_000 }],
    ['three quarters of a billion', { kind: 'count', value: 750_000_000 }],
    ['two-thirds of a million', { kind: 'count', value: 2_000_000 / 3 }],
    ['dozens', { kind: 'count', value: null, low: 24, high: 108, approximate: true }],
    ['hundreds of thousands', { kind: 'count', value: null, low: 200_000, high: 900_000, approximate: true }],
    ['several thousand', { kind: 'count', value: null, low: 3000, high: 9000, approximate: true }],
    ['a few hundred', { kind: 'count', value: null, low: 200, high: 500, approximate: true }],
  ] as const)('%s', (text, expected) => {
    expect(only(text)).toMatchObject({ text, start: 0, end: text.length, ...expected });
  });

  it('reads "a handful of" as a few, 2 to 9, of what follows; "a handful" alone is no amount', () => {
    expect(only('Only a handful of boats sailed.')).toMatchObject({
      text: 'a handful of boats',
      kind: 'count',
      value: null,
      low: 2,
      high: 9,
      approximate: true,
    });
    expect(extractQuantities('The boys were a handful.')).toEqual([]);
  });

  it('reads scale suffixes and currencies: "$1.2bn", "£5m", "US$5 million", "USD 3bn", "5 million euros"', () => {
    expect(only('$1.2bn')).toEqual(plain({ text: '$1.2bn', start: 0, end: 6, kind: 'money', value: 1_200_000_000, unit: 'USD' }));
    expect(only('It cost £5m.')).toMatchObject({ text: '£5m', start: 8, end: 11, value: 5_000_000, unit: 'GBP' });
    expect(only('US$5 million')).toMatchObject({ text: 'US$5 million', kind: 'money', value: 5_000_000, unit: 'USD' });
    expect(only('USD 3bn')).toMatchObject({ kind: 'money', value: 3_000_000_000, unit: 'USD' });
    expect(only('5 million euros')).toMatchObject({ text: '5 million euros', kind: 'money', value: 5_000_000, unit: 'EUR' });
    expect(only('millions of dollars')).toMatchObject({ kind: 'money', low: 2_000_000, high: 9_000_000, unit: 'USD', approximate: true });
  });

  it('reads the dollar a prefix or a country word names: "A$30m" is no article before "$30m"', () => {
    expect(only('The mill lost A$30m.')).toMatchObject({ text: 'A$30m', value: 30_000_000, unit: 'AUD' });
    expect(only('A$7.25 a tin')).toMatchObject({ text: 'A$7.25', unit: 'AUD' });
    expect(only('a $9 ticket')).toMatchObject({ text: '$9', unit: 'USD' });
    expect(only('NZ$64 million')).toMatchObject({ unit: 'NZD' });
    expect(only('at 0.91 Canadian dollars')).toMatchObject({ text: '0.91 Canadian dollars', unit: 'CAD' });
    expect(only('80 million Hong Kong dollars')).toMatchObject({ value: 80_000_000, unit: 'HKD' });
    expect(only('seven Australian ferries')).toMatchObject({ value: 7, unit: null });
  });

  it('reads percentages: "12%", "12 %", "3 per cent", "one percent", "10 percentage points"', () => {
    expect(only('12%')).toEqual(plain({ text: '12%', start: 0, end: 3, kind: 'percent', value: 12, unit: 'percent' }));
    expect(only('up 12 % on')).toMatchObject({ text: '12 %', value: 12, unit: 'percent' });
    expect(only('3 per cent')).toMatchObject({ text: '3 per cent', value: 3, unit: 'percent' });
    expect(only('one percent')).toMatchObject({ text: 'one percent', value: 1, unit: 'percent' });
    expect(only('10 percentage points')).toMatchObject({ kind: 'percent', value: 10, unit: 'percentage-point' });
    expect(only('12% of voters backed it')).toMatchObject({ text: '12%', counted: 'voters' });
  });

  it('reads fractions: "half", "two-thirds", "a third of", "one in five"', () => {
    expect(only('Half of the residents fled')).toEqual(
      plain({ text: 'Half', start: 0, end: 4, kind: 'fraction', value: 0.5, counted: 'residents' }),
    );
    expect(only('cut by half')).toMatchObject({ kind: 'fraction', value: 0.5 });
    expect(only('two-thirds of voters')).toMatchObject({ text: 'two-thirds', value: 2 / 3, counted: 'voters' });
    expect(only('a third of the budget')).toMatchObject({ text: 'a third', value: 1 / 3, counted: 'budget' });
    expect(only('one in five children')).toMatchObject({ text: 'one in five children', kind: 'fraction', value: 0.2, counted: 'children' });
    expect(only('one in every 12 barges')).toMatchObject({ kind: 'fraction', value: 1 / 12, counted: 'barges' });
  });

  it('reads "a third" without "of" as a share after "by" or an approximator, or closing its clause, else as an ordinal', () => {
    expect(only('Rents rose by a third.')).toMatchObject({ text: 'a third', kind: 'fraction', value: 1 / 3 });
    expect(only('turnout grew about a quarter')).toMatchObject({ text: 'about a quarter', kind: 'fraction', value: 0.25, bound: 'about' });
    expect(only('Sales fell a fifth.')).toMatchObject({ text: 'a fifth', kind: 'fraction', value: 0.2 });
    expect(only('It happened a third time.')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(only('A fifth ferry sailed.')).toMatchObject({ kind: 'ordinal', value: 5 });
  });

  it('reads durations, ages and measures: "24 hours", "24-hour", "12-year-old", "1.5 km", "1,000 km²"', () => {
    expect(only('a 24-hour truce')).toMatchObject({ text: '24-hour', kind: 'duration', value: 24, unit: 'hour' });
    expect(only('three weeks')).toMatchObject({ kind: 'duration', value: 3, unit: 'week' });
    expect(only('a five-year plan')).toMatchObject({ text: 'five-year', kind: 'duration', value: 5, unit: 'year' });
    expect(only('a 12-year-old boy')).toMatchObject({ text: '12-year-old', kind: 'age', value: 12, unit: 'year' });
    expect(only('he was 12 years old')).toMatchObject({ text: '12 years old', kind: 'age', value: 12 });
    expect(only('1.5 km')).toEqual(plain({ text: '1.5 km', start: 0, end: 6, kind: 'measure', value: 1.5, unit: 'km' }));
    expect(only('a 1.5km walk')).toMatchObject({ text: '1.5km', value: 1.5, unit: 'km' });
    expect(only('a limit of 30km/h here')).toMatchObject({ text: '30km/h', value: 30, unit: 'km/h', kind: 'measure' });
    expect(only('a 12km/hour walk')).toMatchObject({ text: '12km', value: 12, unit: 'km' });
    expect(only('fed by 40 megalitres')).toMatchObject({ value: 40, unit: 'megalitre', kind: 'measure' });
    expect(only('rose by 35 centimetres')).toMatchObject({ value: 35, unit: 'cm', kind: 'measure' });
    expect(only('a crack of 4 millimetres')).toMatchObject({ value: 4, unit: 'mm', kind: 'measure' });
    expect(only('within two fortnights')).toMatchObject({ value: 2, unit: 'fortnight', kind: 'duration' });
    expect(only('1,000 km² of land')).toMatchObject({ text: '1,000 km²', value: 1000, unit: 'km2' });
    expect(only('300 square kilometres')).toMatchObject({ value: 300, unit: 'km2' });
    expect(only('a 42,000-square-metre site')).toMatchObject({ value: 42000, unit: 'm2' });
    expect(only('the 450,000 sq ft site')).toMatchObject({ value: 450000, unit: 'foot2' });
    expect(only('a 3-square-mile area')).toMatchObject({ value: 3, unit: 'mile2' });
    // Volumes, not lengths (branch conflicts20).
    expect(only('some 40 cubic metres of slurry')).toMatchObject({ value: 40, unit: 'm3' });
    expect(only('a 500-cubic-metre tank')).toMatchObject({ value: 500, unit: 'm3' });
    expect(only('a 2,000 cu ft store')).toMatchObject({ value: 2000, unit: 'foot3' });
    expect(only('75 m³ of water')).toMatchObject({ text: '75 m³', value: 75, unit: 'm3' });
    // Speeds, not lengths.
    expect(only('at about 45 kilometres an hour')).toMatchObject({ text: 'about 45 kilometres an hour', unit: 'km/h' });
    expect(only('doing 70 miles per hour')).toMatchObject({ value: 70, unit: 'mph' });
    expect(only('walked 3 miles in an hour')).toMatchObject({ value: 3, unit: 'mile' });
  });

  it('reads ranges: "between 200 and 300 people", "5 to 7 million", "200-300", "5–7%"', () => {
    expect(only('between 200 and 300 people')).toEqual(
      plain({ text: 'between 200 and 300 people', start: 0, end: 26, kind: 'range', low: 200, high: 300, counted: 'people' }),
    );
    expect(only('5 to 7 million euros')).toMatchObject({ kind: 'range', low: 5_000_000, high: 7_000_000, unit: 'EUR' });
    expect(only('200-300 troops')).toMatchObject({ kind: 'range', low: 200, high: 300, counted: 'troops' });
    expect(only('5–7%')).toMatchObject({ kind: 'range', low: 5, high: 7, unit: 'percent' });
  });

  it('reads a unit in words after the first number and none after "to" as a change and its level, no range', () => {
    expect(extractQuantities('sales up 6 per cent to 4,200').map((q) => [q.kind, q.value])).toEqual([
      ['percent', 6],
      ['count', 4200],
    ]);
    expect(only('6 per cent to 8 per cent')).toMatchObject({ kind: 'range', low: 6, high: 8 });
    expect(only('6 to 8 per cent')).toMatchObject({ kind: 'range', low: 6, high: 8 });
  });

  it('reads bounds and hedges', () => {
    expect(only('fewer than 20 soldiers')).toMatchObject({ value: 20, high: 20, bound: 'at-most', approximate: true, counted: 'soldiers' });
    expect(only('up to 300 km')).toMatchObject({ bound: 'at-most', unit: 'km' });
    expect(only('about 12%')).toMatchObject({ value: 12, bound: 'about', approximate: true });
    expect(only('nearly 500 people')).toMatchObject({ value: 500, bound: 'about' });
    expect(only('500+ people')).toMatchObject({ text: '500+ people', bound: 'at-least', low: 500 });
    expect(only('500 or so people')).toMatchObject({ text: '500 or so people', bound: 'about' });
    expect(only('over $5m')).toMatchObject({ text: 'over $5m', kind: 'money', value: 5_000_000, bound: 'at-least' });
  });

  it('reads an abbreviated circa with its full stop, spaced or glued to the number, as "about"', () => {
    expect(only('a crew of ca. 25 sailors')).toMatchObject({
      text: 'ca. 25 sailors',
      value: 25,
      bound: 'about',
      approximate: true,
      counted: 'sailors',
    });
    expect(only('approx. 3,500 households')).toMatchObject({ text: 'approx. 3,500 households', value: 3500, bound: 'about' });
    expect(only('some c. 700 acres')).toMatchObject({ text: 'c. 700 acres', bound: 'about', unit: 'acre' });
    // Glued: one token to the tokeniser, no decimal tail of "c" and no lost figure.
    expect(only('the mill employs c.7,500 people')).toMatchObject({
      text: 'c.7,500 people',
      start: 17,
      value: 7500,
      bound: 'about',
      approximate: true,
    });
    expect(only('approx.1,200 flats')).toMatchObject({ text: 'approx.1,200 flats', value: 1200, bound: 'about', counted: 'flats' });
    expect(only('ca.60 volunteers')).toMatchObject({ value: 60, bound: 'about' });
    expect(only('c.£3.5m of repairs')).toMatchObject({ kind: 'money', value: 3_500_000, unit: 'GBP', bound: 'about' });
    expect(only('Approx.£80k was raised')).toMatchObject({ text: 'Approx.£80k', kind: 'money', value: 80_000, bound: 'about' });
    expect(only('built in c.1790')).toMatchObject({ kind: 'date' });
  });

  it('reads "c" as a circa only in lower case with its stop', () => {
    expect(only('grade c 60 marks')).toMatchObject({ text: '60 marks', bound: null, approximate: false });
    expect(only('took vitamin C. 12 patients improved')).toMatchObject({ text: '12 patients', bound: null });
    expect(only('ca 60 volunteers')).toMatchObject({ bound: 'about' });
  });

  it('reads crew counted by head as what a number counts, no plural needed (branch pair17)', () => {
    expect(extractQuantities('About 2,400 cabin crew walked out at dawn.')[0]).toMatchObject({
      text: 'About 2,400 cabin crew',
      counted: 'cabin crew',
    });
    expect(extractQuantities('Nine crew were rescued.')[0]).toMatchObject({ text: 'Nine crew', counted: 'crew' });
  });

  it('reads ordinals but not "first" or "second"', () => {
    expect(only('the 21st century')).toMatchObject({ text: '21st', kind: 'ordinal', value: 21 });
    expect(only('the third day')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(only('the twenty-first round')).toMatchObject({ kind: 'ordinal', value: 21 });
    expect(extractQuantities('It was first reported a second time.')).toEqual([]);
  });
});

describe('extractQuantities: units of other conventions', () => {
  it.each([
    ['a bill of 2.4 million pounds', { kind: 'money', unit: 'GBP', value: 2_400_000 }],
    ['lost 50,000 pounds a week', { kind: 'money', unit: 'GBP', value: 50_000 }],
    ['200 pounds of flour', { kind: 'measure', unit: 'lb', value: 200 }],
    ["3 million pounds of taxpayers' money", { kind: 'money', unit: 'GBP', value: 3_000_000 }],
    ['8 million pounds of new funding', { kind: 'money', unit: 'GBP', value: 8_000_000 }],
    ['2 million pounds of minced pork', { kind: 'measure', unit: 'lb', value: 2_000_000 }],
    ['3,200 metric tons of grain', { kind: 'measure', unit: 'tonne', value: 3_200 }],
    ['about 3 nautical miles out', { kind: 'measure', unit: 'nmi', value: 3 }],
    ['12,000 gallons of fuel', { kind: 'measure', unit: 'gallon', value: 12_000 }],
    ['9,000 imperial gallons of fuel', { kind: 'measure', unit: 'imperial-gallon', value: 9_000 }],
    ['5,000 US gallons of fuel', { kind: 'measure', unit: 'gallon', value: 5_000 }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe('extractQuantities: a bare "m" glued to digits, metres or millions', () => {
  it.each([
    ['The hut stands just 20m from the water.', 20],
    ['Divers went 12m into the flooded shaft.', 12],
    ['The 35m tower was demolished.', 35],
    ['a 6m wall along the quay', 6],
    ['a mast 40m high', 40],
  ])('reads a distance when the words around it say so: %s', (text, metres) => {
    expect(only(text)).toMatchObject({ kind: 'measure', unit: 'm', value: metres });
  });

  it.each([
    ['The port handled 1.4m containers.', 1_400_000],
    ['a 3m increase in visitors', 3_000_000],
    ['Its population is 2m.', 2_000_000],
  ])('reads millions before a plural noun, a noun of an amount or nothing: %s', (text, value) => {
    expect(only(text)).toMatchObject({ kind: 'count', unit: null, value });
  });

  it('keeps a currency sign\'s "m" money, whatever follows', () => {
    expect(only('a £20m stand from the club')).toMatchObject({ kind: 'money', unit: 'GBP', value: 20_000_000 });
  });
});

describe('extractQuantities: dates are not counts', () => {
  it.each([
    ['in 2016', '2016', { year: 2016 }],
    ['on Dec. 7', 'Dec. 7', { month: 12, day: 7 }],
    ['7 December 2016', '7 December 2016', { year: 2016, month: 12, day: 7 }],
    ['December 7, 2016', 'December 7, 2016', { year: 2016, month: 12, day: 7 }],
    ['in December 2016', 'December 2016', { year: 2016, month: 12 }],
    ['in early 2016', 'early 2016', { year: 2016, part: 'early' }],
    ['by late December', 'late December', { month: 12, part: 'late' }],
    ['in mid-2016', 'mid-2016', { year: 2016, part: 'mid' }],
    ['in the 1990s', '1990s', { year: 1990, decade: true }],
    ['on 2016-12-07', '2016-12-07', { year: 2016, month: 12, day: 7 }],
    ['in May', 'May', { month: 5 }],
    ['Entries close on 9 May.', '9 May', { month: 5, day: 9 }],
    ['by 21 May 2031', '21 May 2031', { year: 2031, month: 5, day: 21 }],
  ] as const)('%s', (text, span, date) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: 'date', value: null, text: span, start: text.indexOf(span), date });
  });

  it('takes the 2015-16 season as a year span', () => {
    expect(only('the 2015-16 season')).toMatchObject({ kind: 'date', low: 2015, high: 2016, date: { year: 2015 } });
  });

  it('leaves the modal "may" after a number a count', () => {
    expect(only('Another 35 may be laid off.')).toMatchObject({ kind: 'count', value: 35 });
  });

  it('leaves names, clock times and identifiers alone', () => {
    expect(extractQuantities('Theresa May met them at 10:30 a.m. under Resolution 2254, flight #17, 24/7.')).toEqual([]);
  });

  it('reads a year-like number with a counted noun, unit or currency as an amount', () => {
    expect(only('2000 people')).toMatchObject({ kind: 'count', value: 2000, counted: 'people' });
    expect(only('$2016')).toMatchObject({ kind: 'money', value: 2016 });
    expect(only('over 2000 soldiers')).toMatchObject({ kind: 'count', bound: 'at-least' });
  });

  it('reads a small number after a month as a count when a plural noun follows it', () => {
    expect(extractQuantities('In December 12 soldiers died.').map((q) => [q.kind, q.text])).toEqual([
      ['date', 'December'],
      ['count', '12 soldiers'],
    ]);
  });
});

describe('extractQuantities: what is not a quantity', () => {
  it('skips "one" without a unit, "a" without a magnitude, and words that look like numbers', () => {
    expect(extractQuantities('One of them said one day that no one had a plan.')).toEqual([]);
    expect(extractQuantities('The second half of the game; test scores; an hour and a half; 5G and 3D.')).toEqual([]);
  });

  it('reads "from 20% to 30%" as two amounts, not a range', () => {
    expect(extractQuantities('rose from 20% to 30%').map((q) => q.text)).toEqual(['20%', '30%']);
  });

  it('reads malformed thousands groups as nothing', () => {
    expect(extractQuantities('codes 12,34 and 1,0000')).toEqual([]);
  });
});

describe('extractQuantities: robustness', () => {
  it('returns [] for empty and non-string input', () => {
    expect(extractQuantities('')).toEqual([]);
    expect(extractQuantities(undefined as unknown as string)).toEqual([]);
  });

  it('gives spans that match the text, in order, without overlaps, on random input', () => {
    const pieces = ['1', '2,000', '0.5', ',', '.', ' ', '-', '–', '%', '$', 'a', 'of', 'tens', 'thousands', 'million', 'over'];
    pieces.push('between', 'and', 'to', 'Dec', 'May', 'mid-', 'half', 'one', 'in', 'five', 'people', '\n', ':', '/', '+', 'km');
    let seed = 7;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let run = 0; run < 2000; run++) {
      let text = '';
      for (let k = 0; k < 25; k++) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.6 ? ' ' : '');
      let previousEnd = 0;
      for (const q of extractQuantities(text, 3)) {
        expect(text.slice(q.start - 3, q.end - 3)).toBe(q.text);
        expect(q.start - 3).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = q.end - 3;
      }
    }
  });

  it('stays linear on long runs of digits and amount words', () => {
    for (const [unit, times] of [
      ['1,', 100_000],
      ['tens of ', 6_250],
      ['over more than at least ', 2_500],
    ] as const) {
      expect(growthOnFourfoldInput((scale) => extractQuantities(unit.repeat(scale)), times)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    }
  });
});

describe('extractQuantities: temperatures', () => {
  it.each([
    ['It reached 38C at noon.', 38, 'celsius'],
    ['It reached 38°C at noon.', 38, 'celsius'],
    ['It reached 38 °C at noon.', 38, 'celsius'],
    ['It reached 38 degrees Celsius at noon.', 38, 'celsius'],
    ['It reached 38 degrees C at noon.', 38, 'celsius'],
    ['Highs near 101F are forecast.', 101, 'fahrenheit'],
    ['Highs near 101 degrees Fahrenheit are forecast.', 101, 'fahrenheit'],
    ['Overnight it fell to -6C.', -6, 'celsius'],
    ['Overnight it fell to −6 degrees Celsius.', -6, 'celsius'],
    ['Overnight it fell to minus six degrees.', -6, 'degree'],
    ['The slope is 12° steep.', 12, 'degree'],
  ])('reads "%s" as %d %s', (text, value, unit) => {
    const q = only(text);
    expect([q.kind, q.value, q.unit]).toEqual(['measure', value, unit]);
  });

  it('reads no temperature in a lower-case letter, a model name or a score', () => {
    expect(extractQuantities('Seat 14c was empty.').map((q) => q.unit)).not.toContain('celsius');
    expect(extractQuantities('The Su-24C landed.').map((q) => q.unit)).not.toContain('celsius');
    expect(extractQuantities('They won 3-1.').map((q) => q.value)).not.toContain(-1);
  });
});

describe('extractQuantities: number words in names (branch conflicts21)', () => {
  it('reads no figure in a capitalised number word right after a capitalised word: "Division Three", "Radio Five"', () => {
    expect(extractQuantities('They were promoted from Division Three in May.').map((q) => q.text)).toEqual(['May']);
    expect(extractQuantities('She told Radio Five that the line was closed.')).toEqual([]);
  });

  it('still reads a sentence opening with a number word, and one after a lower-case word', () => {
    expect(extractQuantities('The bridge shut. Three lorries were stuck.').map((q) => q.text)).toEqual(['Three lorries']);
    expect(extractQuantities('Officers said Three people were hurt.').map((q) => q.text)).toEqual(['Three people']);
  });
});

describe('extractQuantities: masses by their SI symbol (branch matching22)', () => {
  it.each([
    ['a harvest of 3.4Mt of wheat', { kind: 'measure', unit: 'megatonne', value: 3.4 }],
    ['a harvest of 3.4 Mt of wheat', { kind: 'measure', unit: 'megatonne', value: 3.4 }],
    ['shipped 650kt of iron ore', { kind: 'measure', unit: 'kilotonne', value: 650 }],
    ['emissions of 41 Gt a year', { kind: 'measure', unit: 'gigatonne', value: 41 }],
    ['2,500 kilotonnes of clinker', { kind: 'measure', unit: 'kilotonne', value: 2_500 }],
    ['a 15-megaton blast', { kind: 'measure', unit: 'megatonne', value: 15 }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads no megatonne in trade notation for metric tonnes or a mountain', () => {
    expect(extractQuantities('a cargo of 500 MT of steel').map((q) => q.unit)).not.toContain('megatonne');
    expect(extractQuantities('a cargo of 500mt of steel').map((q) => q.unit)).not.toContain('megatonne');
    expect(extractQuantities('the 2 Mt Kenya routes').map((q) => q.unit)).not.toContain('megatonne');
  });
});

describe('extractQuantities: decimals spoken aloud, tons their writer names (branch matching25)', () => {
  it.each([
    ['the count rose to two point four million walkers', { kind: 'count', value: 2_400_000 }],
    ['a loss of one point eight million pounds', { kind: 'money', unit: 'GBP', value: 1_800_000 }],
    ['the dunes moved three point two five metres', { kind: 'measure', unit: 'm', value: 3.25 }],
    ['inflation of two point five per cent', { kind: 'percent', value: 2.5 }],
    ['a cargo of 9,000 short tons of grain', { kind: 'measure', unit: 'short-ton', value: 9_000 }],
    ['a hull of 300 long tons', { kind: 'measure', unit: 'long-ton', value: 300 }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads no decimal where "point" is a noun: no scale or unit after its digit, or a comma between', () => {
    expect(extractQuantities('At one point four walkers were lost.').map((q) => q.value)).not.toContain(1.4);
    expect(extractQuantities('At one point, four walkers were lost.').map((q) => q.value)).not.toContain(1.4);
    expect(extractQuantities('It was her point two years ago.').map((q) => q.value)).not.toContain(0.2);
  });
});
