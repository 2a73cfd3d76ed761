import { endsWithText, lowerCase, lowerCaseAligned } from './text-chars';

describe('endsWithText', () => {
  it('answers as String.prototype.endsWith does', () => {
    const words = ['', 'd', 'ed', 'wanted', 'bed', 'we’ve', "we've", 've', 'Ed', 'interest', 'test', 'straße', 'naïve'];
    const suffixes = ['', 'ed', "'ve", 'est', 'e', 'ße', 'ïve', 'wanted', 'unwanted'];
    for (const word of words) {
      for (const suffix of suffixes) expect([word, suffix, endsWithText(word, suffix)]).toEqual([word, suffix, word.endsWith(suffix)]);
    }
  });

  it('compares code units, not letters', () => {
    expect(endsWithText('we’ve', "'ve")).toBe(false);
    expect(endsWithText('WANTED', 'ed')).toBe(false);
  });
});

describe('lowerCase', () => {
  // A slice of a text holding a curly quote: a string of two-byte characters, as the engine's slices mostly are.
  const article = '“Quote” ';
  const slice = (word: string): string => `${article}${word}`.slice(article.length);

  it('is what toLowerCase gives, for ASCII, punctuation, Latin-1 and other scripts', () => {
    for (const word of ['Aleppo', 'UNICEF', 'already', 'Russia’s', 'U.S.', 'Köhler', 'ÉCOLE', 'İstanbul', 'ΟΔΟΣ', 'Straße', 'a–B', ''])
      expect(lowerCase(slice(word))).toBe(word.toLowerCase());
  });

  it('returns a word without capitals as it is', () => {
    const word = slice('civilians’');
    expect(lowerCase(word)).toBe(word);
  });
});

describe('lowerCaseAligned', () => {
  it("is the text's lower case when each character keeps its offset", () => {
    expect(lowerCaseAligned('The “Army” Said')).toBe('the “army” said');
  });

  it('is null when lower-casing moves offsets or depends on what follows', () => {
    expect(lowerCaseAligned('İstanbul')).toBeNull();
    expect(lowerCaseAligned('ΟΔΟΣ ΟΔΟΣ')).toBeNull();
  });
});
