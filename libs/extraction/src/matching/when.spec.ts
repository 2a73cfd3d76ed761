import { packFigures, figuresConflict, sharesAmount } from './figures';
import { normaliseClaim } from './normalise';
import { findTimeFrames, TimeRelation, timeRelation, withFutureDates } from './when';

const frames = (text: string) => packFigures([], findTimeFrames(text));

describe('findTimeFrames', () => {
  it('reads a month or a year after a preposition of a point in time', () => {
    expect(findTimeFrames('In March, a storm cut power to 9,000 homes.')).toEqual(['month:3']);
    expect(findTimeFrames('The museum was robbed in 2019.')).toEqual(['year:2019']);
    expect(findTimeFrames('It was opened back in May 2024.')).toEqual(['month:5/year:2024', 'month:5=', 'season:spring/year:2024+']);
  });

  it('dates a period named by the two years it spans by its first, as "in 2027-28" is (version 21)', () => {
    expect(findTimeFrames('The league lost £4m in the 2024-25 season.')).toEqual(['year:2024']);
    expect(findTimeFrames('Fees rose during the 2023/24 academic year.')).toEqual(['year:2023']);
    expect(findTimeFrames('The ferry lost money in 2027-28.')).toEqual(['year:2027']);
    expect(findTimeFrames('The 2024-25 season was its best.')).toEqual([]);
  });

  it('leaves out a time "compared with" dates, up to 60 characters back (version 21)', () => {
    expect(findTimeFrames('Some 61.5 per cent of pupils passed, compared with 58.1 per cent at this stage last year.')).toEqual([]);
    expect(findTimeFrames('Some 61.5 per cent of pupils passed last year.')).toEqual(['last:year']);
  });

  it('reads a thing dated by "of" and a month with its year as that month, not a bare "of 2023" or "of May"', () => {
    expect(findTimeFrames('A survey of April 2022 had found cracks in the pier.')).toEqual(['month:4/year:2022']);
    expect(findTimeFrames('Surveyors found cracks in the pier in April 2022.')).toEqual([
      'month:4/year:2022',
      'month:4=',
      'season:spring/year:2022+',
    ]);
    expect(findTimeFrames('The pier had a budget of 2023 pounds.')).toEqual([]);
    expect(findTimeFrames('The third of May is a holiday.')).toEqual([]);
  });

  it('reads a season of a year, which a month of it restates, but not a month of winter, which spans two years', () => {
    expect(findTimeFrames('The record was set in the summer of 2003.')).toEqual(['season:summer/year:2003']);
    expect(findTimeFrames('The pier was repainted in autumn 2019.')).toEqual(['season:autumn/year:2019']);
    expect(findTimeFrames('The pier was repainted during the fall of 2019.')).toEqual(['season:autumn/year:2019']);
    expect(findTimeFrames('It froze in January 2010.')).toEqual(['month:1/year:2010', 'month:1=']);
    expect(timeRelation(frames('The record of 37.8C was set in August 2003.'), frames('The old high was set in the summer of 2003.'))).toBe(
      TimeRelation.same,
    );
    expect(timeRelation(frames('It was set in August 2003.'), frames('It was set in the winter of 2003.'))).toBe(TimeRelation.differs);
  });

  it('reads "since January" and "since the start of the year" as this year, not "since January 2024" (version 22)', () => {
    expect(findTimeFrames('Two ferries have sunk since January.')).toEqual(['this:year']);
    expect(findTimeFrames('Fares rose 8% since the start of the year.')).toEqual(['this:year']);
    expect(findTimeFrames('Two ferries have sunk since January 2024.')).toEqual([]);
    expect(findTimeFrames('Two ferries have sunk since April.')).toEqual([]);
    expect(timeRelation(frames('Nine shops have shut since January.'), frames('Nine shops have shut so far this year.'))).toBe(
      TimeRelation.same,
    );
  });

  it('reads a period named by an event or a part and its year ("in the floods of 2019"), not a season (version 22)', () => {
    expect(findTimeFrames('In the floods of 2019, the river rose by 3 metres.')).toEqual(['year:2019']);
    expect(findTimeFrames('Sales fell in the first half of 2025.')).toEqual(['year:2025']);
    expect(findTimeFrames('It was dry in the summer of 2018.')).toEqual(['season:summer/year:2018']);
    expect(timeRelation(frames('In the floods of 2019, the river rose by 3 metres.'), frames('The river has risen by 3 metres.'))).toBe(
      TimeRelation.differs,
    );
  });

  it('reads "last year", "last winter" and years ago', () => {
    expect(findTimeFrames("Last year's drought cost farmers 12 million euros.")).toEqual(['last:year']);
    expect(findTimeFrames('40 operations were cancelled last winter.')).toEqual(['last:winter']);
    expect(findTimeFrames('A smaller storm damaged 250 homes two years ago.')).toEqual(['ago:2year']);
  });

  it('reads "a week earlier" and "three days before," as another event\'s time, not "ago", "a week before the vote" nor "earlier than usual" (branch matching37)', () => {
    expect(findTimeFrames("Tarrow City's own semi-final a week earlier drew 4,210 spectators.")).toEqual(['earlier:1week']);
    expect(findTimeFrames('Three days before, the same pump had failed.')).toEqual(['earlier:3day']);
    expect(findTimeFrames('The pump failed two weeks ago.')).toEqual([]);
    expect(findTimeFrames('The pump failed a week before the vote.')).toEqual([]);
    expect(findTimeFrames('The jury sat for two days before convicting him.')).toEqual([]);
    expect(findTimeFrames('The season started about three weeks earlier than usual.')).toEqual([]);
  });

  it('leaves out a year of birth, which is no time of the claim (branch matching37)', () => {
    expect(findTimeFrames('Orla Brennick, born in 1958, died on Sunday.')).toEqual([]);
    expect(findTimeFrames('She was born in Tulle in 1958 and moved to Lyon in 1980.')).toEqual(['year:1980']);
  });

  it('reads "during the 2016 flood", but not a year compared with nor "in the 2016 election"', () => {
    expect(findTimeFrames('During the 2016 flood, the river rose 4 metres.')).toEqual(['year:2016']);
    expect(findTimeFrames('The river rose 4 metres during the 1998 floods.')).toEqual(['year:1998']);
    expect(findTimeFrames('It rose higher than during the 2016 flood.')).toEqual([]);
    expect(findTimeFrames('She won more votes than her rival in the 2016 election.')).toEqual([]);
    expect(findTimeFrames('During the 2,016 hours of the strike, no trains ran.')).toEqual([]);
  });

  it('reads no frame of the time a figure is compared with in other words ("in comparison with the last year", "as against")', () => {
    expect(findTimeFrames('Output will fall by 41 percent in comparison with the last year.')).toEqual([]);
    expect(findTimeFrames('Sales rose 8% as against 2023.')).toEqual([]);
    expect(findTimeFrames('Output fell by 41 percent last year.')).toEqual(['last:year']);
  });

  it('reads a fronted scope wider than the story\'s own ("Nationally, …") as a frame of its own', () => {
    expect(findTimeFrames('Nationally, bus fares rose by 6%.')).toEqual(['scope:nationally']);
    expect(findTimeFrames('Fares rose. Across the country, fares rose by 6%.')).toEqual(['scope:across the country']);
    expect(findTimeFrames('Elsewhere, two ferries were cancelled.')).toEqual(['scope:elsewhere']);
    expect(findTimeFrames('The union has 900 members nationwide.')).toEqual([]);
    expect(findTimeFrames('In the capital, Ostrel, cyclist deaths rose by 6%.')).toEqual(['scope:in the capital, ostrel']);
    expect(findTimeFrames('In neighbouring Varsk, 300 people were killed.')).toEqual(['scope:in neighbouring varsk']);
    expect(findTimeFrames('In neighbouring Vellby Marsh, 300 people were killed.')).toEqual(['scope:in neighbouring vellby marsh']);
    expect(findTimeFrames('In the capital, Port Ostrel, cyclist deaths rose.')).toEqual(['scope:in the capital, port ostrel']);
    expect(findTimeFrames('In the capital of the region, fares rose.')).toEqual([]);
    // A neighbour or rival as the subject: another body told for comparison.
    expect(findTimeFrames('Neighbours Orbury Town reported gate receipts up 12%.')).toEqual(['scope:neighbour']);
    expect(findTimeFrames('Fares rose. Rivals Kestel Coaches cut theirs.')).toEqual(['scope:neighbour']);
    expect(findTimeFrames('Rivals cut their fares.')).toEqual([]);
    expect(findTimeFrames('Our neighbours Orbury Town agree.')).toEqual([]);
    expect(
      timeRelation(packFigures([], findTimeFrames('Nationally, fares rose by 6%.')), packFigures([], findTimeFrames('Fares rose by 6%.'))),
    ).toBe(TimeRelation.differs);
  });

  it('leaves out spans, weekdays, the modal "may" and the recent past', () => {
    expect(findTimeFrames('Kettles sold between March 2024 and January 2026 are affected.')).toEqual([]);
    expect(findTimeFrames('He moved the money from 2017 to 2023.')).toEqual([]);
    expect(findTimeFrames('A third have fled since the siege began in August.')).toEqual([]);
    expect(findTimeFrames('The toll may rise, officials said on Sunday.')).toEqual([]);
    expect(findTimeFrames('The bakeries shut three weeks ago.')).toEqual([]);
  });

  it('leaves out the time of a figure set beside the claim\'s after ", against"', () => {
    expect(findTimeFrames('They won nearly 41% of votes, against 33.5% at the previous election two years ago.')).toEqual([]);
    expect(findTimeFrames('The mill closed in 2019 against the wishes of its staff.')).toEqual(['year:2019']);
  });

  it('leaves out the time of a figure compared with', () => {
    expect(findTimeFrames('Deaths fell to 40, down from 3,000 in 2019.')).toEqual([]);
    expect(findTimeFrames('Sales rose to 900, up from 700 a year earlier.')).toEqual([]);
    expect(findTimeFrames("Turnout was twice last year's figure.")).toEqual([]);
    expect(findTimeFrames('More were killed than in 2019.')).toEqual([]);
    expect(findTimeFrames('1,323 refugees crossed from Chile in 1996.')).toEqual(['year:1996']);
    expect(findTimeFrames('Peru took in 1912 people in 2013.')).toEqual(['year:2013']);
    expect(findTimeFrames("Last year's drought cost farmers 12 million euros.")).toEqual(['last:year']);
    expect(findTimeFrames('Sixty were killed, the same number as in the previous year.')).toEqual([]);
    expect(findTimeFrames('As many people died as in 2019.')).toEqual([]);
    expect(findTimeFrames('The same firm cut jobs as well in 2019.')).toEqual(['year:2019']);
    expect(findTimeFrames('Canal tolls raised £3.2m, up 7.5% on a year earlier.')).toEqual([]);
    expect(findTimeFrames('Bookings rose 4% on the previous year.')).toEqual([]);
    expect(findTimeFrames('The lock reopened on a Sunday two years ago.')).toEqual(['ago:2year']);
  });
});

describe('timeRelation', () => {
  const pack = (...frames: string[]) => packFigures([], frames);
  it('is the same when neither states a time frame or both share one', () => {
    expect(timeRelation(pack(), pack())).toBe(TimeRelation.same);
    expect(timeRelation(pack('month:3'), pack('year:2025', 'month:3'))).toBe(TimeRelation.same);
  });

  it('differs when only one states a time frame or they share none', () => {
    expect(timeRelation(pack('last:year'), pack())).toBe(TimeRelation.differs);
    expect(timeRelation(pack(), pack('month:5'))).toBe(TimeRelation.differs);
    expect(timeRelation(pack('year:2019'), pack('year:2021'))).toBe(TimeRelation.differs);
  });

  it('meets a month told with its year and the same month told without one, but not two months of other years', () => {
    expect(timeRelation(frames('The board voted 6 to 3 in May 2026.'), frames('The board backed it by six votes to three in May.'))).toBe(
      TimeRelation.same,
    );
    expect(timeRelation(frames('The board voted 6 to 3 in May 2026.'), frames('The board voted 6 to 3 in May 2025.'))).toBe(
      TimeRelation.differs,
    );
    expect(timeRelation(frames('The board voted 6 to 3 in May 2026.'), frames('The board voted 6 to 3 in June.'))).toBe(
      TimeRelation.differs,
    );
    // A date told as future is not the month told plainly ("will reopen in May 2031" / "shut in May").
    expect(timeRelation(frames('The depot will reopen in May 2031.'), frames('The depot shut in May.'))).toBe(TimeRelation.differs);
    // The season of a month stays that month's: "in August 2011" still meets "in the summer of 2011".
    expect(timeRelation(frames('Rain fell in August 2011.'), frames('Rain fell in the summer of 2011.'))).toBe(TimeRelation.same);
  });

  it('weighs the season read from a month as the month: left out against no time when one amount of 100 or more agrees', () => {
    const dated = packFigures(normaliseClaim('The average bill was £1,508 in October 2026, 4% lower than a year earlier.').figures, [
      ...findTimeFrames('The average bill was £1,508 in October 2026, 4% lower than a year earlier.'),
    ]);
    const undated = packFigures(normaliseClaim('Typical bills fell 4% in a year to £1,508.').figures, []);
    expect(timeRelation(dated, undated, sharesAmount)).toBe(TimeRelation.same);
    expect(timeRelation(dated, undated)).toBe(TimeRelation.differs);
  });

  it('leaves out a month against no time when a share and another figure agree (a share and its change in points)', () => {
    const levels = 'Backing for the bypass rose from 36% in April to 44% in October.';
    const points = 'Backing for the bypass has climbed eight points since April, to 44 per cent.';
    const pack = (text: string) => packFigures(normaliseClaim(text).figures, findTimeFrames(text));
    expect(timeRelation(pack(levels), pack(points), sharesAmount)).toBe(TimeRelation.same);
    // One share alone in a month is another time ("38% in March").
    expect(timeRelation(pack('Backing for the bypass was 44% in October.'), pack('Backing for the bypass is 44%.'), sharesAmount)).toBe(
      TimeRelation.differs,
    );
  });

  it('is the same for a date against only a time back from the article\'s own ("in 2025" / "last year")', () => {
    expect(timeRelation(pack('year:2025'), pack('last:year'))).toBe(TimeRelation.same);
    expect(timeRelation(pack('ago:2year'), pack('month:5/year:2024'))).toBe(TimeRelation.same);
    expect(timeRelation(pack('year:2025', 'last:year'), pack('year:2019'))).toBe(TimeRelation.differs);
    expect(timeRelation(pack('scope:nationally'), pack('last:year'))).toBe(TimeRelation.differs);
  });

  it('reads a season without its year as one no month nor its absence contradicts, another season as another time', () => {
    expect(findTimeFrames('The ferry line was sold during the autumn.')).toEqual(['season:autumn']);
    expect(findTimeFrames('The ferry line was sold in the summer of 2019.')).toEqual(['season:summer/year:2019']);
    const autumn = packFigures([], findTimeFrames('The ferry line was sold during the autumn.'));
    expect(timeRelation(autumn, pack('month:10'))).toBe(TimeRelation.same);
    expect(timeRelation(autumn, pack())).toBe(TimeRelation.same);
    expect(timeRelation(autumn, packFigures([], findTimeFrames('It was sold in the spring.')))).toBe(TimeRelation.differs);
  });

  it('reads a date in a relative clause as vague: it meets the same date and no date, not another date told plainly', () => {
    const frames = findTimeFrames('A dam that partly failed in March 2024 will be rebuilt.');
    expect(frames).toEqual(['month:3/year:2024~', 'season:spring/year:2024~']);
    const relative = packFigures([], frames);
    expect(timeRelation(relative, pack())).toBe(TimeRelation.same);
    expect(timeRelation(relative, pack('month:3/year:2024'))).toBe(TimeRelation.same);
    expect(timeRelation(relative, pack('year:2025', 'month:6'))).toBe(TimeRelation.same);
    expect(findTimeFrames('The dam failed in March 2024.')[0]).toBe('month:3/year:2024');
    expect(findTimeFrames('The agency said that in March 2024 the dam failed.')[0]).toBe('month:3/year:2024');
  });

  it('reads "next year" as a time forward, which a date told as future restates and no time does not contradict', () => {
    expect(findTimeFrames('The tram depot will reopen next year.')).toEqual(['next:year']);
    expect(findTimeFrames('Fares will rise in the coming year.')).toEqual(['next:year']);
    expect(findTimeFrames('The depot will reopen next month.')).toEqual([]);
    const next = packFigures([], findTimeFrames('The tram depot will reopen next year.'));
    expect(timeRelation(next, pack('year:2031^'))).toBe(TimeRelation.same);
    expect(timeRelation(next, pack('month:4/year:2031^'))).toBe(TimeRelation.same);
    expect(timeRelation(next, pack())).toBe(TimeRelation.same);
    expect(timeRelation(next, packFigures([], findTimeFrames('The depot was shut in the spring.')))).toBe(TimeRelation.differs);
  });

  it('reads a deadline ("by 2031", "by the 2030-31 fiscal year", "by May 2031") as its date, kind deadline', () => {
    expect(findTimeFrames('The deficit should fall to 2% by 2031.')).toEqual(['year:2031>']);
    expect(findTimeFrames('The deficit should fall to 2% by the 2030-31 fiscal year.')).toEqual(['year:2030>']);
    expect(findTimeFrames('The pier will be finished by May 2031.')).toEqual(['month:5/year:2031>', 'year:2031>']);
    expect(findTimeFrames('The pier will be finished by the end of May 2031.')).toEqual(['month:5/year:2031^', 'year:2031>']);
    expect(findTimeFrames('Staff numbers were cut by 1950 posts.')).toEqual([]);
    const by = (text: string) => packFigures([], findTimeFrames(text));
    expect(timeRelation(by('The deficit should fall to 2% by 2031.'), by('The deficit is forecast at 2% in 2031.'))).toBe(
      TimeRelation.same,
    );
    expect(timeRelation(by('The deficit should fall to 2% by 2031.'), by('The deficit should fall to 2%.'))).toBe(TimeRelation.same);
    expect(timeRelation(by('The pier will be finished by May 2031.'), by('The pier will be finished by the end of 2031.'))).toBe(
      TimeRelation.same,
    );
    expect(timeRelation(by('The deficit should fall to 2% by 2031.'), by('The deficit should fall to 2% by 2026.'))).toBe(
      TimeRelation.differs,
    );
  });

  it('tells a date as future by the claim\'s tense or modality, and weighs "next year" only against such a date', () => {
    expect(findTimeFrames('Ferry crossings will rise by 5% in 2028.')).toEqual(['year:2028^']);
    expect(findTimeFrames('Ferry crossings are expected to rise by 5% in 2028.')).toEqual(['year:2028^']);
    expect(findTimeFrames('The port plans to add two berths in 2028.')).toEqual(['year:2028^']);
    expect(findTimeFrames('Ferry crossings rose by 5% in 2028.')).toEqual(['year:2028']);
    expect(findTimeFrames('Ferry crossings would have risen by 5% in 2028.')).toEqual(['year:2028']);
    const forecast = frames('Ferry crossings are forecast to rise by 5% next year.');
    expect(timeRelation(forecast, frames('Ferry crossings will rise by 5% in 2028.'))).toBe(TimeRelation.same);
    expect(timeRelation(forecast, frames('Ferry crossings rose by 5% in 2024.'))).toBe(TimeRelation.differs);
    expect(timeRelation(forecast, frames('Ferry crossings rose by 5% last year.'))).toBe(TimeRelation.differs);
    expect(timeRelation(forecast, frames('Ferry crossings will rise by 5%.'))).toBe(TimeRelation.same);
    expect(timeRelation(forecast, frames('Ferry crossings will rise by 5% in the coming year.'))).toBe(TimeRelation.same);
    // A date told as future is no time back from the article's own.
    expect(timeRelation(frames('Ferry crossings will rise by 5% in 2028.'), frames('Ferry crossings rose by 5% last year.'))).toBe(
      TimeRelation.differs,
    );
  });

  it('ends a deadline at its date: the same date meets it, another date before or after it does not', () => {
    const deadline = frames('The port aims to handle 40,000 lorries a year by 2032.');
    expect(timeRelation(deadline, frames('The port will handle 40,000 lorries a year in 2032.'))).toBe(TimeRelation.same);
    expect(timeRelation(deadline, frames('The port aims to handle 40,000 lorries a year.'))).toBe(TimeRelation.same);
    expect(timeRelation(deadline, frames('The port handled 40,000 lorries in 2018.'))).toBe(TimeRelation.differs);
    expect(timeRelation(deadline, frames('A second terminal would handle 40,000 lorries a year in 2035.'))).toBe(TimeRelation.differs);
    expect(timeRelation(deadline, frames('The port expects 40,000 lorries next year.'))).toBe(TimeRelation.differs);
  });

  it('reads "by the end of next year" as a deadline told forward, which a deadline of a year may restate', () => {
    expect(findTimeFrames('The mill will close 80 looms by the end of next year.')).toEqual(['next:year>']);
    expect(findTimeFrames('The mill will close 80 looms by next year.')).toEqual(['next:year>']);
    expect(findTimeFrames('The mill will close 80 looms next year.')).toEqual(['next:year']);
    const relative = frames('The mill is to close 80 looms by the end of next year.');
    expect(timeRelation(relative, frames('The mill will shut 80 looms by the end of 2031.'))).toBe(TimeRelation.same);
    expect(timeRelation(frames('The mill will shut 80 looms by the end of 2031.'), relative)).toBe(TimeRelation.same);
    expect(timeRelation(relative, frames('The mill will shut 80 looms next year.'))).toBe(TimeRelation.same);
    // Not a year told as past nor a time back.
    expect(timeRelation(relative, frames('The mill shut 80 looms in 2019.'))).toBe(TimeRelation.differs);
    expect(timeRelation(relative, frames('The mill shut 80 looms last year.'))).toBe(TimeRelation.differs);
  });

  it('tells a plain date later than every year the article tells as past as future (withFutureDates)', () => {
    const texts = [
      'The ferry company carried 1.2 million passengers in 2023 and 1.1 million in 2022.',
      'The new ferry enters service in 2026 on the island route.',
      'Fares rose by 8% in 2024, the company reported.',
      'The second ferry enters service in 2024.',
      'Its fleet of six vessels is based at the old harbour.',
    ];
    expect(withFutureDates(texts.map(findTimeFrames), texts)).toEqual([
      ['year:2023', 'year:2022'],
      ['year:2026^'],
      ['year:2024'],
      ['year:2024'],
      [],
    ]);
    // Told alone, or where the article tells no past year, a plain date stays as it is.
    expect(withFutureDates([['year:2026']], ['The new ferry enters service in 2026.'])).toEqual([['year:2026']]);
    // "a disused pier" is no past verb, "it added" no past fact.
    const added = ['Landings fell by 4% in 2025.', 'Work on a disused pier starts in 2027, it added.'];
    expect(withFutureDates(added.map(findTimeFrames), added)[1]).toEqual(['year:2027^']);
  });

  it('reads "this year" as the article\'s own year: a date meets it, last year and next year do not', () => {
    expect(findTimeFrames('Ticket sales rose by 12% this year.')).toEqual(['this:year']);
    expect(findTimeFrames("Ticket sales beat this year's target.")).toEqual([]);
    const current = frames('Ticket sales rose by 12% this year.');
    expect(timeRelation(current, frames('Ticket sales rose by 12% in 2029.'))).toBe(TimeRelation.same);
    expect(timeRelation(current, frames('Ticket sales rose by 12% last year.'))).toBe(TimeRelation.differs);
    expect(timeRelation(current, frames('Ticket sales will rise by 12% next year.'))).toBe(TimeRelation.differs);
    expect(timeRelation(frames('Ticket sales will rise by 12% this year.'), frames('Ticket sales will rise by 12% in 2029.'))).toBe(
      TimeRelation.same,
    );
  });

  it('is no figure conflict: another time is weighed, not ruled out', () => {
    expect(figuresConflict(pack('year:2019'), pack('year:2021'))).toBe(false);
  });
});

describe('findTimeFrames: split-year periods and changes measured against a time', () => {
  it('dates a period named by two years with a slash, a campaign or a term, by its first year', () => {
    expect(findTimeFrames('Crowds were a record over the 2031/32 campaign.')).toEqual(['year:2031']);
    expect(findTimeFrames('Fees rose in the 2031-32 term.')).toEqual(['year:2031']);
  });

  it('reads "<figure> <unit> on a year earlier" as what a change is measured against', () => {
    expect(findTimeFrames('Sales were up 3.1 per cent on a year earlier.')).toEqual([]);
    expect(findTimeFrames('Sales were up 3.1 percent on the previous year.')).toEqual([]);
  });
});

describe('timeRelation: a month against no time (branch matching28)', () => {
  const packed = (text: string) => packFigures(normaliseClaim(text).figures, findTimeFrames(text));
  const sameAmount = (a: Float64Array, b: Float64Array) => sharesAmount(a, b);

  it('takes a month one side dates its claim by, the other telling no time, as the same time when one uncommon amount is on both', () => {
    const dated = packed('By the end of October 2026, 4,312 tenants were still waiting for repairs.');
    const undated = packed('Some 4,300 tenants are still waiting for repairs.');
    expect(timeRelation(dated, undated, sameAmount)).toBe(TimeRelation.same);
    expect(timeRelation(undated, dated, sameAmount)).toBe(TimeRelation.same);
    expect(timeRelation(dated, undated)).toBe(TimeRelation.differs); // no amount test given: as before
  });

  it('keeps a month another time with a small count, another amount or a year on the other side', () => {
    expect(timeRelation(packed('In May 19 kettles caught fire.'), packed('Nineteen kettles caught fire.'), sameAmount)).toBe(
      TimeRelation.differs,
    );
    expect(timeRelation(packed('In May 812 kettles were recalled.'), packed('Some 640 kettles were recalled.'), sameAmount)).toBe(
      TimeRelation.differs,
    );
    expect(timeRelation(packed('In May 812 kettles were recalled.'), packed('In 2019, 812 kettles were recalled.'), sameAmount)).toBe(
      TimeRelation.differs,
    );
  });
});

describe('a month that dates the telling of a future claim', () => {
  it('is no future date, fronted or after the speech verb', () => {
    expect(findTimeFrames('In March 2027 the trust told councillors that 40 beds would close.')).toEqual([
      'month:3/year:2027',
      'month:3=',
      'season:spring/year:2027+',
    ]);
    expect(findTimeFrames('Forty beds will close, the trust told councillors in March.')).toEqual(['month:3']);
  });

  it('stays future when the month is what the claim tells of', () => {
    expect(findTimeFrames('In March 2027 forty beds will close, the trust said.')).toEqual([
      'month:3/year:2027^',
      'month:3=',
      'season:spring/year:2027+^',
    ]);
    expect(findTimeFrames('The trust said forty beds would close in March.')).toEqual(['month:3^']);
  });

  it('is not made future by a later year than the article tells as past', () => {
    const texts = ['Admissions fell 4% in 2025.', 'In March 2027 the trust told councillors that 40 beds would close.'];
    expect(withFutureDates(texts.map(findTimeFrames), texts)[1]).toEqual(['month:3/year:2027', 'month:3=', 'season:spring/year:2027+']);
  });
});

describe('a year that modifies a noun (branch matching34)', () => {
  const packed = (text: string) => {
    const claim = normaliseClaim(text);
    return packFigures(claim.figures, claim.timeFrames);
  };

  it('is the time the other side dates its clause by, not another time', () => {
    expect(timeRelation(packed('Bookings for 2031 entry were down 12 per cent.'), packed('Bookings to start in 2031 fell by 12%.'))).toBe(
      TimeRelation.same,
    );
    expect(timeRelation(packed('Bookings for 2031 entry were down 12 per cent.'), packed('Bookings fell by 12% in 2029.'))).toBe(
      TimeRelation.differs,
    );
  });
});

describe('a year named by the month it ends in (branch matching36)', () => {
  it('dates "the year to August 2031" by its first year, as "2030-31" is; a year to December by its own', () => {
    expect(findTimeFrames('The opera company lost £3m in the year to August 2031.')).toEqual(['year:2030']);
    expect(findTimeFrames('Sales fell in the 12 months to March 2027.')).toEqual(['year:2026']);
    expect(findTimeFrames('Its deficit for the financial year ended 31 March 2027 was £8m.')).toEqual(['year:2026']);
    expect(findTimeFrames('Profit rose in the year to December 2027.')).toEqual(['year:2027']);
    expect(findTimeFrames('Sales were £9m, down from £11m in the year to June 2026.')).toEqual([]);
  });

  it('reads the year as the first year of the period, so that "2030-31" restates it', () => {
    const a = normaliseClaim('The opera company lost £3.7m in the year to August 2031.');
    const b = normaliseClaim('The opera company made a loss of £3.7m in 2030-31.');
    expect(a.numbers).toContain('2030');
    expect(figuresConflict(packFigures(a.figures, a.timeFrames), packFigures(b.figures, b.timeFrames))).toBe(false);
    expect(timeRelation(packFigures(a.figures, a.timeFrames), packFigures(b.figures, b.timeFrames))).toBe(TimeRelation.same);
    const other = normaliseClaim('The opera company made a loss of £3.7m in 2031-32.');
    expect(figuresConflict(packFigures(a.figures, a.timeFrames), packFigures(other.figures, other.timeFrames))).toBe(true);
  });
});

describe('a rival set before the claim (branch matching36)', () => {
  it('reads "At the rival X, …" as another body, which a time both tell does not make the same', () => {
    expect(findTimeFrames('At the rival Quorvale bakery, sales rose 4% in 2027.')).toEqual(['year:2027', 'scope:neighbour']);
    const own = frames('Sales rose 4% in 2027.');
    const rival = frames('At the rival Quorvale bakery, sales rose 4% in 2027.');
    expect(timeRelation(own, rival)).toBe(TimeRelation.differs);
    expect(timeRelation(rival, frames('At the rival Quorvale bakery, sales rose 4% in 2027 too.'))).toBe(TimeRelation.same);
  });
});
