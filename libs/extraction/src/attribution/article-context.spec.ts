import { segmentText } from '../sentence-splitter';
import { defaultSourceRegistry } from '../sources/source-registry';
import {
  buildArticleContext,
  entityAtToken,
  firstLineOf,
  firstTokenFrom,
  lastMentionBefore,
  lastWordBefore,
  tokensByLowerCase,
} from './article-context';

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

describe('tokensByLowerCase and lastMentionBefore', () => {
  const text = 'The Report came out. Nobody read the report. A report by the board followed.';
  const { sentences, quotes } = segmentText(text);
  const context = buildArticleContext(text, sentences, quotes, defaultSourceRegistry);
  const reports = tokensByLowerCase(context).get('report');

  it('lists every mention of a word, whatever its case, in text order', () => {
    expect(reports?.map((t) => context.tokens[t]?.text)).toEqual(['Report', 'report', 'report']);
  });

  it('finds the last mention before a token, and none before the first', () => {
    const [first, second, third] = reports ?? [];
    expect(lastMentionBefore(reports, third as number)).toBe(second);
    expect(lastMentionBefore(reports, (second as number) + 1)).toBe(second);
    expect(lastMentionBefore(reports, first as number)).toBe(-1);
    expect(lastMentionBefore(undefined, 100)).toBe(-1);
    expect(lastMentionBefore(reports, context.tokens.length)).toBe(third);
  });
});

describe('lastWordBefore', () => {
  const text = 'The Survey came out. Nobody read the survey. A survey by the guild followed, and the guild survey too.';
  const { sentences, quotes } = segmentText(text);

  it('answers as the index does for every word and token, scanning first and reading the index once the scans add up', () => {
    const scanned = buildArticleContext(text, sentences, quotes, defaultSourceRegistry);
    const indexed = buildArticleContext(text, sentences, quotes, defaultSourceRegistry);
    for (const word of ['survey', 'guild', 'the', 'absent'])
      for (let before = 0; before <= scanned.tokens.length; before++)
        expect(lastWordBefore(scanned, word, before)).toBe(lastMentionBefore(tokensByLowerCase(indexed).get(word), before));
  });
});

describe('firstTokenFrom', () => {
  const text = 'Tove Quillan-Harr told the Quillby Gazette on Friday.';
  const { sentences, quotes } = segmentText(text);
  const context = buildArticleContext(text, sentences, quotes, defaultSourceRegistry);

  it('gives the token starting at an offset, else the next one, else the count of tokens past the last', () => {
    const gazette = text.indexOf('Gazette');
    expect(context.tokens[firstTokenFrom(context, gazette)]?.text).toBe('Gazette');
    expect(context.tokens[firstTokenFrom(context, gazette - 1)]?.text).toBe('Gazette');
    expect(firstTokenFrom(context, 0)).toBe(0);
    expect(firstTokenFrom(context, text.length)).toBe(context.tokens.length);
  });
});

describe('firstLineOf', () => {
  it('gives the first line, white space before it left out', () => {
    expect(firstLineOf('\n  PREMIER OF OVRENMARK\nTHE HON. JO ROE MP\n\nGood morning.')).toBe('PREMIER OF OVRENMARK');
  });

  it('gives none for a text of one line, whose line is its story', () => {
    expect(firstLineOf('The Ovrenmark Interior Ministry said 40 boats were stopped.')).toBeNull();
  });
});
