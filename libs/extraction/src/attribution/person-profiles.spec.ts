import { shortFormOf } from './person-profiles';
import { rows } from '../testing/attribution';

describe('shortFormOf', () => {
  it("takes a label's first name or its initials in capitals for a full name", () => {
    expect(shortFormOf('Ines')(['ines', 'haugland'])).toBe(true);
    expect(shortFormOf('IH')(['ines', 'haugland'])).toBe(true);
    expect(shortFormOf('IKH')(['ines', 'kari', 'haugland'])).toBe(true);
  });

  it('takes neither a surname, initials in lower case, nor initials of another name', () => {
    expect(shortFormOf('Haugland')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('Ih')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('HI')(['ines', 'haugland'])).toBe(false);
  });
});

describe('surnames with particles', () => {
  it('reads a surname written alone with its particle as the person named in full', () => {
    const text =
      'Odile des Rosiers, a local councillor, said the bridge would close. The repairs will take a year. ' +
      'Des Rosiers said the cost was not known.';
    expect(rows(text)[2]).toBe('Odile des Rosiers / - / -');
  });
});
