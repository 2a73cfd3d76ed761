import { tokenize } from './tokenizer';
import { NO_WORD_ID, WORD_ID_CAPACITY, idMemo, wordIdOf, wordMemo, wordOf } from './word-ids';

describe('wordIdOf', () => {
  it('gives one id per word, whatever string instance carries it', () => {
    const text = 'ferry, Ferry and FERRY';
    const [a, b, , c] = tokenize(text);
    expect(a!.id).toBe(b!.id);
    expect(b!.id).toBe(c!.id);
    expect(wordIdOf('ferr' + 'y')).toBe(a!.id);
    expect(wordIdOf('harbour')).not.toBe(a!.id);
  });

  it('keeps one distinct id per word among thousands (slots shared by two hashes probe on)', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `quay${i.toString(36)}`);
    const first = words.map((word) => wordIdOf(word));
    expect(new Set(first).size).toBe(words.length);
    // Fresh string instances, built another way, find the same ids.
    expect(words.map((word) => wordIdOf(word.split('').join('')))).toEqual(first);
    expect(wordIdOf('')).toBe(wordIdOf(''));
    expect(wordIdOf('é')).not.toBe(wordIdOf('e'));
  });

  it("gives back each id's word, equal to every spelling that found it", () => {
    const id = wordIdOf('lighthouse-keeper');
    expect(wordOf(id)).toBe('lighthouse-keeper');
    expect(wordOf(wordIdOf('lighthouse-' + 'keeper'))).toBe('lighthouse-keeper');
    expect(wordOf(wordIdOf('x'))).toBe('x');
  });

  it('keeps the spelling of words a property name would read otherwise: numbers, "__proto__", the empty word', () => {
    for (const word of ['2016', '0', '007', '4294967295', '1.5', '__proto__', 'constructor', '']) {
      expect(wordOf(wordIdOf(word))).toBe(word);
    }
    const article = 'the breakwater-reconstruction programme';
    expect(wordOf(wordIdOf(article.slice(4, 29)))).toBe('breakwater-reconstruction');
  });

  it("gives tokens the word's lasting string as their lower case, and as their text when written in lower case", () => {
    const [lower, upper, curly] = tokenize('breakwaters Breakwaters breakwater’s');
    expect(lower!.lower).toBe('breakwaters');
    expect(lower!.text).toBe('breakwaters');
    expect(upper!.lower).toBe('breakwaters');
    expect(upper!.text).toBe('Breakwaters');
    expect(curly!.lower).toBe("breakwater's");
    expect(curly!.text).toBe('breakwater’s');
    expect(wordOf(upper!.id)).toBe('breakwaters');
  });

  it('gives the tokens of a span the ids of the whole text', () => {
    for (const token of tokenize('The harbour master’s ferry ran late')) expect(token.id).toBe(wordIdOf(token.lower));
  });
});

describe('wordMemo', () => {
  it('computes once per word and keeps undefined results', () => {
    const calls: string[] = [];
    const vowelOf = wordMemo((lower: string): string | undefined => {
      calls.push(lower);
      return /[aeiou]/.exec(lower)?.[0];
    });
    const [quay, rhythm, quay2, rhythm2] = tokenize('quay rhythm Quay RHYTHM');
    expect([vowelOf(quay!), vowelOf(rhythm!), vowelOf(quay2!), vowelOf(rhythm2!)]).toEqual(['u', undefined, 'u', undefined]);
    expect(calls).toEqual(['quay', 'rhythm']);
  });

  it('asks the function itself for a word without an id', () => {
    const calls: string[] = [];
    const length = idMemo((lower: string): number => {
      calls.push(lower);
      return lower.length;
    });
    expect(length(NO_WORD_ID, 'pier')).toBe(4);
    expect(length(NO_WORD_ID, 'pier')).toBe(4);
    expect(calls).toEqual(['pier', 'pier']);
  });

  it('reads ids beyond its first array', () => {
    const upper = idMemo((lower: string): string => lower.toUpperCase());
    const id = wordIdOf('lighthouse');
    expect(upper(id + 5000, 'buoy')).toBe('BUOY');
    expect(upper(id, 'lighthouse')).toBe('LIGHTHOUSE');
  });
});

describe('a full table', () => {
  it('keeps the ids it gave and gives no more', () => {
    const kept = wordIdOf('slipway');
    for (let i = 0; i < WORD_ID_CAPACITY; i++) wordIdOf(`w${i}`);
    expect(wordIdOf('slipway')).toBe(kept);
    expect(wordIdOf('gangway')).toBe(NO_WORD_ID);
    expect(tokenize('gangway')[0]!.id).toBe(NO_WORD_ID);
  });
});
