import { tokenize } from '../tokenizer';
import { claimWords, stemOfWord, topicKeyOf, topicKeys } from './claim-words';

describe('stemOfWord', () => {
  it.each([
    ['bonus', 'bonuses'],
    ['process', 'processes'],
    ['census', 'censuses'],
    ['shipment', 'shipments'],
    ['fire', 'firing'],
    ['dog', 'dogs'],
    ['fee', 'fees'],
    ['plan', 'planned'],
    ['stop', 'stopping'],
    ['admit', 'admitted'],
    ['closure', 'closed'],
    ['failure', 'failed'],
    ['measure', 'measured'],
    ['measures', 'measure'],
  ])('gives %s and %s one stem', (singular, other) => {
    expect(stemOfWord(singular)).toBe(stemOfWord(other));
  });

  it('undoes no double consonant a verb keeps: "called", "passed", "staffed"', () => {
    expect(stemOfWord('called')).toBe(stemOfWord('call'));
    expect(stemOfWord('passed')).toBe(stemOfWord('pass'));
    expect(stemOfWord('staffed')).toBe(stemOfWord('staff'));
  });

  it('keeps "news" apart from "new"', () => {
    expect(stemOfWord('news')).not.toBe(stemOfWord('new'));
  });
});

describe('topicKeys', () => {
  const keyOf = (text: string, word: string) => {
    const words = claimWords(text, tokenize(text), []);
    return topicKeys(words)[words.content.findIndex((w) => w.lower === word)];
  };

  it('reads a verb and its particle that WordNet lists as one verb by that verb', () => {
    expect(keyOf('The treasurer stepped down last week.', 'stepped')).toBe(topicKeyOf('resigned'));
    expect(keyOf('The old pier caved in overnight.', 'caved')).toBe(topicKeyOf('collapsed'));
    expect(keyOf('The sea wall gave way at dawn.', 'gave')).toBe(topicKeyOf('collapsed'));
    // "gave way to" yields; "stepped" alone is another verb.
    expect(keyOf('The old market gave way to a car park.', 'gave')).not.toBe(topicKeyOf('collapsed'));
    expect(keyOf('The treasurer stepped onto the stage.', 'stepped')).not.toBe(topicKeyOf('resigned'));
  });
});

describe('topicKeys: acts in other words (branch denial6)', () => {
  const keysOf = (text: string): string[] => [...topicKeys(claimWords(text, tokenize(text), []))].filter(Boolean);

  it('reads "fire" with a person pronoun as its object as "dismiss", and a gun fired as "fire"', () => {
    expect(keysOf('The club fired him in May.')).toContain(topicKeyOf('dismissed'));
    expect(keysOf('The owner fired her after the audit.')).toContain(topicKeyOf('dismissed'));
    expect(keysOf('The guard fired her pistol twice.')).not.toContain(topicKeyOf('dismissed'));
    expect(keysOf('Soldiers fired shells at the bridge.')).not.toContain(topicKeyOf('dismissed'));
  });

  it('reads "fallen" as "collapsed", "seized" as "confiscated"', () => {
    expect(topicKeyOf('fallen')).toBe(topicKeyOf('collapsed'));
    expect(topicKeyOf('seized')).toBe(topicKeyOf('confiscated'));
  });
});
