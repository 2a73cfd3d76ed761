import { rows } from '../testing/attribution';

describe('a name whose sentence closes with "the company said" or "it said" (issue 15, attr-ref4)', () => {
  it('reads the name opening the sentence as the organisation that speaks', () => {
    const text = 'Marrowgate Ropeworks will shut its Dunley mill with the loss of 210 jobs, the company said on Monday.';
    expect(rows(text)[0]).toBe('- / Marrowgate Ropeworks / -');
  });

  it('after a dateline, through an organisation noun ("the operator"), and for what it says next', () => {
    const text =
      'OSLO, March 3 (Reuters) - Brekkvik Sjøfart carried 2.1 million passengers last year, the operator said.\n\n' +
      'The company expects 2.3 million this year.';
    expect(rows(text)).toEqual(['- / Brekkvik Sjøfart / -', '- / Brekkvik Sjøfart / -']);
  });

  it('gives "…, it said" to the organisation its own sentence opens with', () => {
    const text = 'Holt Valley Bank will close 31 of its branches and cut 400 jobs, it said on Thursday.';
    expect(rows(text)[0]).toBe('- / Holt Valley Bank / -');
  });
});

describe('"the body", "the trade body", "the industry association" (issue 15, attr-ref4)', () => {
  it('is the organisation named before, a describing word of trade or industry needing no word of its name', () => {
    const text =
      'The National Association of Cider Makers said sales fell by 6 per cent last year.\n\n' +
      'The trade body warns that 40 small producers could close.\n\n' +
      'The body said prices of apples had doubled.\n\n' +
      'The industry association expects a poor harvest.';
    expect(rows(text).slice(1)).toEqual([
      '- / National Association of Cider Makers / -',
      '- / National Association of Cider Makers / -',
      '- / National Association of Cider Makers / -',
    ]);
  });
});
