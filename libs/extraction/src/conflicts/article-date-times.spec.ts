import { extract } from '../extract';
import { findDisagreements } from './disagreements';
import { disagreementClaim as claim } from '../testing/disagreements';

/** The figure pairs `findDisagreements` finds in an article of March 2031 (or undated), as "first-second" indexes. */
function figurePairs(texts: readonly string[], letters: string, dated = true): string[] {
  const claims = texts.map((text, i) => claim(i, text));
  return findDisagreements(claims, (a, b) => letters[a] === letters[b], undefined, undefined, dated ? { year: 2031, month: 3 } : undefined)
    .filter((found) => found.kind === 'figures')
    .map((found) => found.claims.join('-'));
}

describe('findDisagreements: times told back from the article date (branch evt-date)', () => {
  it('reads "last year" in an article of 2031 as the 2030 another source writes out', () => {
    const texts = [
      'The guild said the ferry had carried 91,000 cyclists last year.',
      'The operator said the ferry had carried 64,000 cyclists in 2030.',
    ];
    expect(figurePairs(texts, 'AB')).toContain('0-1');
    expect(figurePairs(texts, 'AB', false)).not.toContain('0-1');
  });

  it('keeps "last year" apart from another year written out', () => {
    const texts = [
      'The guild said the ferry had carried 91,000 cyclists last year.',
      'The operator said the ferry had carried 64,000 cyclists in 2028.',
    ];
    expect(figurePairs(texts, 'AB')).not.toContain('0-1');
  });

  it('reads "last month" as the month before the article date, and "two years ago" as two years before', () => {
    const month = (when: string) => [
      'The guild said the ferry had carried 9,100 cyclists last month.',
      `The operator said the ferry had carried 6,400 cyclists in ${when}.`,
    ];
    expect(figurePairs(month('February'), 'AB')).toContain('0-1');
    expect(figurePairs(month('January'), 'AB')).not.toContain('0-1');
    const years = (when: string) => [
      'The guild said the ferry had carried 91,000 cyclists two years ago.',
      `The operator said the ferry had carried 64,000 cyclists in ${when}.`,
    ];
    expect(figurePairs(years('2029'), 'AB')).toContain('0-1');
    expect(figurePairs(years('2030'), 'AB')).not.toContain('0-1');
  });

  it('keeps two times told back that are not one apart', () => {
    const texts = [
      'The guild said the ferry had carried 9,100 cyclists last month.',
      'The operator said the ferry had carried 6,400 cyclists two years ago.',
    ];
    expect(figurePairs(texts, 'AB')).not.toContain('0-1');
  });

  it('takes the date from the article byline', () => {
    const article = [
      'Ferry cyclist numbers disputed',
      '',
      'By Ada Quell | Tuesday 11 March 2031',
      '',
      'The Zembrith Cycling Guild said the Quallowby ferry had carried 91,000 cyclists last year.',
      '',
      'Quallowby Crossings, which runs the ferry, said it had carried 64,000 cyclists in 2030.',
    ].join('\n');
    const kinds = extract(article).conflicts.map((conflict) => conflict.kind);
    expect(kinds).toContain('figures');
    const undated = article.replace(' | Tuesday 11 March 2031', '');
    expect(extract(undated).conflicts.map((conflict) => conflict.kind)).not.toContain('figures');
  });
});
