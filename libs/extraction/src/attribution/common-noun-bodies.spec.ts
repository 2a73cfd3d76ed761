import { lastWho } from '../testing/attribution';

describe('common-noun speakers and the bodies they speak for', () => {
  it.each([
    // A description's classifying adjectives pick among bodies sharing its head noun, however near the other one is …
    [
      'The Norvale Weather Service said 80 mm fell. The Norvale Ambulance Service said 9 people were hurt. The weather service said more rain would come.',
      '- / Norvale Weather Service / -',
    ],
    [
      'The National Hydrological Service said the river rose 2 m. The National Fire Service sent 9 engines. The hydrological service said it would peak on Friday.',
      '- / National Hydrological Service / -',
    ],
    // … also as the owner of a role.
    [
      'The National Hydrological Service said the river rose 2 m. The National Fire Service sent 9 engines. The hydrological service’s chief forecaster, Ada Voss, said it would peak on Friday.',
      'Ada Voss / National Hydrological Service / -',
    ],
    // An adjective that only describes ("the regional service") still takes the nearest body with the head noun.
    [
      'The Norvale Weather Service said 80 mm fell. The Norvale Ambulance Service said 9 people were hurt. The regional service said 3 more were missing.',
      '- / Norvale Ambulance Service / -',
    ],
    // A noun modifier matches its plural in a name, and a plural organisation word ends a name of three words.
    ['Keldon Power Networks said 4,000 homes lost power. The network operator said 900 were back on.', '- / Keldon Power Networks / -'],
    // Two words ending in one are a person's name as often.
    ['A former trustee, Ines Banks, said 4,000 homes lost power.', 'Ines Banks / - / -'],
    // A generic organisation noun narrowed by a word of the name is that name.
    ['Tarwick Water was fined 2 million pounds. The water company said it had spent 30 million on pipes.', '- / Tarwick Water / -'],

    // A medium addressed by "told", its adjectives before it, is the outlet.
    [
      'The Harrow Growers Union said 40 farms were flooded. Its chairman told national broadcaster KTV that 12 had lost stock.',
      '- / Harrow Growers Union / KTV',
    ],
    [
      'The Harrow Growers Union said 40 farms were flooded. A union spokesman told to the public broadcaster KTV that 12 had lost stock.',
      '- / Harrow Growers Union / KTV',
    ],

    // A name ending in a noun for a place where a trade is carried on is a business, not a person.
    ['Ashdown Tannery said 14 jobs would go.', '- / Ashdown Tannery / -'],
    ['Staff at Kelby Distillery said 14 jobs would go.', '- / Kelby Distillery / -'],
    // A name that a later clause calls "its" is an organisation; not when a noun phrase stands between.
    ['Hollin Pottery will close in March, its owners said.', '- / Hollin Pottery / -'],

    // A speaker inside what an unread subject of the sentence said is reported by that subject.
    ['Ashdown Tannery cut 14 jobs. Farmers near Kelby said the tannery had told them 30 more would go.', '- / - / -'],
    // Inside an aside about another speaker, it does not hide the sentence's own clause.
    ['Ina Roe, whose group asked for the review, said 14 jobs would go.', 'Ina Roe / - / -'],

    // A post that exists only inside a body is held "in" it; a patient in a hospital speaks for no one.
    [
      'The Ministry of Ports said 3 berths were shut. The deputy director in the ministry, Ola Brink, said 2 would reopen.',
      'Ola Brink / Ministry of Ports / -',
    ],
    ['The Ministry of Ports said 3 berths were shut. A patient in the hospital, Ola Brink, said 2 would reopen.', 'Ola Brink / - / -'],

    // "X's Y" written as a description: a place owns a body, a body owns its unit.
    ['The county’s roads service said 14 bridges were closed.', '- / roads service / -'],
    ['The national federation’s disciplinary unit said 3 riders were banned.', '- / national federation / -'],

    // A compass point between "in" and a name keeps it a place, not the short name of a body named before.
    ['Kelby General Hospital treated 9 people. Teachers in west Kelby said 4 schools were shut.', '- / - / -'],

    // A union branch is named by "Local" and its number.
    ['Tom Reyes, president of Harbor Drivers Local 420, said 300 members were on strike.', 'Tom Reyes / Harbor Drivers Local 420 / -'],

    // Inspectors, auditors and investigators who find something report their body's finding; volunteers do not.
    ['The Tessby Care Inspectorate visited 6 homes. Inspectors found faulty fire doors in 4 of them.', '- / Tessby Care Inspectorate / -'],
    ['The Tessby Care Inspectorate visited 6 homes. Volunteers found faulty fire doors in 4 of them.', '- / - / -'],

    // The staff of a kind of body written right before "staff" speak for it.
    ['The Coast Rescue Agency saved 4 sailors. Agency staff said the yacht had lost its mast.', '- / Coast Rescue Agency / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
