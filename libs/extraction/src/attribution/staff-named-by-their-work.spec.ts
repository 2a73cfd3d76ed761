import { rows } from '../testing/attribution';

describe('a body’s staff named by their work or workplace, a word before “staff” (branch plural16)', () => {
  it.each([
    // the body the text is on: named just before
    ['The Ostervale Saltmarsh Trust runs the reserve. Security staff said 3 gates had been forced.', '- / Ostervale Saltmarsh Trust / -'],
    [
      'The Ostervale Saltmarsh Trust runs the reserve. Veterinary staff said 12 seals had been treated.',
      '- / Ostervale Saltmarsh Trust / -',
    ],
    ['The Ostervale Saltmarsh Trust runs the reserve. Control room staff said 40 calls came in.', '- / Ostervale Saltmarsh Trust / -'],
    // the body that spoke last
    [
      'The Pellbrook Harlow Gallery reopened in May. Its director, Ada Venn, said 9,000 people came. Nursery staff said 200 children were booked.',
      '- / Pellbrook Harlow Gallery / -',
    ],
  ])('%s', (text, expected) => {
    const found = rows(text);
    expect(found[found.length - 1]).toBe(expected);
  });

  it('leaves staff alone, staff set apart from the body and staff that are no subject', () => {
    // no body named: a role alone
    expect(rows('Security staff said 3 gates had been forced.')[0]).toBe('- / - / -');
    // a word that sets them apart from the body
    expect(rows('The Ostervale Saltmarsh Trust runs the reserve. Independent staff said 3 gates had been forced.')[1]).toBe('- / - / -');
    // "staff" as a modifier or an object: no speaker
    expect(rows('The Ostervale Saltmarsh Trust runs the reserve. It cut security staff numbers by 12.')[1]).toBe('- / - / -');
  });
});
