import { NO_WORD_ID, WORD_ID_CAPACITY, wordIdOf } from '../word-ids';
import { NameMatcher } from './name-matcher';
import { nameWordsOfText } from './name-words';

const matchesIn = (matcher: NameMatcher<string>, text: string): string[] =>
  matcher.scan(nameWordsOfText(text)).map((match) => match.payload);

describe('NameMatcher', () => {
  it('finds the longest alias at each word, by the first word’s id and the rest by key', () => {
    const matcher = new NameMatcher<string>();
    matcher.add('Harbour Board', 'board');
    matcher.add('Harbour Board of Trade', 'trade board');
    matcher.add('Pilots', 'pilots');
    expect(nameWordsOfText('Harbour')[0]!.keyId).toBe(wordIdOf('harbour'));
    expect(matchesIn(matcher, 'The Harbour Board of Trade met the Pilots and the Harbour Board.')).toEqual([
      'trade board',
      'pilots',
      'board',
    ]);
    expect(matchesIn(matcher, 'The Harbour met Trade.')).toEqual([]);
  });

  it('reads a first word by its key: possessive and hyphen parts, and a leading "the" dropped from the alias', () => {
    const matcher = new NameMatcher<string>();
    matcher.add('The Quay Trust', 'trust');
    matcher.add('Al Noor Ferries', 'ferries');
    expect(matchesIn(matcher, 'Quay Trust’s pier and Al-Noor Ferries')).toEqual(['trust', 'ferries']);
  });

  it('keeps the case rules on a first word read by id', () => {
    const matcher = new NameMatcher<string>();
    matcher.add('WHO', 'who');
    matcher.add('dpa', 'dpa');
    expect(matchesIn(matcher, 'who said it to dpa and the WHO')).toEqual(['dpa', 'who']);
  });

  it('matches first words without an id, in the alias and in the text, once the id table is full', () => {
    const matcher = new NameMatcher<string>();
    matcher.add('Lighthouse Authority', 'before');
    for (let i = 0; i < WORD_ID_CAPACITY; i++) wordIdOf(`filler${i}`);
    matcher.add('Breakwater Authority', 'after');
    expect(nameWordsOfText('Breakwater')[0]!.keyId).toBe(NO_WORD_ID);
    expect(matchesIn(matcher, 'The Lighthouse Authority and the Breakwater Authority')).toEqual(['before', 'after']);
  });
});
