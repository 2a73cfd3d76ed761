import { disagreementClaim, kindPairs, measuredIn } from '../testing/disagreements';

describe('the doers of an act against a count said to do it (branch pair17)', () => {
  it('counts crew by head after a number, as staff are counted', () => {
    expect(measuredIn('About 2,400 ground crew walked out at dawn.').map((m) => `${m.key} ${m.figure}`)).toEqual([
      'count:crew About 2,400 ground crew',
    ]);
    expect(measuredIn('Fewer than 90 crew were on board.').map((m) => m.key)).toEqual(['count:crew']);
    expect(measuredIn('The crew of the trawler was rescued.')).toEqual([]);
  });

  it('reads what a count did, in the active voice only', () => {
    expect(measuredIn('About 2,400 ground crew walked out at dawn.')[0]!.doers).toEqual(['walkout']);
    expect(measuredIn('Some 380 tenants had signed the letter.')[0]!.doers).toEqual(['sign']);
    expect(measuredIn('The survey found 75 people sleeping in vans.')[0]!.doers).toEqual(['sleep']);
    expect(measuredIn('About 600 residents were moved out of the tower.')[0]!.doers).toBeUndefined();
    expect(measuredIn('Some 300 families had been evacuated.')[0]!.doers).toBeUndefined();
  });

  it('compares strikers with the workers said to walk out in the sentence before', () => {
    expect(
      kindPairs([
        disagreementClaim(0, 'About 2,400 ground crew walked out at dawn, the union said.'),
        disagreementClaim(1, 'The airline said about 1,300 strikers had stayed away at dawn.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      kindPairs([
        disagreementClaim(0, 'Some 5,000 farmers marched through the capital on Friday.'),
        disagreementClaim(1, 'The police counted 1,800 marchers.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares people said to sleep rough with rough sleepers, the adverb no qualifier of one side', () => {
    expect(
      kindPairs([
        disagreementClaim(0, 'The city count found 230 people sleeping rough in March.'),
        disagreementClaim(1, 'The charity found 510 rough sleepers that month.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('leaves compatible counts, counts far apart and acts done to the count alone', () => {
    expect(
      kindPairs([
        disagreementClaim(0, 'About 2,400 ground crew walked out at dawn, the union said.'),
        disagreementClaim(1, 'The airline said more than 2,000 strikers had stayed away at dawn.'),
      ]),
    ).toEqual([]);
    expect(
      kindPairs([
        disagreementClaim(0, 'The city count found 230 people sleeping rough in March.', 0),
        disagreementClaim(1, 'The charity found 510 rough sleepers that month.', 6),
      ]),
    ).toEqual([]);
    expect(
      kindPairs([
        disagreementClaim(0, 'The haulier employed 300 drivers at the depot.'),
        disagreementClaim(1, 'The union said 40 employers had signed the agreement.'),
      ]),
    ).toEqual([]);
  });

  it('reads a source described as bordering a named place as a neighbour of the story', () => {
    const story = 'The council said 410 people were sleeping rough in Vardholm on the night of the survey.';
    expect(
      kindPairs([
        disagreementClaim(0, story),
        disagreementClaim(1, 'The Quillby council, which borders Vardholm, said it had found 95 people sleeping rough that night.'),
      ]),
    ).toEqual([]);
    expect(
      kindPairs([
        disagreementClaim(0, story),
        disagreementClaim(1, 'The Quillby charity, which works in Vardholm, said it had found 95 people sleeping rough that night.'),
      ]),
    ).toEqual(['figures:0-1']);
  });
});
