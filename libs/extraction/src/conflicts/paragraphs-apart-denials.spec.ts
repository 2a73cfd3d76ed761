import { extract } from '../extract';
import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: an assertion paragraphs after a negation, a report named far back (branch ties17)', () => {
  it('answers a negated statement of fact with the act done, told paragraphs later by another source', () => {
    const claims = [
      claim(0, 'The inspectors said the lifts at the Orlanby tower had not been serviced for three years.'),
      claim(1, 'The inspectors said the stairwell lights were broken.'),
      claim(2, 'Tenants said the lobby had flooded twice.'),
      claim(3, 'The inspectors said the fire alarm worked.'),
      claim(4, 'The landlord said the lifts had been serviced last year.'),
    ];
    expect(denials(claims, 'AACAB')).toContain('4-0');
  });

  it('leaves it when a third source between speaks of the same thing', () => {
    const claims = [
      claim(0, 'The inspectors said the lifts at the Orlanby tower had not been serviced for three years.'),
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
    const text =
      'The Tarnwell Estuary Trust said on Monday that the Pellwick salmon hatchery had released untreated water into the estuary for six days in June.\n\n' +
      'In a 30-page report, the trust said oxygen levels below the hatchery had fallen to a third of the normal level on June 9.\n\n' +
      "The trust also said the hatchery's filters had been replaced in the spring.\n\n" +
      "The trust noted that the hatchery's owner had doubled the number of its tanks since 2020.\n\n" +
      'Ostmarra Aquaculture, which owns the hatchery, called the report untrue.';
    const { claims, conflicts } = extract(text);
    const at = (start: string): number => claims.find((c) => c.text.startsWith(start))!.index;
    const pairs = conflicts.map((conflict) => conflict.sides.map((side) => side.claimIndexes[0]).join('-'));
    expect(pairs).toEqual([`${at('In a 30-page report')}-${at('Ostmarra')}`]);
  });
});
