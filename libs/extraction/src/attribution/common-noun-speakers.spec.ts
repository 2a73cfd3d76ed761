import { lastWho } from '../testing/attribution';

describe('common-noun speakers in other news styles', () => {
  it.each([
    // A medium named by common nouns alone is the outlet, as the subject …
    ['State media reported that 14 miners had been rescued.', '- / - / State media'],
    ['Local radio said the bridge had been shut for 3 hours.', '- / - / Local radio'],
    // … or as the addressee.
    ['Pavo Ritter told state television that 40 workers were sick.', 'Pavo Ritter / - / state television'],
    ['Officials said in an interview with local radio that 40 workers were sick.', '- / - / local radio'],
    // Where something was posted is no medium that reported it; an audience is no outlet.
    ['Pavo Ritter wrote on social media that 40 workers were sick.', 'Pavo Ritter / - / -'],
    ['Pavo Ritter told reporters that 40 workers were sick.', 'Pavo Ritter / - / -'],

    // The organisation written before a role runs to its last organisation noun; what follows narrows the role.
    ['Porters’ union officials said 30 cranes were idle. A union safety representative said 4 were unsafe.', '- / Porters’ union / -'],
    // A possessive before the organisation is part of it, not the role.
    ['Cleaners’ union representatives said 80 staff were unpaid.', '- / Cleaners’ union / -'],

    // An area narrowed by an organisation noun is the body that serves it, and its last word points back to it.
    ['The Elm Vale School District said 12 buses ran late.', '- / Elm Vale School District / -'],
    ['Elm Vale School District runs 42 buses. A district spokeswoman said 12 ran late.', '- / Elm Vale School District / -'],
    ['Elm Vale School District runs 42 buses. The district’s transport manager said 12 ran late.', '- / Elm Vale School District / -'],
    ['Elm Vale School District runs 42 buses. The district said 12 ran late.', '- / Elm Vale School District / -'],
    ['School district officials said 12 buses ran late.', '- / School district / -'],
    // An area alone stays a place.
    ['Officials in Corbin County said 12 buses ran late.', '- / - / -'],

    // The plural of a noun for people opening a sentence is people speaking, not a person's surname …
    ['Deputies said the lorry had been travelling at 60 mph.', '- / - / -'],
    ['Paramedics said 3 people were hurt.', '- / - / -'],
    // … unless the text names someone by it.
    ['Lena Stewards, a nurse, said 3 people were hurt. Stewards said the ward was full.', 'Lena Stewards / - / -'],

    // A run of names after "the" ending in an organisation noun is an organisation, which the role is with or at.
    ['Troopers with the Ashvale Highway Patrol said the road was icy.', '- / Ashvale Highway Patrol / -'],
    ['Officials at the Ashvale Highway Patrol said the road was icy.', '- / Ashvale Highway Patrol / -'],

    // Officials "in" a body work for it; residents "in" a place only live there.
    ['Officials in the fisheries ministry said quotas would fall by 8%.', '- / fisheries ministry / -'],
    ['Residents in the village said 3 wells were dry.', '- / - / -'],

    // A role's organisation noun is the name holding it earlier in the same sentence, over one that spoke before.
    ['The Orla Canoe Federation banned 3 paddlers, a federation spokesman said.', '- / Orla Canoe Federation / -'],
    [
      'Tessby Police arrested 4 men. The Valley Rescue Force saved 46 people on Monday, a force spokeswoman said.',
      '- / Valley Rescue Force / -',
    ],

    // A plural organisation noun narrowed by adjectives or a nationality alone names no body in particular …
    ['A ferry ran aground on Monday, Danish authorities said.', '- / - / -'],
    ['On Monday, local authorities said 300 homes had no water.', '- / - / -'],
    // … one narrowed by a noun names a kind of body, as written.
    ['Water authorities said 300 homes had no water.', '- / Water authorities / -'],

    // The words narrowing an organisation written before a role must be in the name it resolves to.
    [
      'The Weather Department said 212 mm fell. A revenue department spokesman said 2,600 hectares were damaged.',
      '- / revenue department / -',
    ],
    [
      'The Kelso Revenue Department said 212 mm fell. A revenue department spokesman said 2,600 hectares were damaged.',
      '- / Kelso Revenue Department / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
