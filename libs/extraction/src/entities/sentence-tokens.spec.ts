import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitClaims } from '../claims/split-claims';
import { segmentText } from '../sentence-splitter';
import { tokenize } from '../tokenizer';
import { tokenizeSentences, tokensOfSpan } from './sentence-tokens';

const FIXTURE = readFileSync(join(__dirname, '../../../../../shared/fixtures/aleppo-2016-12.txt'), 'utf8');

/** Every sentence and claim part of `text`, as tokensOfSpan sees them and as tokenize does. */
function compare(text: string): void {
  const { sentences } = segmentText(text);
  const { tokens, first } = tokenizeSentences(text, sentences);
  sentences.forEach((sentence, s) => {
    for (const span of [sentence, ...splitClaims(sentence)]) {
      expect(tokensOfSpan(text, tokens, first[s]!, span.start, span.end)).toEqual(tokenize(text.slice(span.start, span.end)));
    }
  });
}

describe('tokensOfSpan', () => {
  it('gives the tokens tokenize gives for every sentence and claim of the fixture', () => compare(FIXTURE));

  it('gives them for sentences ending in quotes, brackets, dashes and joined punctuation', () => {
    compare('“We freed 3,179 people,” he said. (It was 2.5 km away.) Russia’s U.S.-backed rivals – al-Nusra – fled; Aleppo fell.');
    compare('The vote was 52-48.Then it ended. Prices rose 5%, and wages fell 2% - the bank said.\nNew line: it’s over.');
  });

  it('falls back to tokenize when a token crosses the span', () => {
    const text = 'It cost 3,179 dollars.';
    const tokens = tokenize(text);
    expect(tokensOfSpan(text, tokens, 0, 10, text.length)).toEqual(tokenize(text.slice(10)));
    expect(tokensOfSpan(text, tokens, 2, 3, 11)).toEqual(tokenize(text.slice(3, 11)));
  });
});
