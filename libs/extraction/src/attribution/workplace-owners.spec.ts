import { lastWho } from '../testing/attribution';

describe('groups at a body\'s own place: "drivers at the county\'s depot said"', () => {
  it.each([
    // A group of a body's people at a place the phrase gives as the body's own speaks for the body named before …
    [
      "Wrensford Water District met. Operators at the district's Tobbet treatment plant said 2 filters had failed.",
      '- / Wrensford Water District / -',
    ],
    [
      "Lintby County Council runs the service. Drivers at the county's Dunstall ambulance base said 2 of 4 ambulances had no oxygen.",
      '- / Lintby County Council / -',
    ],
    [
      "The Ashmere Steam Railway Trust runs the line. Guards at the railway's Pike Lane terminus said 38 passengers had no tickets.",
      '- / Ashmere Steam Railway Trust / -',
    ],
    [
      "Mimbury General Hospital opened in 1990. Nurses at the hospital's newborn unit said 14 babies were affected.",
      '- / Mimbury General Hospital / -',
    ],
    // … the body whose name holds the owner's noun, of two named ("the society's shop", not the trust's line) …
    [
      "The Ashmere Steam Railway Society runs the shop. The Ashmere Steam Railway Trust runs the line. Staff at the society's shop on Platform 2 said takings were £8,000.",
      '- / Ashmere Steam Railway Society / -',
    ],
    // … past a post whose first word the entity finder took for a one-word body …
    [
      "Lintby County Council runs the service. County roads chief Ana Pell spoke on Monday. Drivers at the county's Dunstall ambulance base said 2 of 4 ambulances had no oxygen.",
      '- / Lintby County Council / -',
    ],
    // … whatever names the place holds, and "from" ties the group as "at" does.
    [
      "Orsett Borough Council met. Engineers from the council's Calbeck highways depot said 12 lorries were idle.",
      '- / Orsett Borough Council / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // People who are only at the place speak for no body …
    ["Mimbury General Hospital opened in 1990. Relatives at the hospital's gate said they had paid £40 a cylinder.", '- / - / -'],
    ["Orsett Borough Council met. Tenants at the council's Calbeck estate said 12 flats were damp.", '- / - / -'],
    // … nor does a group at a body's place when no body holding the noun was named (the noun is no name).
    ["Drivers at the county's Dunstall ambulance base said 2 of 4 ambulances had no oxygen.", '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('groups at a body\'s place named by the body\'s own name: "Staff at NAME\'s Tarvey office", "Workers at the NAME yard" (branch entity15)', () => {
  it.each([
    // The body named before, by its own name before the place's nouns …
    [
      'Ostwick Brannt said its partners had voted. Apprentices at the Ostwick Brannt office in Tarvey said 12 contracts were guaranteed.',
      '- / Ostwick Brannt / -',
    ],
    [
      'Ostwick Brannt said its 300 riveters had walked out. Riveters at the Ostwick Brannt plating shop said overtime had been cut to nothing.',
      '- / Ostwick Brannt / -',
    ],
    [
      'Ostwick Brannt said 300 staff had walked out. Workers at the Ostwick Brannt yard said pay had not risen since 2024.',
      '- / Ostwick Brannt / -',
    ],
    // … or by its possessive before a place's name and the site's noun.
    [
      "Ostwick Brannt said its partners had voted. Staff at Ostwick Brannt's Tarvey office said 12 contracts were guaranteed.",
      '- / Ostwick Brannt / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // A place's name before the site's noun is no body, nor a name no organisation bears.
    ['Drivers at the Pellmore Street depot said 4 lorries were idle.', '- / - / -'],
    ['Workers at the Ostwick Brannt yard said pay had not risen since 2024.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
