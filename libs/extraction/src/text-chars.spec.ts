import { endsWithText } from './text-chars';

describe('endsWithText', () => {
  it('answers as String.prototype.endsWith does', () => {
    const words = ['', 'd', 'ed', 'wanted', 'bed', 'we’ve', "we've", 've', 'Ed', 'interest', 'test', 'straße', 'naïve'];
    const suffixes = ['', 'ed', "'ve", 'est', 'e', 'ße', 'ïve', 'wanted', 'unwanted'];
    for (const word of words) {
      for (const suffix of suffixes) expect([word, suffix, endsWithText(word, suffix)]).toEqual([word, suffix, word.endsWith(suffix)]);
    }
  });

  it('compares code units, not letters', () => {
    expect(endsWithText('we’ve', "'ve")).toBe(false);
    expect(endsWithText('WANTED', 'ed')).toBe(false);
  });
});
