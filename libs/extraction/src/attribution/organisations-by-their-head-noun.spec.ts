import { rows } from '../testing/attribution';

describe('"the county" for an "X County" named as a place (issue 15, attr-ref5)', () => {
  it('reads "The county said" as the county named before', () => {
    const text =
      'Dunmere shares a gritting depot with Harwood County, which maintains the trunk roads.\n\n' +
      'The county said its own salt stocks had lasted the winter.';
    expect(rows(text)[1]).toBe('- / Harwood County / -');
  });

  it('takes the "X County" itself, not a body that has the word inside its name', () => {
    const text =
      'Northfield County Hospital will close its maternity ward, the hospital said.\n\n' +
      'Paramedics travel from Harwood County to Dunmere.\n\n' +
      'The county said it would pay for a second ambulance crew.';
    expect(rows(text)[2]).toBe('- / Harwood County / -');
  });

  it('leaves people "in the county" as they were: a place they live in, no body they speak for', () => {
    const text =
      'Harwood County General Hospital will close its maternity ward, the hospital said.\n\n' +
      'Farmers in the county said the nearest ward was now two hours away.';
    expect(rows(text)[1]).toBe('- / - / -');
  });

  it('reads "the county\'s" director as the county named as a place', () => {
    const text =
      'Harwood County officials brief reporters on the floods.\n\n' +
      "The county's emergency director, Paul Okoro, said 140 homes had been evacuated.";
    expect(rows(text)[1]).toBe('Paul Okoro / Harwood County / -');
  });

  it('reads "The county said" as the county\'s council when the council is what the text named', () => {
    const text =
      'Harwood County Council will cut hedges on rural lanes only once a year from April.\n\n' +
      'Parish councillors in Dunmere said the lanes were already overgrown.\n\n' +
      'The county said junctions would still be cut three times a year.';
    expect(rows(text)[2]).toBe('- / Harwood County Council / -');
  });

  it('gives "The county said" nothing when no county was named', () => {
    const text = 'Snow closed the pass on Monday.\n\nThe county said the road would reopen on Friday.';
    expect(rows(text)[1]).toBe('- / - / -');
  });
});

describe('a name closed by a number or a panel (issue 15, attr-ref5)', () => {
  it('reads "The local said" as the union local named by its number', () => {
    const text =
      'About 200 members of Bakery Workers Local 905 walked out on Monday.\n\n' +
      'The local also said two workers had been injured in May.';
    expect(rows(text)[1]).toBe('- / Bakery Workers Local 905 / -');
  });

  it('reads a review panel as an organisation and "The panel said" as that panel', () => {
    const text =
      'In May the council appointed the Street Lighting Review Panel to look at its energy bills.\n\n' +
      'The panel said 40 per cent of the lamps were more than 20 years old.';
    expect(rows(text)[1]).toBe('- / Street Lighting Review Panel / -');
  });
});

describe('a spokesperson for a post written as a title (issue 15, attr-ref5)', () => {
  it('speaks for the office named before for that post', () => {
    const text =
      'The Office of the Chief Inspector of Mines inspected the quarry in March.\n\n' +
      'A spokeswoman for the Chief Inspector said the faults had been put right.';
    expect(rows(text)[1]).toBe('- / Office of the Chief Inspector of Mines / -');
  });

  it('reads a hyphenated post the same way', () => {
    const text =
      'The Office of the Water Inspector-General wrote to the utility in June.\n\n' +
      'A spokesman for the Inspector-General said no reply had been received.';
    expect(rows(text)[1]).toBe('- / Office of the Water Inspector-General / -');
  });

  it('gives the role alone when no office of that post was named', () => {
    const text = 'The quarry reopened in April.\n\nA spokeswoman for the Chief Inspector said the faults had been put right.';
    expect(rows(text)[1]).toBe('- / - / -');
  });
});
