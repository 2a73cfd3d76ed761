import { findDisagreements } from './disagreements';
import { disagreementClaim as claim } from '../testing/disagreements';

/** The figure pairs `findDisagreements` finds, as "first-second" indexes; `letters` gives each claim's source. */
function figurePairs(claims: ReturnType<typeof claim>[], letters: string): string[] {
  return findDisagreements(claims, (a, b) => letters[a] === letters[b])
    .filter((found) => found.kind === 'figures')
    .map((found) => found.claims.join('-'));
}

describe('findDisagreements: a part against the whole (branch ties11)', () => {
  it("sets a change in a person's own territory apart from the town's", () => {
    const claims = [
      claim(0, 'The constabulary said thefts from cars rose 12 percent last year.'),
      claim(1, 'Councillor Ida Marsh said thefts from cars in her parish fell 5 percent last year.'),
    ];
    expect(figurePairs(claims, 'AB')).not.toContain('0-1');
  });

  it('still compares the two changes when neither names a part', () => {
    const claims = [
      claim(0, 'The constabulary said thefts from cars rose 12 percent last year.'),
      claim(1, 'Councillor Ida Marsh said thefts from cars fell 5 percent last year.'),
    ];
    expect(figurePairs(claims, 'AB')).toContain('0-1');
  });

  it('sets a share of a narrower noun apart from a share across the whole network', () => {
    const claims = [
      claim(0, 'The riders group said only 62% of night services had run on time.'),
      claim(1, 'The operator said 91% of its services across the network had run on time.'),
    ];
    expect(figurePairs(claims, 'AB')).not.toContain('0-1');
  });

  it('still compares the narrower noun when neither side speaks of the whole', () => {
    const claims = [
      claim(0, 'The riders group said only 62% of night services had run on time.'),
      claim(1, 'The operator said 91% of its services had run on time.'),
    ];
    expect(figurePairs(claims, 'AB')).toContain('0-1');
  });
});
