import { rows } from '../testing/attribution';

describe('bare headline subjects, staff doing a body’s work, trailing clauses with adjuncts (branch attr-heads)', () => {
  it('reads a headline’s or a standfirst’s bare description as the body the story names later', () => {
    const text = [
      'Harbour board says dredging will cost a third more',
      '',
      'KEY POINTS',
      '- Walkers’ association says the coast path has been closed for 90 days',
      '',
      'The Tollwick Harbour Board will spend £2.4 million on dredging next year.',
      '',
      'The Tollwick Coastal Walkers’ Association said the path above the harbour had been shut since August.',
    ].join('\n');
    const found = rows(text);
    expect(found[0]).toBe('- / Tollwick Harbour Board / -');
    expect(found[2]).toBe('- / Tollwick Coastal Walkers’ Association / -');
  });

  it('lets a headline’s generic kind of body stand for a name that holds its other word', () => {
    const text = ['Tern charity says nesting pairs have halved', '', 'The Orrisay Tern Society counted 410 pairs in June.'].join('\n');
    expect(rows(text)[0]).toBe('- / Orrisay Tern Society / -');
  });

  it('leaves a bare description in prose, a plural and a description with nothing named after it alone', () => {
    // no body named after it: nothing to stand for
    expect(rows('Ferry operator warns crossings will be cut.\n\nThe weather has been poor.')[0]).toBe('- / - / -');
    // a plural of bodies speaks as written
    expect(rows('Barge operators say crossings will be cut.\n\nTollwick Island Ferries will run fewer boats.')[0]).toBe(
      '- / Barge operators / -',
    );
  });

  it('reads what a body took in, handed out or carried out, with a figure, as its own record', () => {
    const text = [
      'The Brackenby Owl Trust opened in 2009.',
      'The trust took in 212 injured owls last year.',
      'It has handed out 1,300 nest boxes to farms since 2020.',
      'Its vets have carried out 75 wing operations this year.',
    ].join('\n\n');
    const found = rows(text);
    expect(found[1]).toBe('- / Brackenby Owl Trust / -');
    expect(found[2]).toBe('- / Brackenby Owl Trust / -');
    expect(found[3]).toBe('- / Brackenby Owl Trust / -');
  });

  it('reads a body’s staff doing its work as the body: a possessive’s people, people at the body', () => {
    const text = [
      'The Brackenby Owl Trust opened in 2009.',
      'The trust’s volunteers took in 40 barn owls in March.',
      'Analysts at Corrant Securities cut their forecast for the shares.',
    ].join('\n\n');
    const found = rows(text);
    expect(found[1]).toBe('- / Brackenby Owl Trust / -');
    expect(found[2]).toBe('- / Corrant Securities / -');
  });

  it('leaves people of their own, one person and acts without a figure to the writer', () => {
    expect(rows('Marit Oakes took in 12 stray cats last year.')[0]).toBe('- / - / -');
    expect(rows('Volunteers handed out 4,000 bottles of water.')[0]).toBe('- / - / -');
    expect(rows('The Brackenby Owl Trust took in a lodger.')[0]).toBe('- / - / -');
    expect(rows('The Brackenby Owl Trust opened in 2009.\n\nThe trust’s manager took in 3 owls.')[1]).toBe('- / - / -');
  });

  it('reads a verb closing a trailing clause before a preposition or a time as the attribution', () => {
    const text = [
      'The Office of the County Prosecutor brought the case.',
      'The firm hid 300 tonnes of scrap, prosecutors alleged at the hearing on Tuesday.',
    ].join('\n\n');
    expect(rows(text)[1]).toBe('- / Office of the County Prosecutor / -');
    // what follows the verb has a verb of its own: no closing clause
    expect(rows('The firm hid 300 tonnes, the residents claimed in a letter that was read out.')[0]).not.toContain('Prosecutor');
  });

  it('gives papers lodged with a court no owner: the court says nothing by them', () => {
    const text = 'The case opened in the High Court at Garrowmere on Monday.\n\nCourt filings show the firm paid 40 workers in cash.';
    expect(rows(text)[1]).toBe('- / - / -');
  });
});
