import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: a denial naming the kind of statement it denies (branch denial-kinds)', () => {
  it('answers the pledge, not the count said between', () => {
    const claims = [
      claim(0, 'The mayor said the ferry firm had pledged in 2022 to run a sailing every hour.'),
      claim(1, 'Only 9 of the 14 daily sailings ran on time last month, the mayor said.'),
      claim(2, 'The ferry firm denied making any such pledge, saying it had promised only 10 sailings a day.'),
    ];
    const found = denials(claims, 'AAB');
    expect(found).toContain('0-2');
    expect(found).not.toContain('1-2');
  });

  it('answers a warning three sentences back, not the counts nearer', () => {
    const claims = [
      claim(0, 'Beekeepers warned that the spraying would wipe out the hives in the valley.'),
      claim(1, 'The beekeepers said 40 hives had already been lost.'),
      claim(2, 'Their chairman said 12 keepers had given up since the spring.'),
      claim(3, 'The estate rejected that warning as alarmist.'),
    ];
    const found = denials(claims, 'AAAB');
    expect(found).toContain('0-3');
    expect(found).not.toContain('1-3');
    expect(found).not.toContain('2-3');
  });

  it('pairs a disputed forecast and a denied offer each with its own statement', () => {
    const claims = [
      claim(0, 'The guild forecast that visitor numbers at the museum would climb to 80,000 next year.'),
      claim(1, 'The guild said the museum had offered curators a one-off payment of £900 in May.'),
      claim(2, 'The director disputed the forecast, saying visitor numbers had fallen to 52,000 last year.'),
      claim(3, 'She said no such offer had been made to the curators.'),
    ];
    const found = denials(claims, 'AABB');
    expect(found).toContain('0-2');
    expect(found).toContain('1-3');
    expect(found).not.toContain('1-2');
    expect(found).not.toContain('0-3');
  });

  it('answers the statement naming the thing said never to have been (no such rise), not the one right before', () => {
    const claims = [
      claim(0, 'The growers said the depot had agreed a rise of 6p a crate in the spring.'),
      claim(1, 'The growers said they had written to the depot twice since June.'),
      claim(2, 'The depot said no such rise had been agreed.'),
    ];
    const found = denials(claims, 'AAB');
    expect(found).toContain('0-2');
    expect(found).not.toContain('1-2');
  });
});
