import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { disagreementClaim as claim } from '../testing/disagreements';
import { findDisagreements } from './disagreements';
import { measuresOf } from './measures';

/** The grade of each count of one sentence ('' for none). */
function grades(text: string): string[] {
  const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
  return measured.filter((m) => m.key.startsWith('count:')).map((m) => m.grade ?? '');
}

describe('counts given a grade (branch org-acts8)', () => {
  it('reads the grade after "as" right after the counted noun', () => {
    expect(grades('The agency rated only 14 beaches as poor.')).toEqual(['poor']);
    expect(grades('The council classed 40 homes as unfit last year.')).toEqual(['unfit']);
  });

  it('reads no grade in "as well as", "as part of" or without "as"', () => {
    expect(grades('Twelve people as well as two dogs were rescued.')).toEqual(['', '']);
    expect(grades('Nine wards as part of the plan were closed.')).toEqual(['']);
    expect(grades('30 beaches failed a test.')).toEqual(['']);
  });

  it('does not set a count by grade against a count of another thing, and does against one of the same grade', () => {
    const pairs = (texts: string[]) =>
      findDisagreements(
        texts.map((text, i) => claim(i, text)),
        () => false,
      ).map((found) => found.kind);
    expect(pairs(['30 beaches failed at least one test last summer.', 'The agency rated only 14 beaches as poor last summer.'])).toEqual(
      [],
    );
    expect(pairs(['The agency rated 30 beaches as poor last summer.', 'The trust rated only 14 beaches as poor last summer.'])).toEqual([
      'figures',
    ]);
  });
});
