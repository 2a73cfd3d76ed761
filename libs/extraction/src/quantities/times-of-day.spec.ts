import { dialMinutes, minutesAfterMidnight, timesOfDay } from './times-of-day';

function read(text: string) {
  return timesOfDay(text).map((time) => ({
    written: text.slice(time.start, time.end),
    after: minutesAfterMidnight(time),
    dial: dialMinutes(time),
    precise: time.precise,
  }));
}

describe('timesOfDay', () => {
  it('reads the 12-hour clock with the half of the day joined, spaced or dotted', () => {
    expect(read('The depot closed at 6.45pm and reopened at 5 a.m. today.')).toEqual([
      { written: '6.45pm', after: 18 * 60 + 45, dial: 6 * 60 + 45, precise: true },
      { written: '5 a.m.', after: 5 * 60, dial: 5 * 60, precise: false },
    ]);
    expect(read('Doors open at 12.15am.')[0]!.after).toBe(15);
    expect(read('Lunch is served from 12pm.')[0]!.after).toBe(12 * 60);
  });

  it('reads a two-digit hour with a colon as the 24-hour clock and a one-digit one as the dial only', () => {
    expect(read('The last train leaves at 23:40 hrs.')).toEqual([
      { written: '23:40 hrs', after: 23 * 60 + 40, dial: 11 * 60 + 40, precise: true },
    ]);
    expect(read('The ferry sails at 7:05 each day.')).toEqual([{ written: '7:05', after: null, dial: 7 * 60 + 5, precise: true }]);
  });

  it("leaves o'clock to its context and reads midnight and noon", () => {
    expect(read("The bells rang at eleven o'clock.")).toEqual([{ written: "eleven o'clock", after: null, dial: 11 * 60, precise: false }]);
    expect(read('Polls close at midnight; counting starts at noon.')).toEqual([
      { written: 'midnight', after: 0, dial: 12 * 60, precise: false },
      { written: 'noon', after: 12 * 60, dial: 12 * 60, precise: false },
    ]);
  });

  it('reads no time in scores, ratios, prices or counts', () => {
    expect(read('They won 3:1 after a 2-2 draw, paying £9.50 for 12 tickets at odds of 10:3.')).toEqual([]);
    expect(read("Forty o'clock is no time and 31:15 is none either.")).toEqual([]);
  });
});
