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

describe('a body named in full, then by its place or its possessive with a post', () => {
  it.each([
    // "a neurologist at X who …": the relative clause is on her, so X ends the employer's name.
    [
      'The trial was led by the University of Quillan. Dr Ada Brennock, a neurologist at Quillan who ran the clinics, said 40 patients had improved.',
      'Ada Brennock / University of Quillan',
    ],
    // "X's vice-chancellor" after "the University of X": the place the body is named for.
    [
      "The trial was led by the University of Quillan. Quillan's vice-chancellor, Professor Ada Brennock, said the university would spend £2 million.",
      'Ada Brennock / University of Quillan',
    ],
    // "X's cabinet member for planning": nouns of what the post is over between the possessive and the role.
    [
      "Tarrow District Council voted to leave the plan. Ada Brennock, Tarrow's cabinet member for planning, said the plan had asked for 4,000 homes.",
      'Ada Brennock / Tarrow District Council',
    ],
    // A place with no body named for it stays where she works, as before.
    ['Dr Ada Brennock, a neurologist at Quillan who ran the clinics, said 40 patients had improved.', 'Ada Brennock / Quillan'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});
