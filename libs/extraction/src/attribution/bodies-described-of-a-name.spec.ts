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
    // A government is of a place even when a name opening with the place's word was read as a body's.
    [
      'Floods in the Glenmorrow valley killed dozens. The Glenmorrow Valley Trust said 3 dams were weak. The provincial government of Glenmorrow said 41 people had drowned.',
      '- / provincial government of Glenmorrow / -',
    ],
    // A body's own office speaks for that body, named after "of".
    ['The regional office of the Red Cross said 40 families had been moved.', '- / Red Cross / -'],
    // People of a place are no body: the place stays out.
    ['Residents of Coldby Reach said the water had been brown for a week.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('a body named with a possessive before what it owns', () => {
  it.each([
    // "X's PLACE office" read as one name: the body is the owner, not the owner and its place.
    [
      "Staff at maker Dunlow's Leeds depot were dismissed on Monday. Mira Kell, Dunlow's chief people officer, said 40 roles had gone.",
      'Mira Kell / Dunlow / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
