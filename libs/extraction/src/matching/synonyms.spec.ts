import { broaderPeople } from '../conflicts/measures';
import { isCommonWord } from './synonyms';

describe('isCommonWord: kept by word, the same answer each time it is asked', () => {
  it.each([
    ['ferry', true],
    ['harbours', true],
    ['quellmar', false],
    ['dunvarrow', false],
  ])('%s', (word, common) => {
    expect(isCommonWord(word)).toBe(common);
    expect(isCommonWord(word)).toBe(common);
  });
});

describe('broaderPeople: kept by word', () => {
  it('gives the nouns above a noun of people, the same each time', () => {
    expect(broaderPeople('miner')).toContain('worker');
    expect(broaderPeople('miner')).toEqual(broaderPeople('miner'));
  });

  it('gives none for a noun of no people', () => {
    expect(broaderPeople('bridge')).toEqual([]);
  });
});
