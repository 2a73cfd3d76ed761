import { guessGender, isKnownFirstName } from './gender';
import { buildFirstNameGenders } from '../../../../scripts/build-first-name-genders';

describe('guessGender', () => {
  it('reads first names beyond the hand list from the package-built list', () => {
    expect(guessGender('Siobhan Tolland')).toBe('female');
    expect(guessGender('Eilidh Mackay')).toBe('female');
    expect(guessGender('Fergus Tolland')).toBe('male');
    expect(guessGender('Bartholomew Dorey')).toBe('male');
    expect(guessGender('Oluwatoyin Bassey')).toBeNull();
  });

  it('keeps the hand list and its exceptions first', () => {
    expect(guessGender('Luca Ferri')).toBe('male');
    expect(guessGender('Nicola Ferri')).not.toBe('female');
  });

  it('guesses nothing from a surname alone', () => {
    expect(guessGender('Abernathy')).toBeNull();
  });

  it('never lets the package-built list make a word a known first name', () => {
    expect(isKnownFirstName('Summer')).toBe(false);
    expect(isKnownFirstName('Hope')).toBe(false);
  });
});

describe('buildFirstNameGenders', () => {
  const maps = [
    new Map([
      ['dana', 'female'],
      ['kit', 'male'],
      ['alex', 'male'],
      ['jo-anne', 'female'],
    ]),
    new Map([
      ['dana', 'female'],
      ['kit', 'female'],
      ['alex', 'male'],
    ]),
    new Map([
      ['dana', 'male'],
      ['alex', 'female'],
    ]),
  ];

  it('keeps a gender given by at least twice as many languages as the other', () => {
    const built = buildFirstNameGenders(maps);
    expect(built.female).toEqual(['dana']);
    expect(built.male).toEqual(['alex']);
  });

  it('leaves out a name the English lists give to both genders, or only to the other', () => {
    expect(buildFirstNameGenders(maps, { female: new Set(['alex']), male: new Set(['alex']) }).male).toEqual([]);
    expect(buildFirstNameGenders(maps, { female: new Set(), male: new Set(['dana']) }).female).toEqual([]);
    expect(buildFirstNameGenders(maps, { female: new Set(['dana']), male: new Set() }).female).toEqual(['dana']);
  });
});
