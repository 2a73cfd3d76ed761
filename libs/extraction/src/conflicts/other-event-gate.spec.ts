import { findDisagreements } from './disagreements';
import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

/** The figure pairs `findDisagreements` finds, as "first-second" indexes; `letters` gives each claim's source. */
function figurePairs(claims: ReturnType<typeof claim>[], letters: string): string[] {
  return findDisagreements(claims, (a, b) => letters[a] === letters[b])
    .filter((found) => found.kind === 'figures')
    .map((found) => found.claims.join('-'));
}

describe('findDisagreements: the other-event gate (branch evt-gate)', () => {
  it('reads "last week" and an undated negation right after it as one event', () => {
    const claims = [
      claim(0, 'The tenants said the boiler in the basement had been switched off last week.'),
      claim(1, 'The landlord said the boiler in the basement had not been switched off.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('keeps "last month" apart from an undated negation of no period', () => {
    const claims = [
      claim(0, 'The tenants said the boiler in the basement had been switched off last month.'),
      claim(1, 'The landlord said the boiler in the basement had not been switched off.'),
    ];
    expect(denials(claims, 'AB')).not.toContain('0-1');
  });

  it('reads a negation since a year as holding "last month" and "last year"', () => {
    for (const when of ['last month', 'last year']) {
      const claims = [
        claim(0, `The crew said the lifeboat's engine had been serviced ${when}.`),
        claim(1, "The coastguard said the lifeboat's engine had not been serviced since 2019."),
      ];
      expect(denials(claims, 'AB')).toContain('0-1');
    }
  });

  it('reads a negation over years as holding "last year", a negation since a month not', () => {
    const over = [
      claim(0, "The crew said the lifeboat's engine had been serviced last year."),
      claim(1, "The coastguard said the lifeboat's engine had not been serviced for more than three years."),
    ];
    expect(denials(over, 'AB')).toContain('0-1');
    const sinceMonth = [
      claim(0, "The crew said the lifeboat's engine had been serviced last year."),
      claim(1, "The coastguard said the lifeboat's engine had not been serviced since August."),
    ];
    expect(denials(sinceMonth, 'AB')).not.toContain('0-1');
  });

  it('reads no other event in "earlier than" or in "a separate table"', () => {
    const earlier = [
      claim(0, 'The anglers said the sluice gates had been opened an hour earlier than the notice said.'),
      claim(1, 'The water board said the sluice gates had not been opened.'),
    ];
    expect(denials(earlier, 'AB')).toContain('0-1');
    const table = [
      claim(0, 'The auditors said the refunds to members had been left out of the accounts.'),
      claim(1, 'The club said the refunds to members had not been left out and were listed in a separate table.'),
    ];
    expect(denials(table, 'AB')).toContain('0-1');
  });

  it('reads a day of the week after a channel as the day of the statement', () => {
    const claims = [
      claim(0, 'The ramblers said in a post on social media on Sunday that the footpath across the estate was shut.'),
      claim(1, 'The estate said the footpath across the estate had not been shut at any point in April.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('sets two happenings dated by two days of the week apart, one day not', () => {
    const twoDays = [
      claim(0, 'On Saturday, a blaze at a boatyard killed one worker and injured two.'),
      claim(1, 'A fire at a paint works on Tuesday injured 14 workers.'),
    ];
    expect(figurePairs(twoDays, 'AB')).toEqual([]);
    const oneDay = [
      claim(0, 'On Saturday, a blaze at a boatyard killed one worker and injured two.'),
      claim(1, 'A fire at the boatyard on Saturday injured 14 workers.'),
    ];
    expect(figurePairs(oneDay, 'AB')).toEqual(['0-1']);
  });
});
