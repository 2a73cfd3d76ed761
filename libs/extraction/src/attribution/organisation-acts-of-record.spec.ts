import { lastWho as last } from '../testing/attribution';
import { extract } from '../extract';

/** speaker / organisation / outlet of the last claim, as `extract` attributes it (entities found). */
function lastClaim(text: string): string {
  const a = extract(text).claims.pop()!.attribution;
  return [a.speaker, a.organisation, a.outlet].map((value) => value ?? '-').join(' / ');
}

describe("a body's grades, its staff's findings and the sums it pursues (branch org-acts8)", () => {
  it("reads a body's grade given with an object and an adjective, 'as' or a quoted grade", () => {
    expect(last('The Tarlow Fire Authority rated the hall inadequate in May.')).toBe('- / Tarlow Fire Authority / -');
    expect(last('The Tarlow Fire Authority rated the risk as low.')).toBe('- / Tarlow Fire Authority / -');
    expect(lastClaim('The Cadwick Care Inspectorate rated the home’s kitchens "requires improvement" in March.')).toBe(
      '- / Cadwick Care Inspectorate / -',
    );
  });

  it('reads "The report" right after the body inspected, audited or reviewed something as that body\'s report', () => {
    expect(lastClaim('The Tarlow Fire Authority inspected the hall in May. The report rated the hall poor.')).toBe(
      '- / Tarlow Fire Authority / -',
    );
    expect(lastClaim('The Tarlow Fire Authority inspected the hall in May. The report found two faults.')).toBe(
      '- / Tarlow Fire Authority / -',
    );
    // a person's inspection: her report is no body's
    expect(lastClaim('Dr Jo Rees inspected the hall in May. The report found two faults.')).toBe('- / - / -');
  });

  it('reads staff tied to their body by "from" or "at" finding something without a that-clause', () => {
    expect(lastClaim('Investigators from the Trelask Trusts Office found no wrongdoing after a complaint.')).toBe(
      '- / Trelask Trusts Office / -',
    );
    expect(lastClaim('Inspectors at the Tarlow Fire Authority found two faults.')).toBe('- / Tarlow Fire Authority / -');
    expect(lastClaim('The Tarlow Fire Authority opened an inquiry. Investigators from the authority found no fault with the alarms.')).toBe(
      '- / Tarlow Fire Authority / -',
    );
  });

  it('reads bare inspectors after a regulator or a standards body is named', () => {
    expect(lastClaim('The Cadwick Kennel Regulator wrote to the home. Inspectors found 17 cats in a room built for 10.')).toBe(
      '- / Cadwick Kennel Regulator / -',
    );
  });

  it('reads a sum a body "is claiming" or "is appealing for"', () => {
    expect(lastClaim('The Tarlow Fire Authority is claiming £2m from the builder.')).toBe('- / Tarlow Fire Authority / -');
    expect(lastClaim('The Tarlow Fire Authority is appealing for £45,000 to repair the roof.')).toBe('- / Tarlow Fire Authority / -');
  });

  it('leaves passives, people and claims of no sum to other rules', () => {
    expect(lastClaim('The Tarlow Fire Authority published its report. The hall was rated inadequate.')).toBe('- / - / -');
    expect(lastClaim('Dr Ann Hale rated the risk as low.')).toBe('- / - / -');
    expect(lastClaim('Ms Jo Varn is claiming £40,000 in damages.')).toBe('- / - / -');
    expect(lastClaim('The Tarlow Fire Authority is appealing for witnesses.')).toBe('- / - / -');
  });
});
