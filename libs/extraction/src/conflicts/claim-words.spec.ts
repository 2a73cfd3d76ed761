import { stemOfWord } from './claim-words';

describe('stemOfWord', () => {
  it.each([
    ['bonus', 'bonuses'],
    ['process', 'processes'],
    ['census', 'censuses'],
    ['shipment', 'shipments'],
    ['fire', 'firing'],
  ])('gives %s and %s one stem', (singular, other) => {
    expect(stemOfWord(singular)).toBe(stemOfWord(other));
  });
});
