import { segmentText } from '../sentence-splitter';
import { defaultSourceRegistry } from '../sources/source-registry';
import { buildArticleContext, entityAtToken } from './article-context';

describe('entityAtToken', () => {
  const text = 'Marit Solheim said the depot at Tromvik would close.';
  const { sentences, quotes } = segmentText(text);
  const context = buildArticleContext(text, sentences, quotes, defaultSourceRegistry);
  const at = (word: string): number => context.tokens.findIndex((token) => token.text === word);

  it('gives the entity a token is part of, the same for each of its tokens', () => {
    const name = entityAtToken(context, at('Solheim'));
    expect(name?.text).toBe('Marit Solheim');
    expect(entityAtToken(context, at('Marit'))).toBe(name);
  });

  it('gives nothing for a token outside every entity, nor for an index before the first token or past the last', () => {
    expect(entityAtToken(context, at('depot'))).toBeUndefined();
    expect(entityAtToken(context, -1)).toBeUndefined();
    expect(entityAtToken(context, context.tokens.length)).toBeUndefined();
  });
});
