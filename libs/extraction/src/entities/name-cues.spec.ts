import { familyNameBeforeGivenName } from './name-cues';

describe('familyNameBeforeGivenName', () => {
  it('gives the family name before a given name of two syllables joined by a hyphen, the second in lower case', () => {
    expect(familyNameBeforeGivenName('Tam Siu-wah')).toBe('Tam');
    expect(familyNameBeforeGivenName('Grace Tam Siu-wah ')).toBe('Tam');
    expect(familyNameBeforeGivenName('Ko Yeon-su')).toBe('Ko');
  });

  it('gives none for a name without such a given name, with or without a hyphen', () => {
    expect(familyNameBeforeGivenName('Ines Varga')).toBeNull();
    expect(familyNameBeforeGivenName('Ines Varga-Lind')).toBeNull(); // a double-barrelled surname
    expect(familyNameBeforeGivenName('Siu-wah')).toBeNull();
    expect(familyNameBeforeGivenName('')).toBeNull();
  });
});
