import { disagreementClaim, kindPairs } from '../testing/disagreements';
import type { DisagreementClaim } from './disagreements';

/** A claim with its source's name stems, as the pipeline gives them. */
function claim(index: number, text: string, sourceStems: string[]): DisagreementClaim {
  return { ...disagreementClaim(index, text), sourceStems };
}

describe("counts of -men plurals and of two owners' stocks (branch count19)", () => {
  it("sets two sources' counts of a -men plural against each other", () => {
    expect(
      kindPairs([
        claim(0, 'The ferry union said 130 boatmen had lost their licences since May.', ['ferri', 'union']),
        claim(1, 'The harbour authority said only 45 boatmen had lost their licences since May.', ['harbour', 'author']),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it("does not set a body's own stock against another named body's stock", () => {
    expect(
      kindPairs([
        claim(0, "The drivers' guild said 19 of the Varrow Transit Company's 160 linesmen were on strike.", ['driver', 'guild']),
        claim(1, 'The Osk Valley Power Board said three of its 35 linesmen were on strike.', ['osk', 'vallei', 'power', 'board']),
      ]),
    ).toEqual([]);
  });
});
