import { lastWho, rows } from '../testing/attribution';

describe('common-noun subjects: parts of a body, posts, acronyms, judges', () => {
  it.each([
    // A part a named body owns speaks for the body, with one word before its noun or two, not as a body of its own.
    [
      'The Kessel Flood Agency said 40 homes were flooded. The Kessel Flood Agency’s northern office said 12 roads were shut.',
      '- / Kessel Flood Agency / -',
    ],
    [
      'The Ostler Rail Board said 9 trains were cancelled. The Ostler Rail Board’s signalling control centre said 4 lines were shut.',
      '- / Ostler Rail Board / -',
    ],
    // An acronym's possessive before a part, and an acronym before a part before a role, are the body it stands for.
    [
      'The Tanners and Dyers Union (TDU) said 60 members voted. The TDU’s Westhill branch said 14 of them had quit.',
      '- / Tanners and Dyers Union / -',
    ],
    [
      'The Tanners and Dyers Union (TDU) said 60 members voted. TDU branch officials at Westhill said 14 of them had quit.',
      '- / Tanners and Dyers Union / -',
    ],
    // A role before an organisation's name and its acronym in brackets.
    ['Officials of the Orrin Water Board (OWB) said 30 samples were taken.', '- / Orrin Water Board / -'],
    ['A spokeswoman for the Lisle Ferry Company (LFC) said 12 sailings were cut.', '- / Lisle Ferry Company / -'],
    // Brackets that do not hold the name's acronym are no part of the subject.
    ['Officials of the Orrin Water Board (Tuesday) said 30 samples were taken.', '- / - / -'],
    // A present-tense verb of saying before an approximate figure.
    ['Campaigners at Keep Harlow Green claim nearly 300 trees were felled.', '- / Keep Harlow Green / -'],
    ['Campaigners at Keep Harlow Green claim about 300 trees were felled.', '- / Keep Harlow Green / -'],
    // A post's office is the body named for that post, or the words as written when none is.
    [
      'The Belmore County Sheriff’s Office said 2 men were held. The county coroner’s office said one of them had died.',
      '- / county coroner’s office / -',
    ],
    [
      'The Belmore County Sheriff’s Office said 2 men were held. The sheriff’s office said one of them had been released.',
      '- / Belmore County Sheriff’s Office / -',
    ],
    // People who work for a post's holder speak for the body named for the post, before or after them.
    [
      'The Belmore County Sheriff’s Office said 2 men were held. A sheriff’s office spokesman said 1 was hurt.',
      '- / Belmore County Sheriff’s Office / -',
    ],
    // None named for the post: no body.
    ['The Belmore County Council said 2 roads were shut. A sheriff’s spokesman said 1 driver was hurt.', '- / - / -'],
    // A body's people as a group, owned by its pronoun, speak for it.
    [
      'The Kestrel Relief Agency said 80 people had died. Its field teams reported that 60 percent of them were children.',
      '- / Kestrel Relief Agency / -',
    ],
    ['The Kestrel Relief Agency said 80 people had died. Its staff said 4 clinics had closed.', '- / Kestrel Relief Agency / -'],
    // Judges speak for the court the text named, and only for a court.
    ['The Harlen Appeals Court heard the case in May. The judges found that the permit had been unlawful.', '- / Harlen Appeals Court / -'],
    ['The Harlen Water Board heard the case in May. The judges found that the permit had been unlawful.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('takes the body named for the post after a lede whose staff speak before it is named', () => {
    const text = 'Two cars collided on Route 6, sheriff’s deputies said. The Belmore County Sheriff’s Office said 2 men were held.';
    expect(rows(text)[0]).toBe('- / Belmore County Sheriff’s Office / -');
  });
});
