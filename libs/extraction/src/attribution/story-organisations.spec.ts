import { lastWho } from '../testing/attribution';

const story =
  'Pellmoor Foods is to cut 40 jobs at its Dunley bakery. Pellmoor Foods said orders had fallen by a third since March. ' +
  'Rival firm Quenby Doors is hiring. The bakery will close in the spring, Pellmoor Foods said. The town has lost two other employers this year. Its high street is half empty. ';

describe('a post-holder with no owner named speaks for the organisation the story is about', () => {
  it.each([
    // The organisation named and heard from most, by a clear margin, is the one whose chief executive she is.
    [`${story}Chief executive Tamsin Reeve said the cuts were painful.`, 'Tamsin Reeve / Pellmoor Foods'],
    [`${story}Managing director Tamsin Reeve said the cuts were painful. Reeve said 12 staff would move.`, 'Tamsin Reeve / Pellmoor Foods'],
    // An owner runs a business of her own; a bare "Director" may direct a play.
    [`${story}Cafe owner Tamsin Reeve said trade had slowed.`, 'Tamsin Reeve / -'],
    [`${story}Director Tamsin Reeve said the play ran for three hours.`, 'Tamsin Reeve / -'],
    // A post that names a kind of body ("union organiser") is not the story's company.
    [`${story}Union organiser Tamsin Reeve said members would vote.`, 'Tamsin Reeve / -'],
    // Two organisations heard from as often: no story organisation.
    [
      'Pellmoor Foods said orders had fallen. Quenby Doors said orders had risen. Pellmoor Foods said it would cut jobs. ' +
        'Quenby Doors said it would hire. The town has lost two other employers this year. Its high street is half empty. Chief executive Tamsin Reeve said the cuts were painful.',
      'Tamsin Reeve / -',
    ],
    // Named once only: too little to call it the story's.
    [
      'Pellmoor Foods is to cut jobs. The town has lost two other employers. Chief executive Tamsin Reeve said the cuts were painful.',
      'Tamsin Reeve / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});
