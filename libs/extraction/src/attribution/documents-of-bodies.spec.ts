import { lastWho as last } from '../testing/attribution';

describe('documents whose owner is a body named before (branch org-docs)', () => {
  it('reads a judgment as the court or tribunal that gave it', () => {
    expect(
      last(
        'The Ossway Employment Tribunal ruled that the nurse was unfairly dismissed. The judgment said that the hospital had failed to investigate.',
      ),
    ).toBe('- / Ossway Employment Tribunal / -');
    expect(
      last('The Ossway Employment Tribunal ruled that the nurse was unfairly dismissed. The hospital’s case was weak, the judgment said.'),
    ).toBe('- / Ossway Employment Tribunal / -');
  });

  it('reads a timetable, logs and a board’s papers as the body’s', () => {
    expect(last('The Brindwell Rowing Club will raise fees. The club’s own timetable shows 14 sessions a week.')).toBe(
      '- / Brindwell Rowing Club / -',
    );
    expect(
      last('The Brindwell Rowing Club will raise fees. Maintenance logs produced by the club show the boats were last checked in 2021.'),
    ).toBe('- / Brindwell Rowing Club / -');
    expect(last('The Brindwell Rowing Club will raise fees. Board papers show that members were told in May of a £40,000 loss.')).toBe(
      '- / Brindwell Rowing Club / -',
    );
  });

  it('reads a board’s papers as the story’s body, not the last body that spoke', () => {
    const story = [
      'The Dunstow Housing Trust owns 9,000 homes.',
      'The Dunstow Housing Trust plans to sell 200 of them.',
      'Tenants of the Dunstow Housing Trust have objected.',
      'Ratings firm Marl Pike Ratings put the trust’s rating on review, the firm said.',
      'Board papers show that the directors were told of a £90m gap in March.',
    ].join(' ');
    expect(last(story)).toBe('- / Dunstow Housing Trust / -');
  });

  it('reads minutes of a body’s committee as the body’s', () => {
    expect(
      last('The Brindwell Rowing Club will raise fees. Minutes of the club’s finance committee record that the loss was £40,000.'),
    ).toBe('- / Brindwell Rowing Club / -');
  });

  it('leaves documents with no owner named to no one', () => {
    expect(last('The Brindwell Rowing Club will raise fees. A leaked spreadsheet lists nine boats to be sold.')).toBe('- / - / -');
    expect(
      last('The Brindwell Rowing Club will raise fees. Emails disclosed to the tribunal show that the fee was discussed in March.'),
    ).toBe('- / - / -');
    expect(last('The Brindwell Rowing Club will raise fees. Copies of the minutes show that the fee was discussed in March.')).toBe(
      '- / - / -',
    );
  });
});
