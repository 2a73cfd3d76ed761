import { collapseSpaces, endsWithText, isPatternSpace, lowerCase, lowerCaseAligned, splitAtSpaces } from './text-chars';

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

describe('splitAtSpaces', () => {
  it('splits as a split at /\\s+/ does, empty parts at the edges included', () => {
    for (const text of ['', ' ', 'fares', 'fares rose', '  fares \t rose\n', 'a\u00a0b\u2009c\u3000d\ufeffe', 'x\u0085y\u200bz', '\n\n'])
      expect(splitAtSpaces(text)).toEqual(text.split(/\s+/));
  });

  it('agrees with the pattern on every character below U+3100 and on strings of them', () => {
    const characters: string[] = [];
    for (let c = 0; c < 0x3100; c++) characters.push(String.fromCharCode(c));
    characters.push('\ufeff', '\ud83d\ude00');
    const differing = characters.filter((c) => splitAtSpaces(`a${c}b`).join('|') !== `a${c}b`.split(/\s+/).join('|'));
    expect(differing).toEqual([]);
    // Strings drawn from spaces, non-spaces and the two characters only `isSpace` holds, by a fixed linear congruence.
    const pool = [' ', '\t', '\n', '\u00a0', '\u2028', '\u0085', '\u200b', 'a', 'b', '.'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = 0; k < n % 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pool[seed % pool.length];
      }
      expect(splitAtSpaces(text)).toEqual(text.split(/\s+/));
    }
  });
});

describe('collapseSpaces', () => {
  it('makes each run of white space one space, as a replacement of /\\s+/g does', () => {
    for (const text of ['', ' ', 'fares rose', 'fares  rose', ' fares\trose\n', 'a\u00a0b', 'a \u2009b', 'x\u0085y\u200bz', 'end '])
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('gives back the text itself when it has nothing to collapse', () => {
    const text = 'Fares rose by 4% in March.';
    expect(collapseSpaces(text)).toBe(text);
  });
});

describe('isPatternSpace', () => {
  it('holds every UTF-16 code unit /\\s/ matches and no other', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isPatternSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
