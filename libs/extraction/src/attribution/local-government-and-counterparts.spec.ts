import { attribute, lastWho, rows } from '../testing/attribution';

describe('common-noun speakers: local government, staff by their work, counterparts and the article’s own body', () => {
  it.each([
    // A name ending in "Municipality" is the body that governs the area, so it speaks and "the municipality" points to it …
    ['The Tembeka Local Municipality said 3 clinics had closed.', '- / Tembeka Local Municipality / -'],
    [
      'The Tembeka Local Municipality said 3 clinics had closed. The municipality said 2 would reopen.',
      '- / Tembeka Local Municipality / -',
    ],
    // … and "the metro" is the metropolitan one.
    [
      'The Kwelera Metropolitan Municipality cut water to 4 suburbs. The metro said supply would return by Friday.',
      '- / Kwelera Metropolitan Municipality / -',
    ],
    // "Metro / City / Civic officials": the staff of the local government the text names, later in the next sentence too …
    [
      'Metro officials said rates would rise by 8%. The Kwelera Metropolitan Municipality said it had no choice.',
      '- / Kwelera Metropolitan Municipality / -',
    ],
    [
      'The Raigad Municipal Corporation cut supply on Monday. Civic officials said 2 pumps had failed.',
      '- / Raigad Municipal Corporation / -',
    ],
    ['Kelby City Council met on Monday. City officials said 3 bridges were unsafe.', '- / Kelby City Council / -'],
    // … a department's word after the local government's leaves it the same body …
    [
      'The Kwelera Metropolitan Municipality met. Metro finance officials said the bus service recovered 22% of its costs.',
      '- / Kwelera Metropolitan Municipality / -',
    ],
    // … but a city's officials are no shire's council.
    ['Brannock Shire Council met on Monday. City officials said 3 bridges were unsafe.', '- / - / -'],
    // An area's word alone before a group fits a public body of the area, never its hospital …
    ['Dunlow County Hospital will close its ward. County commissioners said they would object to the 4 closures.', '- / - / -'],
    // … and one named later in the same sentence counts.
    ['District officials said 30 buses run for the Elm Vale School District each day.', '- / Elm Vale School District / -'],
    // Staff named by their work: mediators work for the mediation service named before.
    [
      'Talks broke down at the Regional Conciliation and Mediation Board on Monday. Mediators said both sides would return on 3 May.',
      '- / Regional Conciliation and Mediation Board / -',
    ],
    // A role and lower-case nouns before the name inside an apposition ("operations director Name").
    ['Her counterpart at Dunmore Ferries, operations director Lars Beck, said 2 sailings were cut.', 'Lars Beck / Dunmore Ferries / -'],
    // The article's own hospital, named in its opening, over one named in passing three sentences before.
    [
      'Kessel Valley Hospital will shut its maternity unit in May. Mothers will be sent to Ardmore General Hospital, 40 miles away. The unit delivered 300 babies last year. Its two theatres are 40 years old. Staff at the hospital said they had been told on Friday.',
      '- / Kessel Valley Hospital / -',
    ],
  ])('%s → %s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('a mayor of a municipality speaks for no body by holding the post', () => {
    expect(rows('Ana Petrov has been mayor of the Halden municipality since 2020. Petrov said 400 jobs would go.')[1]).toBe(
      'Ana Petrov / - / -',
    );
  });

  it.each([
    // "His opposite number": the other named speaker, the one holding a post of the same word first …
    [
      'Kellby’s manager, Ruud Smit, said the goal was offside. The striker Owen Ames said he had scored 9 goals. Dunmore’s manager, Pedro Alves, said the goal was fair. His opposite number said the referee had been wrong all day.',
      'Ruud Smit',
    ],
    // … else the latest other named speaker before.
    [
      'Council leader Anna Kowal said reserves stood at £4m. Opposition councillor Tom Reyes said they were £1m. His opposite number said the auditors had agreed her figure.',
      'Anna Kowal',
    ],
  ])('%s', (text, speaker) => {
    expect(attribute(text).pop()?.speaker).toBe(speaker);
  });

  it('a counterpart with no one named before stays a role', () => {
    const last = attribute('The port reopened on Monday. His counterpart said 12 ships had docked.').pop();
    expect([last?.speaker, last?.role]).toEqual([null, 'counterpart']);
  });
});
