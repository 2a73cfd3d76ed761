import { lastWho } from '../testing/attribution';

describe('groups named by a common noun and the bodies they belong to', () => {
  it.each([
    // A bare plural role speaks for the one organisation the text wrote beside the same noun before …
    [
      'Crews from Harlby Fire Brigade and Penrock Rescue Service volunteers were sent to the quarry. Volunteers said two climbers were still missing.',
      '- / Penrock Rescue Service / -',
    ],
    [
      'Inspectors from the Marlow Food Standards Agency visited 14 kitchens. Inspectors said nine were dirty.',
      '- / Marlow Food Standards Agency / -',
    ],
    // … but not when two names stand beside it, nor when none does.
    ['Harlby Police officers and Penrock Police officers closed the road. Officers said a lorry had overturned.', '- / - / -'],
    ['Officers closed the road at noon. Officers said a lorry had overturned.', '- / - / -'],
    // An acronym of an organisation named before, opening the sentence before a role, is that organisation …
    [
      'The Tarnby Water Board (TWB) cut supply on Monday. TWB officials said the pipe would be fixed by Friday.',
      '- / Tarnby Water Board / -',
    ],
    // … whether or not the text introduced it in brackets, capitals and lower-case letters alike …
    ['The Office for Coastal Safety closed the beach. OCS inspectors said the water was unsafe.', '- / Office for Coastal Safety / -'],
    // … but not when two organisations named before share the initials.
    ['The Coastal Safety Office and the Carrow Sailing Office met. CSO officials said the beach would reopen.', '- / - / -'],
    // "the force" is a police force whose name holds "police" anywhere, not only at its end.
    ['Officers of the Dunmore Police District closed the lane. The force said it had made two arrests.', '- / Dunmore Police District / -'],
    ['The Police Service of Carrowmere said 4 were hurt. The force said it had made two arrests.', '- / Police Service of Carrowmere / -'],
    // A body's noun stands for a name holding its plural.
    ['Crews from Tallow Ambulance Services were sent. The service said 12 people were treated.', '- / Tallow Ambulance Services / -'],
    // "The shire's roads engineer": an area's possessive before a role is the area's own council named before …
    ["Brannock Shire Council met on Monday. The shire's roads engineer said 3 bridges were unsafe.", '- / Brannock Shire Council / -'],
    // … never a body of another kind that holds the area's word.
    ["Brannock Shire Police closed the road. The shire's roads engineer said 3 bridges were unsafe.", '- / - / -'],
    // A government department written in lower case with its portfolio is the whole phrase, and "the department" after it.
    ['The department of mineral resources and energy said 4 mines had closed.', '- / department of mineral resources and energy / -'],
    [
      'The department of mineral resources and energy said 4 mines had closed. The department said 2 more would close.',
      '- / department of mineral resources and energy / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('the body a group works with, named after "at" or "with"', () => {
  it.each([
    // A name read as a person's (no first name) after a group working together is the body it speaks for …
    ['Volunteers at Open Larder Kelby claim that 300 families used the pantry in May.', '- / Open Larder Kelby / -'],
    ['Organisers with the Save Tarnley Baths said 4,000 people had signed.', '- / Save Tarnley Baths / -'],
    // … and "the group" after it.
    [
      'Volunteers at Open Larder Kelby claim that 300 families used the pantry in May. The group’s coordinator, Ines Vale, said 40 more were waiting.',
      'Ines Vale / Open Larder Kelby / -',
    ],
    // People who are only there speak for no body.
    ['Residents at Harrow Lees said the lift had been broken for a month.', '- / - / -'],
    // A seat or a place in a post is no word of a body that spoke before.
    [
      'Volunteers at Open Larder Kelby claim that 300 families used the pantry. Kelby North MP Ines Vale said more help was needed.',
      'Ines Vale / - / -',
    ],
    [
      'Volunteers at Open Larder Kelby claim that 300 families used the pantry. Tom Reed, a trustee of the Harrow Food Trust, said demand had doubled. Kelby North MP Ines Vale said more help was needed.',
      'Ines Vale / - / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('hyphenated posts', () => {
  it.each([
    ['The Director-General, Ama Osei, said 12 wells had failed.', 'Ama Osei / - / -'],
    ['The Vice-Chancellor of Kestle University, Ama Osei, said 12 courses would close.', 'Ama Osei / Kestle University / -'],
    ['The Secretary-General of the Tallow Farmers Union, Ama Osei, said 12 farms had closed.', 'Ama Osei / Tallow Farmers Union / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('organisations by what they do, and posts after an inverted speaker', () => {
  it.each([
    // "the utility" is a water, power or gas company named before.
    ['Tarnby Bulk Water said supply was normal. The utility said its pipeline had delivered in full.', '- / Tarnby Bulk Water / -'],
    ['Kestle Power said 900 homes were cut off. The utility said crews would work overnight.', '- / Kestle Power / -'],
    // "…,” said Name, ORGANISATION Post in Place: the apposition after an inverted speaker gives her organisation …
    ['“The wells are dry,” said Ines Vale, Oxfam Representative in Kenya.', 'Ines Vale / Oxfam / -'],
    // … and a name after "in the" in it is where she works, never the speaker.
    ['“The wells are dry,” said Ines Vale, Oxfam Representative in the Central African Republic.', 'Ines Vale / Oxfam / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
