import { lastWho } from '../testing/attribution';
import { findEntities } from '../entities';

// The body a speaker comes from, written beside her name in shapes the entity finder read as a second person: "from the
// X" after her name, a family firm joined by "and", a descriptor written with a hyphen.
describe('bodies given beside a speaker', () => {
  it.each([
    // After a person's name and "from"/"at"/"with", "the" opens no person's name: the run is the body she comes from.
    [
      'Ines Kaldrow from the Tessby Debt Helpers Scheme said 14 clients had borrowed from doorstep lenders.',
      'Ines Kaldrow / Tessby Debt Helpers Scheme',
    ],
    ['Colm Dargie with the Brinwick Boat Volunteers said the crew had gone out 31 times.', 'Colm Dargie / Brinwick Boat Volunteers'],
    ['Hana Wrexley at the Orsmere Wildlife Rescue said 9 swans had been found.', 'Hana Wrexley / Orsmere Wildlife Rescue'],
    // A family firm named with "and", as with "&".
    ['Gil Brundell, co-owner of Brundell and Sons, a joinery in Oakmarsh, said the firm had 12 staff.', 'Gil Brundell / Brundell and Sons'],
    ['Brundell and Daughters said it had lost 3 orders.', '- / Brundell and Daughters'],
    // "the co-operative X" is "the cooperative X".
    ['Staff at the co-operative Grainwell said 40 farms had joined.', '- / Grainwell'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });

  it('keeps a person after "the" when no person and preposition come before', () => {
    expect(lastWho('The Reverend Ann Oddby said 80 people came.')).toBe('Ann Oddby / - / -');
  });

  it('keeps a first name and "and" a pair of people, not a firm', () => {
    const types = findEntities('Ann Roe and Jo Holm said the shop would close.').map((entity) => `${entity.type}:${entity.text}`);
    expect(types).toEqual(['person:Ann Roe', 'person:Jo Holm']);
  });
});
