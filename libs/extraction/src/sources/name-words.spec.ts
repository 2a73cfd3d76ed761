import { nameWordsOfText, normaliseName, normaliseNameWord } from './name-words';

describe('normaliseNameWord', () => {
  it.each([
    ['Russia’s', 'russia', true],
    ["Russia's", 'russia', true],
    ['Syrians’', 'syrians', true],
    ['Defence', 'defense', false],
    ['Centre', 'center', false],
    ['Organisation', 'organization', false],
    ['U.S', 'us', false],
    ['Röttgen', 'rottgen', false],
    ['Médecins', 'medecins', false],
    ['Kiev', 'kyiv', false],
    // A body's kind word in another language is keyed by the English noun news uses for it.
    ['Liga', 'league', false],
    ['Fundación', 'foundation', false],
    ['Universität', 'university', false],
    ['Camera', 'camera', false],
  ])('%s → %s', (raw, key, possessive) => {
    expect(normaliseNameWord(raw)).toEqual({ key, possessive });
  });
});

describe('normaliseName', () => {
  it('drops a leading "the", possessives, hyphens, dots and spelling differences', () => {
    expect(normaliseName('the Russian Ministry of Defence')).toBe('russian ministry of defense');
    expect(normaliseName('Russia’s  Defense   Ministry')).toBe('russia defense ministry');
    expect(normaliseName('Al-Nusra Front')).toBe(normaliseName('al Nusra Front'));
    expect(normaliseName('U.S. State Department')).toBe(normaliseName('US State Department'));
    expect(normaliseName('France 24')).toBe('france 24');
  });
});

describe('nameWordsOfText', () => {
  it('splits hyphenated tokens and keeps offsets without the possessive', () => {
    const text = 'the Russian-run Syria Parliament’s committee';
    const words = nameWordsOfText(text);
    expect(words.map((word) => word.key)).toEqual(['the', 'russian', 'run', 'syria', 'parliament', 'committee']);
    const parliament = words[4]!;
    expect(text.slice(parliament.start, parliament.end)).toBe('Parliament');
    expect(parliament.possessive).toBe(true);
    expect(words[2]!.breakBefore).toBe(false);
  });

  it('marks punctuation between words as a break, but not the period of an initialism', () => {
    const words = nameWordsOfText('Aleppo, Syria. U.S. government');
    expect(words.map((word) => word.breakBefore)).toEqual([true, true, true, false]);
  });

  it('flags acronyms', () => {
    expect(nameWordsOfText('WHO who U.N. Un').map((word) => word.acronym)).toEqual([true, false, true, false]);
  });
});
