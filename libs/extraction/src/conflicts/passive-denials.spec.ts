import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: a denial in the passive names what it denies (branch org-docs)', () => {
  it('does not answer a later statement of another source with "X was contradicted by …"', () => {
    const claims = [
      claim(0, "The mill's account that the sluice had been shut was contradicted by its own logbook, the inspector said."),
      claim(1, 'The inspector also said the mill had been fined in 2019.'),
      claim(2, "Figures from the Brindwell District Council show the mill's water rate was cut from £9,000 to £4,000."),
    ];
    expect(denials(claims, 'AAB')).not.toContain('2-0');
  });

  it('still answers the accuser introduced after an active denial', () => {
    const claims = [
      claim(0, 'The mill has denied claims that it shut the sluice at Brindwell Weir every night.'),
      claim(1, '"We have shut nothing," a spokesman said.'),
      claim(2, 'Anglers said the sluice at the weir had been shut every night since June.'),
    ];
    expect(denials(claims, 'AAB')).toContain('2-0');
  });
});
