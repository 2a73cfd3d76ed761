import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { hasLongRun, Pos, tagTokens } from './pos-tags';
import { tokenize } from './tokenizer';
import { growthOnFourfoldInput, LINEAR_GROWTH_LIMIT } from './testing/growth';

describe('tagTokens', () => {
  it("puts wink-nlp's tag and lemma on the engine token holding the start of wink's word", () => {
    const text = 'The ferry union’s spokeswoman insisted  that “we” won’t sail.';
    const tokens = tokenize(text);
    const { tags, lemmas } = tagTokens(text, tokens);
    const at = (word: string) => tokens.findIndex((token) => token.text === word);
    expect(tags[at('The')]).toBe(Pos.DET);
    expect(tags[at('union’s')]).toBe(Pos.NOUN); // wink splits "union" and "’s"; the engine keeps one token
    expect(tags[at('insisted')]).toBe(Pos.VERB);
    expect(lemmas[at('insisted')]).toBe('insist');
    expect(tags[at('that')]).not.toBe(Pos.none); // after two spaces, offsets still line up
  });

  it('leaves skipped tokens (words inside quote marks) untagged and the others where they were', () => {
    const text = '“Tolls rose,” the ferry board said.';
    const tokens = tokenize(text);
    const skip = Uint8Array.from(tokens, (token) => (token.end <= 12 ? 1 : 0));
    const { tags, lemmas } = tagTokens(text, tokens, skip);
    expect([tags[0], tags[1]]).toEqual([Pos.none, Pos.none]);
    expect(tags[tokens.length - 1]).toBe(Pos.VERB);
    expect(lemmas[tokens.length - 1]).toBe('say');
  });

  it("gives wink's own lemma of every word, read again by its id and tag, a contraction's part by itself", () => {
    const nlp = winkNLP(model, ['pos']);
    const text = "He's left. She's got it. The fleet's gone; its crews leave, and a leave is due. Can't they? Left or right.";
    const tokens = tokenize(text);
    const words = nlp.readDoc(text).tokens();
    const starts = words.out(nlp.its.precedingSpaces).reduce<number[]>((at, spaces, i) => {
      const previous = i === 0 ? 0 : (at[i - 1] as number) + (words.itemAt(i - 1).out() as string).length;
      return [...at, previous + spaces.length];
    }, []);
    // Twice: the second pass reads every lemma from what the first kept.
    for (let round = 0; round < 2; round++) {
      const { lemmas } = tagTokens(text, tokens);
      tokens.forEach((token, t) => {
        const i = starts.indexOf(token.start);
        expect(lemmas[t]).toBe(words.itemAt(i).out(nlp.its.lemma as unknown as ItsFunction<string>));
      });
    }
  });

  it('stays linear on a run without spaces, which wink alone takes quadratic time on', () => {
    const tagRun = (length: number): void => {
      const text = `The board said ${'x'.repeat(length)} twice.`;
      expect(tagTokens(text, tokenize(text)).tags[2]).toBe(Pos.VERB);
    };
    expect(growthOnFourfoldInput(tagRun, 512 * 1024)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('keeps a run of 64 characters without spaces for wink and blanks a longer one', () => {
    const tagOfRun = (length: number): number => {
      const text = `The board said ${'x'.repeat(length)} twice.`;
      return tagTokens(text, tokenize(text)).tags[3] as number;
    };
    expect(tagOfRun(64)).not.toBe(Pos.none);
    expect(tagOfRun(65)).toBe(Pos.none);
  });

  it('lines up every word again on a second pass, which reads the words wink has met by their ids', () => {
    // Words wink has never met (new ids), a paragraph break (a word of wink's own) and a contraction.
    const text = 'Zorbulent ferries sailed;\n\nthe Zorbulent board didn’t wait for Quennifax.';
    const tokens = tokenize(text);
    const first = tagTokens(text, tokens);
    expect(Array.from(first.tags)).not.toContain(Pos.none);
    expect(tagTokens(text, tokens)).toEqual(first);
  });

  it('tags nothing in a text without words', () => {
    expect(tagTokens('', []).tags).toHaveLength(0);
    const text = ' … — ';
    expect(tagTokens(text, tokenize(text)).tags).toHaveLength(0);
  });
});

describe('hasLongRun', () => {
  it('finds a run of more than 64 characters without spaces wherever it lies, and no shorter one', () => {
    const run = (n: number) => 'x'.repeat(n);
    expect(hasLongRun(run(64))).toBe(false);
    expect(hasLongRun(run(65))).toBe(true);
    expect(hasLongRun(`a ${run(64)} b\u00a0${run(64)}`)).toBe(false); // the no-break space ends a run
    expect(hasLongRun(`${' '.repeat(63)}${run(65)}`)).toBe(true); // across two of the positions read
    expect(hasLongRun(`${run(60)}\t${run(64)}\n${run(64)}`)).toBe(false);
    expect(hasLongRun(`${run(30)} ${run(100)} ${run(3)}`)).toBe(true);
    expect(hasLongRun('')).toBe(false);
  });

  it('answers as a pattern for such a run does on texts of words, spaces and marks', () => {
    const pattern = /[^\0- \u00a0]{65}/;
    const pieces = ['x', 'é', ' ', '\u00a0', '\n', '\t', '-', '\u2009', '\u0000', '\u001f'];
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 400; k++) {
      let text = '';
      const length = next() % 400;
      // Mostly word characters, so that runs of every length near 65 occur.
      for (let i = 0; i < length; i++) text += next() % 40 === 0 ? (pieces[next() % pieces.length] as string) : 'w';
      expect(hasLongRun(text)).toBe(pattern.test(text));
    }
  });
});
