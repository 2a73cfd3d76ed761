import { hasCheckableContent, MIN_MATCHED_TOKENS } from './checkable-content';
import { normaliseClaim } from './normalise';
import { isCommonNumber } from './shingle-kinds';
import { computeSignature, signatureBandKeys } from './signature';

const checkable = (text: string): boolean => hasCheckableContent(text, normaliseClaim(text));

describe('hasCheckableContent', () => {
  it.each([
    'Reporting by Ilse Brandt; editing by Tomasz Wolan',
    'Additional reporting by Ilse Brandt in Korvel',
    '(Writing by Ilse Brandt; Editing by Tomasz Wolan)',
    'Media contact: Ilse Brandt, press office of the Korvel Water Board',
    'For more information about the Korvel water project, visit the board’s website.',
    'Email: press@korvel-water.example',
    'Good morning and welcome to our live coverage of the Korvel election.',
    'Thank you for following our coverage of the Korvel flood today.',
    'Follow our live coverage of the Korvel flood on our website.',
    'You can reach the press office at ilse.brandt@korvel-water.example for details.',
    '© 2026 Korvel Water Board. All rights reserved.',
    'Photo: Ilse Brandt/Korvel Herald',
    'Pictures by Tomasz Wolan for the Korvel Herald',
  ])('is false for boilerplate: %s', (line) => {
    expect(checkable(line)).toBe(false);
  });

  it(`is false for a claim with fewer than ${MIN_MATCHED_TOKENS} words once normalised`, () => {
    expect(checkable('That is not true.')).toBe(false);
    expect(checkable('“We are worried,” she said.')).toBe(false);
  });

  it('is true for a claim of only two figures of two measures, not for one figure or a figure and its year (branch matching22)', () => {
    expect(checkable('About 38% of them were off for more than three days.')).toBe(true);
    expect(checkable('That is a rise of 12.5 percent on a year earlier.')).toBe(true);
    expect(checkable('That represents a 20% drop.')).toBe(false);
    expect(checkable('It was 40% in 2019.')).toBe(false);
  });

  it('is true for claims with a figure, a name or enough words, whether check-worthy or not', () => {
    expect(checkable('The Korvel Water Board said 3,400 homes had no running water on Monday.')).toBe(true);
    expect(checkable('Pupils are eating lunch once a day.')).toBe(true);
    expect(checkable('The summer music festival in the harbour has been called off.')).toBe(true);
    expect(checkable('Following the vote, the Korvel council cut the water budget by 12 percent.')).toBe(true);
    // "Reporting" as an ordinary word, not a credit line.
    expect(checkable('Reporting of workplace injuries rose by a third last year, the inspectorate said.')).toBe(true);
  });

  it('gives boilerplate an empty signature: no band keys, never matched', () => {
    const signature = computeSignature('Reporting by Ilse Brandt; editing by Tomasz Wolan');
    expect(signature.shingles.length).toBe(0);
    expect(signatureBandKeys(signature)).toEqual([]);
  });
});

describe('isCommonNumber for shares', () => {
  it('weighs round shares (whole multiples of five percent) as common and other shares as distinctive', () => {
    expect(['50%', '25%', '40%', '95%', '100%'].filter(isCommonNumber)).toEqual(['50%', '25%', '40%', '95%', '100%']);
    expect(['33%', '6.8%', '12%', '67%', '2.5%'].filter(isCommonNumber)).toEqual([]);
  });
});
