import { stemOfWord } from './claim-words';

describe('stemOfWord', () => {
  it.each([
    ['bonus', 'bonuses'],
    ['process', 'processes'],
    ['census', 'censuses'],
    ['shipment', 'shipments'],
    ['fire', 'firing'],
    ['dog', 'dogs'],
    ['fee', 'fees'],
  ])('gives %s and %s one stem', (singular, other) => {
    expect(stemOfWord(singular)).toBe(stemOfWord(other));
  });

  it('keeps "news" apart from "new"', () => {
    expect(stemOfWord('news')).not.toBe(stemOfWord('new'));
  });
});
