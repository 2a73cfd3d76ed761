import { isPersonPluralInMen } from './counted-noun';

describe('plurals in -men of person nouns (branch count19)', () => {
  it('reads the plural of a person noun in -man', () => {
    for (const word of ['linesmen', 'ferrymen', 'councilmen', 'women', 'boatmen']) expect(isPersonPluralInMen(word)).toBe(true);
  });

  it('leaves singular nouns in -men and short words alone', () => {
    for (const word of ['specimen', 'regimen', 'abdomen', 'omen', 'lumen', 'men', 'acumen']) expect(isPersonPluralInMen(word)).toBe(false);
  });
});
