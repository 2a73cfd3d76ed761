import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: an assertion paragraphs after a negation, a report named far back (branch ties17)', () => {
  it('answers a negated statement of fact with the act done, told paragraphs later by another source', () => {
    const claims = [
      claim(0, 'The inspectors said the lifts at the Carrow tower had not been serviced for three years.'),
      claim(1, 'The inspectors said the stairwell lights were broken.'),
      claim(2, 'Tenants said the lobby had flooded twice.'),
      claim(3, 'The inspectors said the fire alarm worked.'),
      claim(4, 'The landlord said the lifts had been serviced last year.'),
    ];
    expect(denials(claims, 'AACAB')).toContain('4-0');
  });

  it('leaves it when a third source between speaks of the same thing', () => {
    const claims = [
      claim(0, 'The inspectors said the lifts at the Carrow tower had not been serviced for three years.'),
      claim(1, 'The inspectors said the stairwell lights were broken.'),
      claim(2, 'Tenants said an engineer had serviced the lifts last summer.'),
      claim(3, 'The inspectors said the fire alarm worked.'),
      claim(4, 'The landlord said the lifts had been serviced last year.'),
    ];
    expect(denials(claims, 'AACAB')).not.toContain('4-0');
  });

  it('reads no denial of what describes who the negation speaks of ("no injured horse had been allowed to run")', () => {
    const claims = [
      claim(0, 'The stewards said no injured horse had ever been allowed to run at the Lessing course.'),
      claim(1, 'The stewards said the going was soft.'),
      claim(2, 'The stewards said the stands were full.'),
      claim(3, 'The stewards said the last race started late.'),
      claim(4, 'The welfare group said horses were injured at the Lessing course last season.'),
    ];
    expect(denials(claims, 'AAAAB')).not.toContain('4-0');
  });

  it('answers a dismissal of "the report" with the statement given as a report, not the same group\'s nearer one', () => {
    const claims = [
      claim(0, 'In a 30-page report, the watchdog said the hatchery had released untreated water into the estuary in June.'),
      claim(1, 'The watchdog said the hatchery had doubled its tanks since 2020.'),
      claim(2, 'The hatchery called the report baseless.'),
    ];
    const found = denials(claims, 'AAB');
    expect(found).toContain('0-2');
    expect(found).not.toContain('1-2');
  });
});
