import { attribute, row } from '../testing/attribution';

describe('a possessive role in apposition before a name', () => {
  it('reads a party or affiliation before the role and the name ("Conservative MP Name")', () => {
    const attributions = attribute(
      "The Rivers Committee's vice-chair, Liberal MP Odile Farrant, said the figures were incomplete. Farrant said she would ask for more.",
    );
    expect(attributions.map(row)).toEqual(['Odile Farrant / Rivers Committee / -', 'Odile Farrant / Rivers Committee / -']);
  });

  it('reads a role noun wink tags as a verb after a possessive and a noun ("the council\'s culture lead")', () => {
    expect(row(attribute("Dunley Council's heritage lead, Ravi Chaudry, said the library would reopen in May.")[0])).toBe(
      'Ravi Chaudry / Dunley Council / -',
    );
  });
});
