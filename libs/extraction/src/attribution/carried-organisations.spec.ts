import { attribute, row } from '../testing/attribution';

describe("a person's organisation carried to her later claims (issue 15, org-carry8)", () => {
  it('reads "the <noun>\'s <post>, Name," as the body named before whose name that noun heads, and carries it', () => {
    const rows = attribute(
      "Inspectors visited Welbeck Donkey Sanctuary in March. The sanctuary's interim director, Maya Kestrel, said 212 donkeys were in its care. Kestrel said none had been harmed.",
    ).map(row);
    expect(rows.slice(1)).toEqual(['Maya Kestrel / Welbeck Donkey Sanctuary / -', 'Maya Kestrel / Welbeck Donkey Sanctuary / -']);
  });

  it('reads "the <noun>\'s <post>" as a body named "<Noun> of X"', () => {
    const rows = attribute(
      "The Shire of Wandabri will clear 51 sites. The shire's chief executive, Mark Tolland, said the work would cost $140,000. Tolland said crews would start in January.",
    ).map(row);
    expect(rows.slice(1)).toEqual(['Mark Tolland / Shire of Wandabri / -', 'Mark Tolland / Shire of Wandabri / -']);
  });

  it("does not read an area noun as the body an area's name heads", () => {
    const rows = attribute("Boats sank in Orvale State. The state's commissioner, Ada Bello, said 31 people had died.").map(row);
    expect(rows[1]).toBe('Ada Bello / - / -');
  });

  it('gives a member of a party who chairs a committee the committee, and carries it to her surname', () => {
    const rows = attribute(
      'Fares rose. Ruth Fenn, a Labour member who chairs the Northern Assembly Islands Committee, said the committee would meet. Fenn said fares had risen by 19 per cent.',
    ).map(row);
    expect(rows.slice(1)).toEqual([
      'Ruth Fenn / Northern Assembly Islands Committee / -',
      'Ruth Fenn / Northern Assembly Islands Committee / -',
    ]);
    expect(row(attribute('Fares rose. Ruth Fenn, a Labour member, said the committee would meet.')[1])).toBe('Ruth Fenn / Labour / -');
  });

  it('gives a person whose tie ended "until she retired" or "until 2019" no organisation, nor her later words', () => {
    const rows = attribute(
      'The Harlow Orchards Trust will not renew the lease. Gary Penn, who managed the mill for the trust until he retired in March, said the roof leaked. "Nobody fixed it," Penn said.',
    ).map(row);
    expect(rows.slice(1)).toEqual(['Gary Penn / - / -', 'Gary Penn / - / -']);
    const year = attribute(
      'The Harlow Orchards Trust will not renew the lease. Dan Lenk, who worked at the trust until 2022, said the roof leaked.',
    );
    expect(row(year[1])).toBe('Dan Lenk / - / -');
    const term = attribute(
      'The Harlow Orchards Trust will not renew the lease. Dan Lenk, who chairs the trust until 2028, said the roof leaked.',
    );
    expect(row(term[1])).toBe('Dan Lenk / Harlow Orchards Trust / -');
  });
});
