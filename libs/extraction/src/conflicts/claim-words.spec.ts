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
    ['plan', 'planned'],
    ['stop', 'stopping'],
    ['admit', 'admitted'],
    ['closure', 'closed'],
    ['failure', 'failed'],
    ['measure', 'measured'],
    ['measures', 'measure'],
  ])('gives %s and %s one stem', (singular, other) => {
    expect(stemOfWord(singular)).toBe(stemOfWord(other));
  });

  it('undoes no double consonant a verb keeps: "called", "passed", "staffed"', () => {
    expect(stemOfWord('called')).toBe(stemOfWord('call'));
    expect(stemOfWord('passed')).toBe(stemOfWord('pass'));
    expect(stemOfWord('staffed')).toBe(stemOfWord('staff'));
  });

  it('keeps "news" apart from "new"', () => {
    expect(stemOfWord('news')).not.toBe(stemOfWord('new'));
  });
});
