import { lastWho } from '../testing/attribution';

describe('a body described by its kind, then "of" and a name', () => {
  it.each([
    // "The regional government of X": the whole description names the body, not its head noun alone …
    ['The regional government of Pellow Mark put the cost of the new bridge at €41 million.', '- / regional government of Pellow Mark / -'],
    ['The provincial government of Coldby Reach said 14 roads were still closed.', '- / provincial government of Coldby Reach / -'],
    ['The district council of Orme Vale said three schools would stay shut on Monday.', '- / district council of Orme Vale / -'],
    // … and a later "the provincial government" refers back to it.
    [
      'The provincial government of Coldby Reach said 14 roads were closed. The provincial government said 6 more would close.',
      '- / provincial government of Coldby Reach / -',
    ],
    // A body's own office speaks for that body, named after "of".
    ['The regional office of the Red Cross said 40 families had been moved.', '- / Red Cross / -'],
    // People of a place are no body: the place stays out.
    ['Residents of Coldby Reach said the water had been brown for a week.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
