import { indexTokens } from './token-index';
import { tokenize } from './tokenizer';

describe('indexTokens', () => {
  const tokens = tokenize('The Harbour Board met. the board said the Board would meet again.');

  it('lists the tokens of each word as written, in text order', () => {
    const index = indexTokens(tokens, (token) => token.text);
    const board = index.get('Board') ?? [];
    expect(board.map((t) => tokens[t]!.text)).toEqual(['Board', 'Board']);
    expect(board[0]).toBeLessThan(board[1]!);
    expect(index.get('board')?.length).toBe(1);
    expect(index.get('Quay')).toBeUndefined();
  });

  it('lists them by lower-case word when keyed so, each token once', () => {
    const index = indexTokens(tokens, (token) => token.lower);
    expect((index.get('board') ?? []).map((t) => tokens[t]!.text)).toEqual(['Board', 'board', 'Board']);
    expect((index.get('the') ?? []).length).toBe(3);
    const all = [...index.values()].flat().sort((a, b) => a - b);
    expect(all).toEqual(tokens.map((_, t) => t));
  });
});
