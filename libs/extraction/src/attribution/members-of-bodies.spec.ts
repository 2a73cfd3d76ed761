import { lastWho } from '../testing/attribution';

describe("a body's members and officers as speakers (attr-cn6)", () => {
  it.each([
    // "Members said", "Cabinet members said", "Executive directors said": the body the text is on (named last, or spoke last).
    ['Orrin Vale Parish Council\n\nMembers said the bench had been vandalised 4 times.', '- / Orrin Vale Parish Council / -'],
    [
      'Tarnby Borough Council approved its budget on Monday. Cabinet members said 12 posts would not be filled.',
      '- / Tarnby Borough Council / -',
    ],
    [
      'Kelby Hospitals NHS Trust: board told of winter pressures\n\nExecutive directors said the trust had spent £2 million on agency staff.',
      '- / Kelby Hospitals NHS Trust / -',
    ],
    // Councillors ("councilor" is wink's lemma) speak for a council only, also when the word opens the sentence.
    ['Brackley Town Council met on Monday. Councillors said the car park had cost £90,000.', '- / Brackley Town Council / -'],
    ['Brackley Town Council met on Monday. Town councillors said the car park had cost £90,000.', '- / Brackley Town Council / -'],
    ['Brackley Rovers met on Monday. Councillors said the car park had cost £90,000.', '- / - / -'],
    // … and a word setting them apart from the body leaves them speaking for none.
    ['Brackley Town Council met on Monday. Independent councillors said the car park had cost £90,000.', '- / - / -'],
    // An area's word among the modifiers must be in the body's name.
    ['Hollin District Council met on Monday. County highways officers said 40 roads were shut.', '- / - / -'],
    ['Hollin County Council met on Monday. County highways officers said 40 roads were shut.', '- / Hollin County Council / -'],
    // A panel's or committee's members are that body's, not another named before.
    ['Sedge Water Ltd paid for the study. Panel members said 30 papers had been published.', '- / - / -'],
    // Bare "Officers said" after a police force was named are its officers.
    [
      'Tarrow Police closed the road. Brackley Town Council said it would be resurfaced. Officers said 2 cars were involved.',
      '- / Tarrow Police / -',
    ],
    // A body named only as where something happened is no one whose people speak.
    ['Patients waited in corridors at Kelby General Hospital. Finance officers said the deficit was £4 million.', '- / - / -'],
    // A name among the modifiers says whose they are: the rule leaves it alone.
    ['Brackley Town Council met on Monday. Police Scotland officers said 2 complaints were made.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('keeps a party group named before "group" when a reference would have taken the council', () => {
    expect(
      lastWho(
        'Ashby District Council will cut bin rounds. Officers said it would save £60,000. The opposition Green group has called for a delay.',
      ),
    ).toBe('- / Green group / -');
  });
});
