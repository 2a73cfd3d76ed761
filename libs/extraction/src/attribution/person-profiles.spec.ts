import { shortFormOf } from './person-profiles';

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
