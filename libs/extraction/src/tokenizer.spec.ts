import { commaAfter, lowerAt, newToken, tokenize } from './tokenizer';

describe('tokenize', () => {
  it('keeps numbers, abbreviations, hyphenated words and contractions whole', () => {
    expect(tokenize('3,179 people, 2.5 percent, U.S. aid, Al-Nusra and It’s.').map((t) => t.text)).toEqual([
      '3,179',
      'people',
      '2.5',
      'percent',
      'U.S',
      'aid',
      'Al-Nusra',
      'and',
      'It’s',
    ]);
  });

  it('records case, numbers, straightened lower case and clause breaks', () => {
    const [it, said, that] = tokenize('It’s said — 5, that');
    expect(it).toMatchObject({ lower: "it's", capitalised: true, numeric: false, breakAfter: false, start: 0, end: 4 });
    expect(said).toMatchObject({ breakAfter: true });
    expect(that).toMatchObject({ text: '5', numeric: true, breakAfter: true });
  });

  it("gives each word its own lower case, whether or not the text's lower case keeps every offset", () => {
    for (const text of ['The “Army” said ÉCOLE’s Köhler', 'İstanbul’s MAYOR said ΟΔΟΣ', 'ΟΔΟΣ ΑΘΗΝΑ, the Ministry'])
      for (const token of tokenize(text)) expect(token.lower).toBe(token.text.toLowerCase().replaceAll('’', "'"));
  });
});

describe('lowerAt', () => {
  it("answers '' before the first token and past the last, the lower case in between", () => {
    const tokens = tokenize('Harbour Fees rose');
    expect(lowerAt(tokens, -1)).toBe('');
    expect(lowerAt(tokens, -3)).toBe('');
    expect(lowerAt(tokens, 0)).toBe('harbour');
    expect(lowerAt(tokens, 2)).toBe('rose');
    expect(lowerAt(tokens, 3)).toBe('');
    expect(lowerAt([], 0)).toBe('');
  });

  it('marks clause breaks from the first token on', () => {
    expect(tokenize('Yes, the ferry ran').map((t) => t.breakAfter)).toEqual([true, false, false, false]);
  });
});

describe('commaAfter', () => {
  it('is true only where a lone comma (with spaces) follows the token', () => {
    const text = 'Mira Tol , the warden; said, then left,';
    const tokens = tokenize(text);
    expect(tokens.map((_, t) => commaAfter(text, tokens, t))).toEqual([false, true, false, false, true, false, true]);
    expect(commaAfter(text, tokens, 99)).toBe(false);
  });
});

describe('newToken', () => {
  it('makes a token with the fields in the order tokenize gives them (the JSON of a claim keeps its shape)', () => {
    const [made] = tokenize('Quillmere');
    const copy = newToken('Quillmere', 'quillmere', made!.id, 4, 13, true, false, true);
    expect(Object.keys(copy)).toEqual(Object.keys(made!));
    expect(copy).toEqual({ ...made, start: 4, end: 13, breakAfter: true });
  });
});
