import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classifyClaimType, MIN_QUOTED_WORDS } from './claim-type';
import { splitSentences } from './sentence-splitter';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/aleppo-2016-12.txt');

describe('classifyClaimType', () => {
  it.each([
    ['3,179 people left eastern Aleppo on Monday.', 'statistic'],
    ['As little as one percent of UN aid reaches Deir al-Zor.', 'statistic'],
    ['“Over 80,000 Syrians have been freed,” the general said.', 'statistic'],
    ['The damage was caused by Russian airstrikes.', 'causal'],
    ['Flights were cancelled due to the storm.', 'causal'],
    ['Damascus and its allies bear the biggest responsibility for the suffering.', 'causal'],
    ['Moscow hopes to resolve the situation by the end of the year.', 'prediction'],
    ['The army will retake the city.', 'prediction'],
    ['“Those Syrians had been serving as human shields,” the general said.', 'quote'],
    ['“This is a common task for all of us.”', 'quote'],
    ['The Syrian Army retook the district on Monday.', 'event'],
    ['The strikes were paused in mid-October.', 'event'],
    ['A so-called “safe zone” near the border.', 'other'],
    ['How many of the 3,179 people left?', 'other'],
    ['', 'other'],
  ])('%s → %s', (sentence, type) => {
    expect(classifyClaimType(sentence)).toBe(type);
  });

  it('uses the quote context it is given instead of guessing from the text alone', () => {
    const sentence = 'Many of them were able to get water at humanitarian centers.';
    expect(classifyClaimType(sentence)).toBe('event');
    expect(classifyClaimType(sentence, { id: 1, coverage: 'full', quotedWords: 11 })).toBe('quote');
    expect(classifyClaimType(sentence, null)).toBe('event');
  });

  it('needs MIN_QUOTED_WORDS quoted words for a partly quoted sentence to be a quote', () => {
    const sentence = 'A phrase like this one.';
    expect(classifyClaimType(sentence, { id: 0, coverage: 'partial', quotedWords: MIN_QUOTED_WORDS - 1 })).toBe('other');
    expect(classifyClaimType(sentence, { id: 0, coverage: 'partial', quotedWords: MIN_QUOTED_WORDS })).toBe('quote');
  });

  it('types the fixture sentences', () => {
    const sentences = splitSentences(readFileSync(FIXTURE, 'utf8'));
    const types = sentences.map((s) => classifyClaimType(s.text, s.quote));
    expect(types[0]).toBe('prediction'); // Moscow hopes to resolve … by the end of the year
    expect(types.slice(6, 9)).toEqual(['statistic', 'quote', 'quote']); // Konashenkov
    expect(types[14]).toBe('statistic'); // 3,179 people …
    expect(types[20]).toBe('causal'); // damage allegedly caused …
    expect(types[21]).toBe('causal'); // … bear the biggest responsibility …
    expect(types[22]).toBe('event'); // the strikes were paused …
  });
});
