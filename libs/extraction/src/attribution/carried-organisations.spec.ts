import { attribute, row } from '../testing/attribution';

describe("a person's organisation carried to her later claims (issue 15, org-carry8)", () => {
  it('reads "the <noun>\'s <post>, Name," as the body named before whose name that noun heads, and carries it', () => {
    const rows = attribute(
      "Inspectors visited Welbeck Donkey Sanctuary in March. The sanctuary's interim director, Maya Pelligrew, said 212 donkeys were in its care. Pelligrew said none had been harmed.",
    ).map(row);
    expect(rows.slice(1)).toEqual(['Maya Pelligrew / Welbeck Donkey Sanctuary / -', 'Maya Pelligrew / Welbeck Donkey Sanctuary / -']);
  });

  it('reads "the <noun>\'s <post>" as a body named "<Noun> of X"', () => {
    const rows = attribute(
      "The Shire of Wandabri will clear 51 sites. The shire's chief executive, Mark Tansby, said the work would cost $140,000. Tansby said crews would start in January.",
    ).map(row);
    expect(rows.slice(1)).toEqual(['Mark Tansby / Shire of Wandabri / -', 'Mark Tansby / Shire of Wandabri / -']);
  });

  it("does not read an area noun as the body an area's name heads", () => {
    const rows = attribute("Boats sank in Orvale State. The state's commissioner, Ada Yelland, said 31 people had died.").map(row);
    expect(rows[1]).toBe('Ada Yelland / - / -');
  });

  it('gives a member of a party who chairs a committee the committee, and carries it to her surname', () => {
    const rows = attribute(
      'Fares rose. Ruth Vorley, a Labour member who chairs the Ulverby Assembly Ferries Committee, said the committee would meet. Vorley said fares had risen by 19 per cent.',
    ).map(row);
    expect(rows.slice(1)).toEqual([
      'Ruth Vorley / Ulverby Assembly Ferries Committee / -',
      'Ruth Vorley / Ulverby Assembly Ferries Committee / -',
    ]);
    expect(row(attribute('Fares rose. Ruth Vorley, a Labour member, said the committee would meet.')[1])).toBe('Ruth Vorley / Labour / -');
  });

  it('gives a person whose tie ended "until she retired" or "until 2019" no organisation, nor her later words', () => {
    const rows = attribute(
      'The Greeve Orchards Trust will not renew the lease. Gary Threnn, who managed the mill for the trust until he retired in March, said the roof leaked. "Nobody fixed it," Threnn said.',
    ).map(row);
    expect(rows.slice(1)).toEqual(['Gary Threnn / - / -', 'Gary Threnn / - / -']);
    const year = attribute(
      'The Greeve Orchards Trust will not renew the lease. Dan Caskell, who worked at the trust until 2022, said the roof leaked.',
    );
    expect(row(year[1])).toBe('Dan Caskell / - / -');
    const term = attribute(
      'The Greeve Orchards Trust will not renew the lease. Dan Caskell, who chairs the trust until 2028, said the roof leaked.',
    );
    expect(row(term[1])).toBe('Dan Caskell / Greeve Orchards Trust / -');
  });
});
