import { rows } from '../testing/attribution';

describe('a medium whose title holds a word for how often it comes out', () => {
  it('reads "told the Daily NAME" and "told the TOWN Weekly NAME" as the whole title', () => {
    const found = rows(
      'The harbour master, Hanna Vell, told the Daily Varnholt that two cranes had failed. ' +
        'The port’s owner, Tomas Kerl, told the Tessby Weekly Lantern that the cranes were working.',
    );
    expect(found).toEqual(['Hanna Vell / - / Daily Varnholt', 'Tomas Kerl / - / Tessby Weekly Lantern']);
  });

  it('reads "told the NAME" after such a title as that medium, named in full', () => {
    const found = rows(
      'The port’s owner, Tomas Kerl, told the Tessby Weekly Lantern that the cranes were working. ' +
        '"Both cranes lifted 40 containers on Friday," Kerl told the Lantern.',
    );
    expect(found[1]).toBe('Tomas Kerl / - / Tessby Weekly Lantern');
  });

  it('finds no medium in a daily briefing or a weekday’s match', () => {
    const found = rows('The port holds a daily briefing for crews at 6am. Sunday’s match drew 4,000 fans, the club said.');
    expect(found.map((row) => row.split(' / ')[2])).toEqual(['-', '-']);
  });
});
