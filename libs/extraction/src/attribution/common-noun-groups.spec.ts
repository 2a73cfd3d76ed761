import { attribute, lastWho } from '../testing/attribution';

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
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  // A plural person noun opening the sentence (wink reads it as a name and keeps it as its lemma) is a role, not nobody.
  it.each(['Firefighters said the barn was lost.', 'Midwives said the ward was short of staff.'])('%s', (text) => {
    const [attribution] = attribute(text);
    expect(attribution?.method).toBe('noun-phrase');
    expect(attribution?.role?.toLowerCase()).toBe(text.split(' ')[0]?.toLowerCase());
  });
});
