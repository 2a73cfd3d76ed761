import { tokenize } from '../tokenizer';
import { TokenStream } from './token-stream';

describe('TokenStream', () => {
  const text = 'Tolls rose 12 percent';
  const stream = new TokenStream(text, tokenize(text));

  it('answers "nothing there" before the first token and after the last', () => {
    expect(stream.at(-1)).toBeUndefined();
    expect(stream.lower(-1)).toBe('');
    expect(stream.numeric(-1)).toBe(false);
    expect(stream.capitalised(-2)).toBe(false);
    expect(stream.gap(-1)).toBe('');
    expect(stream.joined(-1)).toBe(false);
    expect(stream.lower(4)).toBe('');
    expect(stream.gap(3)).toBe('');
  });

  it('reads the tokens in between', () => {
    expect(stream.at(0)?.text).toBe('Tolls');
    expect(stream.capitalised(0)).toBe(true);
    expect(stream.numeric(2)).toBe(true);
    expect(stream.lower(3)).toBe('percent');
    expect(stream.gap(1)).toBe(' ');
    expect(stream.joined(2)).toBe(true);
  });
});
