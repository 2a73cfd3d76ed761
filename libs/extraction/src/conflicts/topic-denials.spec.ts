import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: a denial naming the topic of the statement it denies (branch denial10)', () => {
  it('answers the statement of that topic seven sentences back, not the statements nearer', () => {
    const claims = [
      claim(0, 'The anglers said a dredger had dumped silt at the Vostrey sandbar in the night.'),
      claim(1, 'The anglers said the water had turned brown for a week.'),
      claim(2, 'The council said it had received 30 complaints about the smell.'),
      claim(3, 'The council said the harbour was busier than ever this summer.'),
      claim(4, 'Boat owners said moorings had doubled in price.'),
      claim(5, 'Boat owners said the slipway had been shut since May.'),
      claim(6, 'The anglers said the club had 400 members.'),
      claim(7, 'The dredging firm disputed the account of the Vostrey sandbar, saying its dredger had stayed in the channel all night.'),
    ];
    const found = denials(claims, 'AACCDDAB');
    expect(found).toContain('0-7');
    expect(found.filter((pair) => pair.endsWith('-7'))).toEqual(['0-7']);
  });

  it('matches a noun of the topic with the verb of the statement by stem ("the arrests" / "had been arrested")', () => {
    const claims = [
      claim(0, 'The police said two wardens had been arrested at the marina on Friday.'),
      claim(1, 'The police said the marina had been closed to visitors.'),
      claim(2, 'The wardens said the gates had been locked since noon.'),
      claim(3, 'The trust contradicted the account of the arrests, saying both wardens had gone home after being questioned.'),
    ];
    expect(denials(claims, 'AACB')).toContain('0-3');
  });

  it('reads no topic from a figure or a time after the statement noun', () => {
    const claims = [
      claim(0, 'The surveyors said 600 drivers a day ignored the signal on the bypass.'),
      claim(1, 'The surveyors said the bypass had four lanes.'),
      claim(2, 'Residents said the verges had been mown twice.'),
      claim(3, 'Residents said the lights had been repaired.'),
      claim(4, 'Cyclists said the lane was too narrow.'),
      claim(5, 'The highways office dismissed the report on Tuesday as guesswork.'),
    ];
    expect(denials(claims, 'AACCDB')).not.toContain('0-5');
  });

  it('reads "called the account of that meeting completely untrue" as a denial of the meeting told five sentences back', () => {
    const claims = [
      claim(0, 'The crew said the skipper had told them at a meeting on the quay that nobody would be paid for the storm days.'),
      claim(1, 'The crew said the trawler had stayed in port for nine days.'),
      claim(2, 'The harbour master said the quay had flooded twice.'),
      claim(3, 'The harbour master said the ice plant had broken down.'),
      claim(4, 'Buyers said prices at the auction had doubled.'),
      claim(5, "The owners called the crew's account of that meeting completely untrue."),
    ];
    expect(denials(claims, 'AACCDB')).toContain('0-5');
  });

  it('answers nothing far back tied by a place and "last" before a unit of time', () => {
    const claims = [
      claim(0, 'The porters said the laundry had cut their pay last year.'),
      claim(1, 'Visitors said the car park was full.'),
      claim(2, 'Visitors said the buses were late.'),
      claim(3, 'Visitors said the cafe had closed.'),
      claim(4, 'The trust said no porter had been hurt in the laundry last month.'),
    ];
    expect(denials(claims, 'ACCCB')).not.toContain('0-4');
  });
});
