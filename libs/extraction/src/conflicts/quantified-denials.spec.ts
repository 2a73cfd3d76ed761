import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

/** Claims of a third source about something else, standing between an assertion and its denial. */
const between = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => claim(from + k, `The ferry to Ostel Island ran to its winter timetable in week ${k + 1}.`));

describe('findDisagreements: a denial that none was done to, paragraphs on (branch denties13)', () => {
  it('answers an act told in other words by a passive quantified by "no"', () => {
    const claims = [
      claim(0, 'Two porters were sacked in March after they complained about the lifts, the union said.'),
      ...between(1, 5),
      claim(6, 'No employee had ever been dismissed for raising a complaint, the trust said.'),
    ];
    expect(denials(claims, 'ACCCCCB')).toContain('0-6');
  });

  it('answers "no one had been held back" after an account of marchers held', () => {
    const claims = [
      claim(0, 'Stewards said officers had held the cyclists at the bridge for two hours.'),
      ...between(1, 3),
      claim(4, 'No one had been held back at any point, the police said.'),
    ];
    expect(denials(claims, 'ACCCB')).toContain('0-4');
  });

  it('does not answer an act done to another thing than the one "no" names', () => {
    const claims = [
      claim(0, 'Officers seized 40 kilograms of cod at the harbour, the inspector said.'),
      ...between(1, 3),
      claim(4, 'No lorry was confiscated during the visit, the haulier said.'),
    ];
    expect(denials(claims, 'ACCCB')).not.toContain('0-4');
  });

  it('does not answer a forecast, nor deny with "not" alone what other words must tie', () => {
    const forecast = [
      claim(0, 'The company will sack 40 drivers next year, the union said.'),
      ...between(1, 3),
      claim(4, 'No driver has been dismissed, the company said.'),
    ];
    expect(denials(forecast, 'ACCCB')).not.toContain('0-4');
    const single = [
      claim(0, 'Officers seized 40 kilograms of cod at the harbour, the inspector said.'),
      ...between(1, 3),
      claim(4, 'The stall had not been seized, the trader said.'),
    ];
    expect(denials(single, 'ACCCB')).not.toContain('0-4');
  });

  it('leaves the act when a third source between tells it too', () => {
    const claims = [
      claim(0, 'Two porters were sacked in March after they complained about the lifts, the union said.'),
      claim(1, 'A cleaner was dismissed in May, a former manager said.'),
      ...between(2, 3),
      claim(5, 'No employee had ever been dismissed for raising a complaint, the trust said.'),
    ];
    expect(denials(claims, 'ADCCCB')).not.toContain('0-5');
  });
});
