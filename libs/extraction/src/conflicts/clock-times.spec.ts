import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { clockTimesOf } from './clock-times';

function times(text: string) {
  return clockTimesOf(claimWords(text, tokenize(text), [])).map(({ interval, role, figure }) => ({ interval, role, figure }));
}

describe('clockTimesOf', () => {
  it('reads times of day in minutes after midnight, to the minute or the hour, in one token or split', () => {
    expect(times('The alarm sounded at 9.14pm on the ward.')).toEqual([{ interval: [1269, 1279], role: 'point', figure: 'at 9.14pm' }]);
    expect(times('The gates opened at 7 a.m. on Monday.')).toEqual([{ interval: [405, 435], role: 'point', figure: 'at 7 a.m' }]);
    expect(times('The first lorry was logged at 02:40 by the gatehouse.')).toEqual([
      { interval: [155, 165], role: 'point', figure: 'at 02:40' },
    ]);
    expect(times('The bell rang at 12.30am.')[0]!.interval).toEqual([25, 35]);
    expect(times('The trains ran until midnight.')).toEqual([{ interval: [-15, 15], role: 'end', figure: 'until midnight' }]);
  });

  it('reads what the time is of: an end ("until", a verb of stopping), a start ("from", "since"), or a happening', () => {
    expect(times('The band played until 1am.')[0]!.role).toBe('end');
    expect(times('The pumps were switched off at 10pm.')[0]!.role).toBe('end');
    expect(times('Deliveries arrived from 6am.')[0]!.role).toBe('start');
    // "did not arrive until 9.50pm" says when it arrived.
    expect(times('The engine did not arrive until 9.50pm.')[0]!.role).toBe('point');
    // (any contraction of "not", and "circa" as a hedge: the lexicon's lists)
    expect(times('The ferry couldn’t dock until 6.10am.')[0]!.role).toBe('point');
    expect(times('The hall shut circa 10pm.')[0]!.interval).toEqual([1290, 1350]);
    expect(times('The crew arrived at 9.22pm.')[0]!.role).toBe('point');
  });

  it('reads bounds and hedges as ranges, and no range ("between 9pm and 11pm") nor a bare number', () => {
    expect(times('The ship berthed shortly before 7.30am.')).toEqual([
      { interval: [420, 450], role: 'point', figure: 'shortly before 7.30am' },
    ]);
    expect(times('The ship berthed before 7.30am.')[0]!.interval).toEqual([-Infinity, 450]);
    expect(times('The ship berthed after 7.30am.')[0]!.interval).toEqual([450, Infinity]);
    expect(times('The ship berthed at about 7am.')[0]!.interval).toEqual([390, 450]);
    expect(times('Noise was heard between 9pm and 11pm.')).toEqual([]);
    expect(times('The score was 3:1 at the break and 9 players were booked.')).toEqual([]);
  });

  it("reads no time of day in an entry stamp opening a live page's or a timeline's entry", () => {
    expect(times('4:15 p.m. — The coastguard says the tanker has been towed clear.')).toEqual([]);
    expect(times('07:30 - The lifeboat crew report the tide turning.')).toEqual([]);
    // A time that opens the claim and is what it tells is still read.
    expect(times('At 4:15 p.m. the tanker was towed clear.')[0]!.figure).toBe('At 4:15 p.m');
  });
});
